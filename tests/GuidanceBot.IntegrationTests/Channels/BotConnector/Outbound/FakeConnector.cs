using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

/// <summary>One request the fake Connector saw. Attempt counts earlier requests with the same method, URL and body.</summary>
public sealed record ConnectorRequest(HttpMethod Method, string Url, string Body, string? Authorization, int Attempt, TimeSpan At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string? Text => Json.TryGetProperty("text", out var text) ? text.GetString() : null;
}

/// <summary>
/// Stands in for the Bot Connector as the HttpClient's primary handler. <see cref="Respond"/> scripts the answers;
/// by default every request gets 201 with an id. Successful answers are recorded in <see cref="Delivered"/> in order.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<ConnectorRequest> _delivered = new();

    public Func<ConnectorRequest, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(Created("1:server-id"));

    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];
    public IReadOnlyList<ConnectorRequest> Delivered => [.. _delivered];

    public static HttpResponseMessage Created(string id) =>
        new(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"{{id}}"}""", System.Text.Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var url = request.RequestUri!.AbsoluteUri;
        var attempt = _attempts.AddOrUpdate($"{request.Method} {url} {body}", 0, (_, n) => n + 1);
        var seen = new ConnectorRequest(request.Method, url, body, request.Headers.Authorization?.ToString(), attempt, _clock.Elapsed);
        _requests.Enqueue(seen);

        var response = await Respond(seen, cancellationToken);
        if (response.IsSuccessStatusCode)
            _delivered.Enqueue(seen with { At = _clock.Elapsed });
        return response;
    }
}
