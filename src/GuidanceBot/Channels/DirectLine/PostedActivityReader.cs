using System.Text.Json;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.DirectLine;

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
        var (body, error) = await JsonBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
            return error switch
            {
                JsonBodyError.NotJson => (null, DirectLineErrors.UnsupportedMediaType("The body must be JSON (Content-Type: application/json).")),
                JsonBodyError.Unreadable => Bad("The body could not be read (sent too slowly, or broken)."),
                JsonBodyError.InvalidText => Bad($"The body holds text that is not valid (a lone surrogate escape), or nests deeper than {JsonBody.MaxDepth} levels."),
                _ => Bad($"The body is larger than {MaxBodyBytes / 1024} KB."),
            };

        Activity? activity;
        try
        {
            activity = StartsWithObject(body) ? JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options) : null;
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

    /// <summary>
    /// Only the first token is looked at, so the body is parsed once; an array, string or number is named as "not an
    /// object" rather than reported as a deserialiser failure. Malformed JSON throws here or in Deserialize.
    /// </summary>
    private static bool StartsWithObject(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject;
    }

    private static (Activity?, IResult?) Bad(string message) => (null, DirectLineErrors.BadArgument(message));
}
