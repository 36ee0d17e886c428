using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Authorization header → the identity a channel token vouches for, or the check that failed. The token's issuer
/// picks its source (the Bot Connector, or Entra for the bot's own tenant) and so the keys to check it with;
/// IdentityModel then does issuer, audience, lifetime, algorithm and signature with that source's cached keys.
/// Never throws: every failure is a named check (so the caller answers 401, never 500).
/// </summary>
public sealed class BotTokenValidator(IEnumerable<TokenSource> sources, ChannelSettings channel, ILogger<BotTokenValidator> logger)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenSource[] _sources = [.. sources];

    public async Task<TokenOutcome> ValidateAsync(StringValues authorization, CancellationToken cancellationToken)
    {
        if (BearerHeader.Token(authorization) is not { } token) return Fail(AuthCheck.Header, "no single 'Bearer <token>' header");
        if (!_handler.CanReadToken(token)) return Fail(AuthCheck.Token, "not a JWT");
        if (Read(token) is not { } unverified) return Fail(AuthCheck.Token, "unreadable header or issuer");
        // Named up front (ValidAlgorithms below enforces it too, but reports it as a signature failure).
        if (!AuthSettings.Algorithms.Contains(unverified.Alg, StringComparer.Ordinal)) return Fail(AuthCheck.Algorithm, "disallowed alg");
        // The issuer is not trusted yet: it only chooses whose keys to check the signature with, and is checked again below.
        if (TokenSource.For(_sources, unverified.Issuer) is not { } source) return Fail(AuthCheck.Issuer, "issuer not accepted");
        var keys = source.Keys;

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.CurrentAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SigningKeysUnavailable(logger, source.Kind, ex.GetType().Name);
            return Fail(AuthCheck.Metadata, ex.GetType().Name);
        }

        var result = await ValidateWith(token, source, configuration);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys rotate: fetch them again before refusing (at most once per minimum interval, see SigningKeys).
            OpenIdConnectConfiguration? refreshed;
            try
            {
                refreshed = await keys.RefreshAsync(configuration, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SigningKeysUnavailable(logger, source.Kind, ex.GetType().Name);
                refreshed = null;
            }
            Log.SigningKeyUnknown(logger, source.Kind, LogText.Safe(unverified.Kid), refreshed is not null);
            if (refreshed is not null)
                (configuration, result) = (refreshed, await ValidateWith(token, source, refreshed));
        }
        if (!result.IsValid) return Fail(Classify(result.Exception), result.Exception?.GetType().Name ?? "invalid");

        if (source.Entra is { } entra && !entra.AcceptsTenantClaim(Claim(result, EntraTokenSettings.TenantClaim)))
            return Fail(AuthCheck.Tenant, "tid names another tenant");

        var kid = (result.SecurityToken as JsonWebToken)?.Kid ?? "";
        var serviceUrl = Claim(result, AuthSettings.ServiceUrlClaim);
        return TokenOutcome.Valid(new BotIdentity(kid, EndorsementCheck.Of(configuration.JsonWebKeySet, kid), serviceUrl, source.Kind));
    }

    private async Task<TokenValidationResult> ValidateWith(string token, TokenSource source, OpenIdConnectConfiguration configuration)
    {
        try
        {
            return await _handler.ValidateTokenAsync(token, Parameters(source, configuration));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
    }

    private TokenValidationParameters Parameters(TokenSource source, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = source.Issuers,
        ValidAudience = channel.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AuthSettings.Algorithms,
        ClockSkew = AuthSettings.ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        // The key must be the one the token names: its endorsements are looked up by that kid.
        TryAllIssuerSigningKeys = false,
    };

    private static AuthCheck Classify(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => AuthCheck.Issuer,
        SecurityTokenInvalidAudienceException => AuthCheck.Audience,
        SecurityTokenExpiredException or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException
            or SecurityTokenInvalidLifetimeException => AuthCheck.Lifetime,
        SecurityTokenInvalidAlgorithmException => AuthCheck.Algorithm,
        SecurityTokenSignatureKeyNotFoundException => AuthCheck.SigningKey,
        SecurityTokenInvalidSignatureException => AuthCheck.Signature,
        _ => AuthCheck.Token,
    };

    /// <summary>What the token says of itself before any check: only for choosing the checks, never for trusting it.</summary>
    private sealed record Unverified(string Alg, string Kid, string Issuer);

    private Unverified? Read(string token)
    {
        try
        {
            var jwt = _handler.ReadJsonWebToken(token);
            return new Unverified(jwt.Alg, jwt.Kid, jwt.Issuer);
        }
        catch (Exception) { return null; } // any unreadable token is refused, never a 500
    }

    /// <summary>A string claim of the validated token, or null when absent or not a string.</summary>
    private static string? Claim(TokenValidationResult result, string name) =>
        result.Claims.TryGetValue(name, out var value) ? value as string : null;

    private TokenOutcome Fail(AuthCheck check, string detail)
    {
        Log.Unauthorized(logger, check, detail);
        return TokenOutcome.Fail(check);
    }
}
