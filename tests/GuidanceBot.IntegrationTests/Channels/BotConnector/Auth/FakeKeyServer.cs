using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Stands in for login.botframework.com as the metadata HttpClient's handler: the OpenID metadata document and a
/// keys document listing <see cref="Keys"/> (add one to simulate a rotation). Counts the fetches of each.
/// </summary>
public sealed class FakeKeyServer : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";

    private readonly ConcurrentQueue<TestSigningKey> _keys = new();
    private int _keyFetches;

    public FakeKeyServer(params TestSigningKey[] keys)
    {
        foreach (var key in keys) _keys.Enqueue(key);
    }

    public int KeyFetches => _keyFetches;

    public void Add(TestSigningKey key) => _keys.Enqueue(key);

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
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
