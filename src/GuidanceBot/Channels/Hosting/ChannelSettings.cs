namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// The Azure Bot settings, under the names Azure Bot registrations already use, so existing
/// configuration carries over. No MicrosoftAppId means local mode.
/// </summary>
public sealed record ChannelSettings(string? AppType, string? AppId, string? AppPassword, string? TenantId)
{
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public bool LocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Outbound tokens come from the host's managed identity endpoint rather than a client secret.</summary>
    public bool UsesManagedIdentity => EffectiveAppType == UserAssignedMsi;

    /// <summary>
    /// The app type in force. Absent means SingleTenant, the only kind Azure creates since July 2025
    /// (the Bot Framework SDK defaults to MultiTenant instead); a missing tenant id then fails fast
    /// rather than asking the wrong authority for tokens.
    /// </summary>
    public string EffectiveAppType =>
        string.IsNullOrWhiteSpace(AppType) ? SingleTenant
        : new[] { SingleTenant, MultiTenant, UserAssignedMsi }.FirstOrDefault(t => t.Equals(AppType.Trim(), StringComparison.OrdinalIgnoreCase)) ?? AppType;

    public static ChannelSettings From(IConfiguration configuration) => new(
        configuration["MicrosoftAppType"],
        configuration["MicrosoftAppId"]?.Trim(), // a stray space would pass start-up and then fail every audience check
        configuration["MicrosoftAppPassword"],
        configuration["MicrosoftAppTenantId"]);

    /// <summary>Fails fast on a configuration that could not authenticate, with a message naming the settings to fix.</summary>
    public void EnsureSupported()
    {
        if (Problem() is { } problem)
            throw new InvalidOperationException(problem);
    }

    internal string? Problem()
    {
        if (LocalMode) return null;
        if (!Guid.TryParse(AppId, out _))
            return "MicrosoftAppId must be the Azure Bot's app (client) id, a GUID. Remove it to run in local mode.";

        var hasPassword = !string.IsNullOrWhiteSpace(AppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(TenantId);
        switch (EffectiveAppType)
        {
            case SingleTenant when !hasTenant:
                return "MicrosoftAppType is SingleTenant (the default when it is absent) but MicrosoftAppTenantId is empty. " +
                       "Set MicrosoftAppTenantId, or set MicrosoftAppType=MultiTenant for a multi-tenant registration.";
            case SingleTenant or MultiTenant when !hasPassword:
                return $"MicrosoftAppType is {EffectiveAppType} but MicrosoftAppPassword is empty; the bot needs its client secret to call the Connector.";
            case SingleTenant or MultiTenant:
                return null;
            case UserAssignedMsi when hasPassword:
                return "MicrosoftAppType is UserAssignedMSI, which uses no secret: remove MicrosoftAppPassword.";
            case UserAssignedMsi when !hasTenant:
                // A user-assigned identity lives in one tenant: the Azure Bot registration names it, and inbound checks need it.
                return "MicrosoftAppType is UserAssignedMSI but MicrosoftAppTenantId is empty; set it to the managed identity's tenant.";
            case UserAssignedMsi:
                return null;
            default:
                return $"MicrosoftAppType '{AppType}' is unknown; use {SingleTenant}, {MultiTenant} or {UserAssignedMsi}.";
        }
    }
}
