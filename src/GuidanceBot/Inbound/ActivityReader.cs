using System.Text.Json;
using GuidanceBot.Protocol;

namespace GuidanceBot.Inbound;

/// <summary>An activity, or the short reason the request cannot be one (always a 4xx: the client's mistake).</summary>
public sealed record ReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);
    public static ReadResult Bad(string reason, int status = StatusCodes.Status400BadRequest) => new(null, status, reason);
}

/// <summary>Reads the POST body into an <see cref="Activity"/> with a size limit and the checks every turn relies on.</summary>
public static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<ReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return ReadResult.Bad($"The body is larger than {MaxBodyBytes / 1024} KB.");
        // Channels always send a JSON content type; a request without one is what a browser page elsewhere can send
        // without asking (no CORS preflight), so it is refused.
        if (request.ContentType is not { Length: > 0 } type || !IsJson(type))
            return ReadResult.Bad("The body must be JSON (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType);

        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null) return ReadResult.Bad($"The body is larger than {MaxBodyBytes / 1024} KB.");

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return ReadResult.Bad("The body is not a valid JSON activity.");
        }

        if (activity is null) return ReadResult.Bad("The body is not a valid JSON activity.");
        if (string.IsNullOrWhiteSpace(activity.Type)) return ReadResult.Bad("The activity has no type.");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return ReadResult.Bad("The activity has no conversation id.");
        return ReadResult.Ok(activity);
    }

    private static bool IsJson(string contentType)
    {
        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

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
