using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Protocol;

namespace GuidanceBot.DirectLine;

/// <summary>
/// Reads an activity posted by Web Chat. Unlike /api/messages the client sends no conversation or ids
/// (the server stamps those), so this checks only size, JSON and type. Errors are the client's: 4xx.
/// </summary>
public static class PostedActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Web Chat posts messages (typed text and card clicks), and may post events and typing.</summary>
    private static readonly HashSet<string> Accepted = [ActivityTypes.Message, "event", ActivityTypes.Typing];

    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return Bad($"The body is larger than {MaxBodyBytes / 1024} KB.");
        if (request.ContentType is not { Length: > 0 } type || !type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, DirectLineErrors.UnsupportedMediaType("The body must be JSON (Content-Type: application/json)."));

        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null) return Bad($"The body is larger than {MaxBodyBytes / 1024} KB.");

        Activity? activity;
        try
        {
            activity = JsonNode.Parse(body) is JsonObject ? JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options) : null;
        }
        catch (JsonException)
        {
            return Bad("The body is not a valid JSON activity.");
        }
        if (activity is null) return Bad("The body is not a JSON activity object.");
        if (string.IsNullOrWhiteSpace(activity.Type)) return Bad("The activity has no type.");
        if (!Accepted.Contains(activity.Type)) return Bad($"Activities of type '{activity.Type}' cannot be posted here; send message, event or typing.");
        return (activity, null);
    }

    private static (Activity?, IResult?) Bad(string message) => (null, DirectLineErrors.BadArgument(message));

    /// <summary>Reads at most the limit (a chunked body has no Content-Length to check up front); null if larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
