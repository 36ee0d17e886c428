using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Authorization header → the identity a Bot Connector token vouches for, or the check that failed. IdentityModel
/// does issuer, audience, lifetime, algorithm and signature; the keys come from the cached OpenID metadata.
/// Never throws: every failure is a named check (so the caller answers 401, never 500).
/// </summary>
public sealed class BotTokenValidator(SigningKeys keys, ChannelSettings channel, ILogger<BotTokenValidator> logger)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenOutcome> ValidateAsync(StringValues authorization, CancellationToken cancellationToken)
    {
        if (BearerHeader.Token(authorization) is not { } token) return Fail(AuthCheck.Header, "no single 'Bearer <token>' header");
        if (!_handler.CanReadToken(token)) return Fail(AuthCheck.Token, "not a JWT");
        // Named up front (ValidAlgorithms below enforces it too, but reports it as a signature failure).
        if (Header(token) is not { } alg) return Fail(AuthCheck.Token, "unreadable header");
        if (!AuthSettings.Algorithms.Contains(alg, StringComparer.Ordinal)) return Fail(AuthCheck.Algorithm, "disallowed alg");

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.CurrentAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SigningKeysUnavailable(logger, ex.GetType().Name);
            return Fail(AuthCheck.Metadata, ex.GetType().Name);
        }

        var result = await ValidateWith(token, configuration);
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
                Log.SigningKeysUnavailable(logger, ex.GetType().Name);
                refreshed = null;
            }
            Log.SigningKeyUnknown(logger, LogText.Safe(KeyId(token)), refreshed is not null);
            if (refreshed is not null)
                (configuration, result) = (refreshed, await ValidateWith(token, refreshed));
        }
        if (!result.IsValid) return Fail(Classify(result.Exception), result.Exception?.GetType().Name ?? "invalid");

        var kid = (result.SecurityToken as JsonWebToken)?.Kid ?? "";
        var serviceUrl = result.Claims.TryGetValue(AuthSettings.ServiceUrlClaim, out var claim) ? claim as string : null;
        return TokenOutcome.Valid(new BotIdentity(kid, EndorsementCheck.Of(configuration.JsonWebKeySet, kid), serviceUrl));
    }

    private async Task<TokenValidationResult> ValidateWith(string token, OpenIdConnectConfiguration configuration)
    {
        try
        {
            return await _handler.ValidateTokenAsync(token, Parameters(configuration));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = AuthSettings.Issuer,
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

    private string? KeyId(string token)
    {
        try { return _handler.ReadJsonWebToken(token).Kid; }
        catch (Exception) { return null; } // any unreadable token is refused, never a 500
    }

    private string? Header(string token)
    {
        try { return _handler.ReadJsonWebToken(token).Alg; }
        catch (Exception) { return null; } // any unreadable token is refused, never a 500
    }

    private TokenOutcome Fail(AuthCheck check, string detail)
    {
        Log.Unauthorized(logger, check, detail);
        return TokenOutcome.Fail(check);
    }
}
