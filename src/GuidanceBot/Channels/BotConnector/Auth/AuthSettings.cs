using Microsoft.IdentityModel.Tokens;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>Where the Bot Connector's signing keys are published, and the fixed rules its tokens must meet.</summary>
public sealed record AuthSettings(Uri OpenIdMetadata)
{
    public const string DefaultOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Named HttpClient for the metadata and keys documents (tests give it a stub handler).</summary>
    public const string MetadataClient = "BotOpenIdMetadata";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // The only algorithms the Bot Framework SDK accepts on channel tokens.
    public static readonly IReadOnlyList<string> Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Plain http is allowed only on loopback, so a local test server can stand in; never for a real key source.</summary>
    public bool AllowsHttp => OpenIdMetadata.Scheme == Uri.UriSchemeHttp;

    public static AuthSettings From(IConfiguration configuration)
    {
        var raw = configuration["BotOpenIdMetadata"];
        var address = string.IsNullOrWhiteSpace(raw) ? DefaultOpenIdMetadata : raw.Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && LocalModeGuard.IsLoopbackHttpUrl(address))))
            throw new InvalidOperationException(
                "BotOpenIdMetadata must be an absolute https URL (http is accepted only on a loopback address, for local testing).");
        return new AuthSettings(uri);
    }
}
