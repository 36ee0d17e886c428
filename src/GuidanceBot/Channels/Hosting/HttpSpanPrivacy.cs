using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using Span = System.Diagnostics.Activity;

namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// What the HTTP spans may carry. A path or a query string is whatever the client put there, so incoming spans keep
/// the route template (http.route), the method and the status, never the path, query or user agent; outgoing spans
/// (the Connector, tokens, signing keys) keep their address without its query. Bodies and exceptions are never recorded.
/// </summary>
internal static class HttpSpanPrivacy
{
    /// <summary>Incoming request attributes that carry what a client sent, as the instrumentation names them.</summary>
    internal static readonly string[] ServerDropped =
        ["url.query", "url.path", "url.full", "user_agent.original", "client.address", "client.port", "network.peer.address", "network.peer.port"];

    public static void Server(AspNetCoreTraceInstrumentationOptions options)
    {
        options.RecordException = false;
        options.EnrichWithHttpRequest = (span, _) => Drop(span);
        options.EnrichWithHttpResponse = (span, _) => Drop(span);
    }

    public static void Client(HttpClientTraceInstrumentationOptions options)
    {
        options.RecordException = false;
        options.EnrichWithHttpRequestMessage = (span, request) => span.SetTag("url.full", WithoutQuery(request.RequestUri));
        options.EnrichWithHttpResponseMessage = (span, response) => span.SetTag("url.full", WithoutQuery(response.RequestMessage?.RequestUri));
    }

    private static void Drop(Span span)
    {
        foreach (var key in ServerDropped) span.SetTag(key, null);
    }

    /// <summary>Scheme, host, port and path: no user info, query or fragment.</summary>
    internal static string? WithoutQuery(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : null;
}
