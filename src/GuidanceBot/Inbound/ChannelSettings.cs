namespace GuidanceBot.Inbound;

/// <summary>
/// The Azure Bot settings, under the names Azure Bot registrations already use, so existing
/// configuration carries over. No MicrosoftAppId means local mode.
/// </summary>
public sealed record ChannelSettings(string? AppType, string? AppId, string? AppPassword, string? TenantId)
{
    public bool LocalMode => string.IsNullOrWhiteSpace(AppId);

    public static ChannelSettings From(IConfiguration configuration) => new(
        configuration["MicrosoftAppType"],
        configuration["MicrosoftAppId"],
        configuration["MicrosoftAppPassword"],
        configuration["MicrosoftAppTenantId"]);

    /// <summary>Until inbound token validation exists, a configured app id must not run unauthenticated.</summary>
    public void EnsureSupported()
    {
        if (!LocalMode)
            throw new InvalidOperationException(
                "MicrosoftAppId is set, but this build cannot validate Bot Connector tokens yet, so it refuses to run " +
                "unauthenticated. Remove MicrosoftAppId (and MicrosoftAppPassword) to run in local mode on this machine.");
    }
}
