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
        && !context.Request.Headers.Keys.Any(IsProxyHeader);

    /// <summary>
    /// Any header a proxy, tunnel or load balancer adds about the original client or hop. A request carrying one did
    /// not come straight from this machine. (A proxy that adds none is kept out by listening on loopback only.)
    /// </summary>
    public static bool IsProxyHeader(string name) =>
        name.StartsWith("X-Forwarded", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Original", StringComparison.OrdinalIgnoreCase)
        || ProxyHeaders.Contains(name);

    private static readonly HashSet<string> ProxyHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Forwarded", "Via", "X-Real-IP", "X-Client-IP", "X-Cluster-Client-IP", "CF-Connecting-IP", "CF-Ray", "True-Client-IP",
        "Fastly-Client-IP", "X-ProxyUser-Ip", "X-Azure-ClientIP", "X-Azure-SocketIP", "X-ARR-ClientCert", "X-ARR-SSL",
        "X-Envoy-External-Address", "X-Appengine-User-IP", "X-Host", "X-Url-Scheme", "Front-End-Https", "X-MS-Forwarded-Client-IP",
    };

    /// <summary>
    /// In local mode Kestrel listens on loopback only: each configured address becomes its loopback twin, so a proxy,
    /// tunnel or another machine on the network cannot reach the bot even if it adds no header.
    /// </summary>
    public static IReadOnlyList<string> LoopbackUrls(string? urls)
    {
        var list = (string.IsNullOrWhiteSpace(urls) ? "http://localhost:5000" : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Select(u =>
        {
            var scheme = u.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
            var port = u.LastIndexOf(':') is var i && i > u.IndexOf("://", StringComparison.Ordinal) && int.TryParse(u[(i + 1)..].TrimEnd('/'), out var p) ? p : (scheme == "https" ? 443 : 80);
            return $"{scheme}://localhost:{port}";
        }).Distinct().ToList();
    }

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
