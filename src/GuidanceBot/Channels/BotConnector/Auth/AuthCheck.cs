namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>The inbound checks, named so a log line says which one refused a request.</summary>
public enum AuthCheck
{
    Header,
    Token,
    Metadata,
    Issuer,
    /// <summary>An Entra token whose tid claim names a tenant other than the bot's.</summary>
    Tenant,
    Audience,
    Lifetime,
    Algorithm,
    SigningKey,
    Signature,
    Endorsement,
    ServiceUrl,
}
