using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// The Bot Connector v3 calls the bot makes (typed HttpClient). Retries, timeouts and the
/// Authorization header come from the handlers registered in <see cref="OutboundServiceCollectionExtensions"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient http)
{
    internal const string CorrelationHeader = "X-Correlating-OperationId";

    /// <summary>POST /v3/conversations/{conversationId}/activities/{activityId}: a reply threaded under <paramref name="activityId"/>.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, ConnectorUrl.Activity(serviceUrl, conversationId, activityId), AsNew(activity), "ReplyToActivity", cancellationToken);

    /// <summary>POST /v3/conversations/{conversationId}/activities: a new message at the end of the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, ConnectorUrl.Activities(serviceUrl, conversationId), AsNew(activity), "SendToConversation", cancellationToken);

    /// <summary>PUT /v3/conversations/{conversationId}/activities/{activityId}: replaces a message the bot sent earlier.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Put, ConnectorUrl.Activity(serviceUrl, conversationId, activityId), AsUpdateOf(activity, activityId), "UpdateActivity", cancellationToken);

    /// <summary>The named client for typing and card updates: one short attempt, since they only polish the conversation.</summary>
    public const string BestEffort = "connector-best-effort";

    // The channel assigns the timestamp (A2041). The id, when the batch set one, stays: every attempt of one call
    // carries the same id, so a channel can tell a retried POST (after a timeout) from a second message.
    private static Activity AsNew(Activity activity) => activity with { Timestamp = null };

    // An update names the message it replaces; the body carries that same id (as the SDK's UpdateActivity sends it), never a stale one.
    private static Activity AsUpdateOf(Activity activity, string activityId) => activity with { Id = activityId, Timestamp = null };

    private async Task<ResourceResponse> SendAsync(HttpMethod method, Uri url, Activity activity, string operation, CancellationToken cancellationToken)
    {
        // Bytes, not a stream: the retry handler sends the same content again on each attempt.
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        using var request = new HttpRequestMessage(method, url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);

        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
            return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Accepted)
            return new ResourceResponse(null);

        throw new ConnectorException(operation, response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false), CorrelationId(response));
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
            return new ResourceResponse(null);
        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(bytes, ProtocolJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // The activity was accepted; an unreadable receipt must not turn delivery into a failure.
            return new ResourceResponse(null);
        }
    }

    // Only error.code is kept: it is a fixed token like MessageSizeTooBig, while error.message may echo content.
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
                return null;
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException)
        {
            return null;
        }
    }

    private static string? CorrelationId(HttpResponseMessage response)
        => response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
}
