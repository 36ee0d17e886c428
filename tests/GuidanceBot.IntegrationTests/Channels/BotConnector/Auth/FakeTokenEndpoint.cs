using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Stands in for Entra ID as MSAL's HttpClient handler: answers instance discovery and the client-credentials token
/// endpoint with <see cref="AccessToken"/>, recording each token request's URL and form body.
/// </summary>
public sealed class FakeTokenEndpoint : HttpMessageHandler
{
    public const string AccessToken = "connector-token-1";

    private readonly ConcurrentQueue<(string Url, string Form)> _tokenRequests = new();

    public IReadOnlyList<(string Url, string Form)> TokenRequests => [.. _tokenRequests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        if (url.Contains("/discovery/instance", StringComparison.Ordinal))
            return Json("""
                {"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration","api-version":"1.1",
                 "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}
                """);
        if (request.Method == HttpMethod.Post && url.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            _tokenRequests.Enqueue((url, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return Json($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
