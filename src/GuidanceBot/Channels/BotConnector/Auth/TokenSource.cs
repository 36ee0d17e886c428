namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// One kind of inbound token: the issuers that name it and the keys that sign it. A token is checked against the
/// source its (not yet trusted) issuer names, and then IdentityModel checks that issuer again with the signature.
/// </summary>
public sealed record TokenSource(TokenIssuer Kind, IReadOnlyList<string> Issuers, SigningKeys Keys, EntraTokenSettings? Entra = null)
{
    /// <summary>Exact match: issuers differing only by a slash or case are other issuers.</summary>
    public static TokenSource? For(IEnumerable<TokenSource> sources, string? issuer) =>
        issuer is null ? null : sources.FirstOrDefault(s => s.Issuers.Contains(issuer, StringComparer.Ordinal));
}
