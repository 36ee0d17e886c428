using System.Text.Json;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Inbound;

/// <summary>An activity, or why the request cannot be one.</summary>
public sealed record ReadResult(Activity? Activity, Refusal? Refused)
{
    public static ReadResult Ok(Activity activity) => new(activity, null);
    public static ReadResult Bad(string reason, int status = StatusCodes.Status400BadRequest) => new(null, Refusal.Bad(reason, status));
}

/// <summary>Reads the POST body into an <see cref="Activity"/> with a size limit and the checks every turn relies on.</summary>
public static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<ReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
            return error switch
            {
                JsonBodyError.NotJson => ReadResult.Bad("The body must be JSON (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType),
                JsonBodyError.Unreadable => ReadResult.Bad("The body could not be read (sent too slowly, or broken)."),
                JsonBodyError.InvalidText => ReadResult.Bad($"The body holds text that is not valid (a lone surrogate escape), or nests deeper than {JsonBody.MaxDepth} levels."),
                _ => ReadResult.Bad($"The body is larger than {MaxBodyBytes / 1024} KB."),
            };

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
}
