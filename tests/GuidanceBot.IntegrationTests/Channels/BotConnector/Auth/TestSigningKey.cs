using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// A local RSA key that signs test tokens and appears in a fake keys document with its endorsements (a Bot Framework
/// key) or without any (an Entra key, made with none).
/// </summary>
public sealed class TestSigningKey(string kid, params string[] endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public JsonObject Jwk()
    {
        var p = _rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements.Length > 0) jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        return jwk;
    }

    /// <summary>A channel token as the Bot Connector would send it; each argument overrides one part.</summary>
    public string Token(
        string audience = ChannelAuthBot.AppId, string issuer = "https://api.botframework.com",
        string? serviceUrl = ChannelAuthBot.ServiceUrl, DateTime? notBefore = null, DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256, IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? now,
            NotBefore = notBefore ?? now,
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = Kid }, algorithm),
        };
        var all = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null) all["serviceurl"] = serviceUrl;
        if (all.Count > 0) descriptor.Claims = all;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
