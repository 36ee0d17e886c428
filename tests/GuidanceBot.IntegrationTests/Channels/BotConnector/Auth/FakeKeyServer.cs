using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Stands in for login.botframework.com and for Entra's login.microsoftonline.com as the metadata HttpClient's
/// handler: for each, an OpenID metadata document and a keys document listing its keys (add one to simulate a
/// rotation). Counts the fetches of each keys document.
/// </summary>
public sealed class FakeKeyServer : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";
    public const string EntraMetadataUrl = "https://entra.test/" + ChannelAuthBot.TenantId + "/v2.0/.well-known/openid-configuration";
    public const string EntraKeysUrl = "https://entra.test/" + ChannelAuthBot.TenantId + "/discovery/v2.0/keys";

    private readonly ConcurrentQueue<TestSigningKey> _keys = new();
    private readonly ConcurrentQueue<TestSigningKey> _entraKeys = new();
    private int _keyFetches;
    private int _entraKeyFetches;

    public FakeKeyServer(params TestSigningKey[] keys)
    {
        foreach (var key in keys) _keys.Enqueue(key);
    }

    public int KeyFetches => _keyFetches;
    public int EntraKeyFetches => _entraKeyFetches;

    public void Add(TestSigningKey key) => _keys.Enqueue(key);

    public void AddEntra(TestSigningKey key) => _entraKeys.Enqueue(key);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        string? body = null;
        if (url == MetadataUrl)
            body = new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString();
        else if (url == KeysUrl)
        {
            Interlocked.Increment(ref _keyFetches);
            body = new JsonObject { ["keys"] = new JsonArray([.. _keys.Select(k => k.Jwk())]) }.ToJsonString();
        }
        else if (url == EntraMetadataUrl)
            body = new JsonObject
            {
                ["issuer"] = EntraToken.V2Issuer,
                ["authorization_endpoint"] = "https://entra.test/" + ChannelAuthBot.TenantId + "/oauth2/v2.0/authorize",
                ["token_endpoint"] = "https://entra.test/" + ChannelAuthBot.TenantId + "/oauth2/v2.0/token",
                ["jwks_uri"] = EntraKeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString();
        else if (url == EntraKeysUrl)
        {
            Interlocked.Increment(ref _entraKeyFetches);
            body = new JsonObject { ["keys"] = new JsonArray([.. _entraKeys.Select(k => k.Jwk())]) }.ToJsonString();
        }
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
