using System.Net;

namespace GuidanceBot.Inbound;

/// <summary>
/// Local mode (no MicrosoftAppId): accept only unauthenticated requests from this machine. A request that
/// carries a token is refused, as the Bot Framework SDK does, because there is no app id to check it against.
/// </summary>
public static class LocalModeGuard
{
    public static ReadResult? Check(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
            return ReadResult.Bad("This bot runs in local mode and accepts no Authorization header.", StatusCodes.Status401Unauthorized);
        if (!IsLocal(context.Connection.RemoteIpAddress))
            return ReadResult.Bad("Local mode accepts requests from this machine only.", StatusCodes.Status403Forbidden);
        return null;
    }

    /// <summary>A loopback address, or none at all (an in-process test host or a Unix socket is local by nature).</summary>
    public static bool IsLocal(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>In local mode replies may only go back to this machine, so the bot cannot be made to call elsewhere.</summary>
    public static bool IsLocalServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
