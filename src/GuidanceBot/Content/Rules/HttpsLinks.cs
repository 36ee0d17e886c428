namespace GuidanceBot.Content.Rules;

/// <summary>Every address content shows a worker (a procedure page, a law, a directory entry) is an absolute https address.</summary>
public static class HttpsLinks
{
    /// <summary>True when <paramref name="value"/> is an absolute https address with a host and no spaces.</summary>
    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.')
        && !value.Any(char.IsWhiteSpace);
}
