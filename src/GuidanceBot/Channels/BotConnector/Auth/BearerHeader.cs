using Microsoft.Extensions.Primitives;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Reads the token from "Authorization: Bearer &lt;token&gt;" as strictly as the Bot Framework SDK's token extractor:
/// one header, exactly two parts split on a single space, the scheme "Bearer" case-sensitive. Anything else is no token.
/// </summary>
public static class BearerHeader
{
    public static string? Token(StringValues header)
    {
        if (header.Count != 1 || header[0] is not { } value) return null;
        var parts = value.Split(' ');
        return parts.Length == 2 && parts[0] == "Bearer" && parts[1].Length > 0 ? parts[1] : null;
    }
}
