using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>Where the Bot Connector's signing keys are published, and the fixed rules inbound tokens must meet.</summary>
public sealed record AuthSettings(Uri OpenIdMetadata)
{
    public const string DefaultOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Named HttpClient for the metadata and keys documents of every token source (tests give it a stub handler).</summary>
    public const string MetadataClient = "BotOpenIdMetadata";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // The only algorithms the Bot Framework SDK accepts on channel tokens; Entra signs with RS256.
    public static readonly IReadOnlyList<string> Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static AuthSettings From(IConfiguration configuration) =>
        new(MetadataAddress.Parse("BotOpenIdMetadata", configuration["BotOpenIdMetadata"], DefaultOpenIdMetadata));
}
