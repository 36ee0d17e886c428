using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Stands in for Entra ID as MSAL's HttpClient handler: answers instance discovery and the client-credentials token
/// endpoint with <see cref="AccessToken"/>, recording each token request's URL and form body; and stands in for a
/// host's managed identity endpoint (IMDS, or App Service's IDENTITY_ENDPOINT): any GET naming a resource gets
/// <see cref="ManagedIdentityToken"/>, or <see cref="ManagedIdentityStatus"/> when that is not 200.
/// </summary>
public sealed class FakeTokenEndpoint : HttpMessageHandler
{
    public const string AccessToken = "connector-token-1";
    public const string ManagedIdentityToken = "msi-token-1";

    private readonly ConcurrentQueue<(string Url, string Form)> _tokenRequests = new();
    private readonly ConcurrentQueue<IdentityRequest> _identityRequests = new();

    public IReadOnlyList<(string Url, string Form)> TokenRequests => [.. _tokenRequests];
    public IReadOnlyList<IdentityRequest> IdentityRequests => [.. _identityRequests];

    public HttpStatusCode ManagedIdentityStatus { get; set; } = HttpStatusCode.OK;

    /// <summary>A managed identity token request: the URL without its query, the query, and the headers MSAL sent.</summary>
    public sealed record IdentityRequest(string Endpoint, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers);

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
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        if (request.Method == HttpMethod.Get && query["resource"] is { } resource)
        {
            _identityRequests.Enqueue(new IdentityRequest(
                request.RequestUri.GetLeftPart(UriPartial.Path),
                query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k]!),
                request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)));
            if (ManagedIdentityStatus != HttpStatusCode.OK)
                return new HttpResponseMessage(ManagedIdentityStatus)
                {
                    Content = new StringContent("""{"error":"invalid_request","error_description":"Identity not found"}""", Encoding.UTF8, "application/json"),
                };
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Json($$"""{"access_token":"{{ManagedIdentityToken}}","expires_on":"{{expiresOn}}","resource":"{{resource}}","token_type":"Bearer"}""");
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
