using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>Reads an OpenID metadata setting: https, or http only on a loopback address so a local test server can stand in.</summary>
public static class MetadataAddress
{
    public static Uri Parse(string setting, string? raw, string fallback)
    {
        var address = string.IsNullOrWhiteSpace(raw) ? fallback : raw.Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && LocalModeGuard.IsLoopbackHttpUrl(address))))
            throw new InvalidOperationException(
                $"{setting} must be an absolute https URL (http is accepted only on a loopback address, for local testing).");
        return uri;
    }
}
