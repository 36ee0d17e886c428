using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Tokens Microsoft Entra issues for the bot's own tenant: the two issuer forms the Microsoft 365 Agents SDK accepts
/// for a tenant (v1 and v2 access tokens), and where that tenant's signing keys are published. Only the bot's own
/// tenant: an Entra token from any other tenant is refused at the issuer check.
/// </summary>
public sealed record EntraTokenSettings(string TenantId, Uri OpenIdMetadata)
{
    public const string Setting = "EntraOpenIdMetadata";
    public const string TenantClaim = "tid";

    public IReadOnlyList<string> Issuers =>
        [$"https://sts.windows.net/{TenantId}/", $"https://login.microsoftonline.com/{TenantId}/v2.0"];

    public static string DefaultOpenIdMetadata(string tenantId) =>
        $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Null when the bot has no tenant id GUID (a multi-tenant bot, local mode, or a tenant given by domain name, which
    /// no issuer carries): then only Bot Framework tokens are accepted.
    /// </summary>
    public static EntraTokenSettings? From(IConfiguration configuration, ChannelSettings channel)
    {
        if (channel.LocalMode || !Guid.TryParse(channel.TenantId?.Trim(), out var tenant)) return null;
        // Issuers spell the tenant in lower case, and issuers are compared exactly.
        var tenantId = tenant.ToString("D");
        return new EntraTokenSettings(tenantId, MetadataAddress.Parse(Setting, configuration[Setting], DefaultOpenIdMetadata(tenantId)));
    }

    /// <summary>A token naming a tenant (tid) must name this one, as the Agents SDK checks tid against the issuer.</summary>
    public bool AcceptsTenantClaim(string? tid) =>
        tid is null || (Guid.TryParse(tid, out var claimed) && claimed.ToString("D") == TenantId);
}
