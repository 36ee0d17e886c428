namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>The inbound checks, named so a log line says which one refused a request.</summary>
public enum AuthCheck
{
    Header,
    Token,
    Metadata,
    Issuer,
    Audience,
    Lifetime,
    Algorithm,
    SigningKey,
    Signature,
    Endorsement,
    ServiceUrl,
}
