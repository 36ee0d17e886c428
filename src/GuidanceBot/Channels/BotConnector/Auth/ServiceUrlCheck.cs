namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// The token's serviceurl claim must equal the activity's serviceUrl, the whole string, ignoring case (as the SDK
/// compares). Replies carry the Connector token, so this stops a valid token from sending it to another host.
/// </summary>
public static class ServiceUrlCheck
{
    /// <summary>Stricter than the SDK: an activity without serviceUrl fails as well as a token without the claim.</summary>
    public static bool Matches(string? claim, string? activityServiceUrl) =>
        !string.IsNullOrEmpty(claim) && !string.IsNullOrEmpty(activityServiceUrl)
        && string.Equals(claim, activityServiceUrl, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Entra-issued tokens need not carry the claim (the Agents SDK then trusts the activity's serviceUrl). Here a
    /// claim, when present, must match as above; without one the activity's serviceUrl must be on a Bot Connector host.
    /// </summary>
    public static bool MatchesEntra(string? claim, string? activityServiceUrl) =>
        claim is null ? ConnectorHosts.Allows(activityServiceUrl) : Matches(claim, activityServiceUrl);
}
