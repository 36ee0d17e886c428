namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// The hosts Microsoft's Bot Connector gives as serviceUrl: Teams (smba.trafficmanager.net, and *.teams.microsoft.com
/// in the government clouds) and the Bot Framework channels (*.botframework.com). Replies carry the Connector token,
/// so where no token claim names the serviceUrl, only these hosts may receive them.
/// </summary>
public static class ConnectorHosts
{
    public static readonly IReadOnlyList<string> Domains = ["smba.trafficmanager.net", "botframework.com", "teams.microsoft.com"];

    /// <summary>An https address on the default port, without user info, whose host is one of the domains or below one.</summary>
    public static bool Allows(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.UserInfo.Length == 0
        && Domains.Any(domain => uri.Host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                                 || uri.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
}
