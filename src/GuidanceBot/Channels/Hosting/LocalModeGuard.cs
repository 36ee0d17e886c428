using System.Net;
using GuidanceBot.Channels.BotConnector.Inbound;

namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// Local mode (no MicrosoftAppId) serves only this machine. A request counts as local when it comes from a
/// loopback address, names a loopback host (a page elsewhere cannot reach it by DNS rebinding), and carries
/// no forwarding headers (a local tunnel or proxy would make internet requests look local). A request that
/// carries a token is refused, as the Bot Framework SDK does, because there is no app id to check it against.
/// </summary>
public static class LocalModeGuard
{
    public static Refusal? Check(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
            return Refusal.Bad("This bot runs in local mode and accepts no Authorization header.", StatusCodes.Status401Unauthorized);
        if (!IsLocalRequest(context))
            return Refusal.Bad("Local mode accepts requests from this machine only.", StatusCodes.Status403Forbidden);
        return null;
    }

    public static bool IsLocalRequest(HttpContext context) =>
        IsLocal(context.Connection.RemoteIpAddress)
        && IsLoopbackHost(context.Request.Host.Host)
        && !Forwarded.Any(h => context.Request.Headers.ContainsKey(h));

    private static readonly string[] Forwarded = ["X-Forwarded-For", "X-Forwarded-Host", "Forwarded", "X-Original-Host"];

    /// <summary>A loopback address, or none at all (an in-process test host or a Unix socket is local by nature).</summary>
    public static bool IsLocal(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>An http(s) address on this machine: where local-mode replies may go, and the only place plain http is trusted.</summary>
    public static bool IsLoopbackHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
