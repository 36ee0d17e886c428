using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>A local RSA key that signs test tokens and appears in the fake keys document with its endorsements.</summary>
public sealed class TestSigningKey(string kid, params string[] endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public JsonObject Jwk()
    {
        var p = _rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]),
        };
    }

    /// <summary>A channel token as the Bot Connector would send it; each argument overrides one part.</summary>
    public string Token(
        string audience = ChannelAuthBot.AppId, string issuer = "https://api.botframework.com",
        string? serviceUrl = ChannelAuthBot.ServiceUrl, DateTime? notBefore = null, DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
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
        if (serviceUrl is not null) descriptor.Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
