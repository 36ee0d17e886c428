using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Teams;

/// <summary>What <see cref="MessageSizeBudget.Fit"/> had to do to a reply.</summary>
public enum SizeFit { Fits, Shortened, ReplacedByNotice }

/// <summary>
/// Teams refuses a bot message over about 100 KB (413 MessageSizeTooBig) and advises staying under 80 KB
/// (protocol.md 3). The size is counted as Teams counts text, UTF-16, over the whole activity JSON, which
/// overstates it: a safe side to err on. An oversized card loses its last body elements (sources come last on
/// outcome cards) but keeps its buttons and says it was shortened; if even that does not fit, a short notice
/// goes instead. Either beats a reply the Connector refuses.
/// </summary>
public static class MessageSizeBudget
{
    public const int Limit = 80 * 1024;

    public const string ShortenedNote = "Part of this answer was left off because it was too long for Teams. The procedure page has the full text.";
    public const string TooLargeNotice = "This answer was too long for Teams to show. Type menu to start again, or open the procedure page.";

    public static int Size(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Options).Length * sizeof(char);

    public static (Activity Activity, SizeFit Fit) Fit(Activity activity, int limit = Limit)
    {
        if (Size(activity) <= limit) return (activity, SizeFit.Fits);

        if (Shorten(activity, limit) is { } shortened) return (shortened, SizeFit.Shortened);
        return (activity with { Text = TooLargeNotice, Attachments = null }, SizeFit.ReplacedByNotice);
    }

    // Drops body elements from the end (keeping a trailing ActionSet) until the card fits, then adds the note.
    private static Activity? Shorten(Activity activity, int limit)
    {
        if (activity.Attachments is not [{ ContentType: ActivityTypes.AdaptiveCardContentType, Content: { ValueKind: JsonValueKind.Object } content } attachment])
            return null;
        if (JsonNode.Parse(content.GetRawText()) is not JsonObject card || card["body"] is not JsonArray body) return null;

        var actions = body.Count > 0 && body[^1]?["type"]?.GetValue<string>() == "ActionSet" ? body[^1] : null;
        if (actions is not null) body.RemoveAt(body.Count - 1);
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = ShortenedNote, ["wrap"] = true, ["isSubtle"] = true });
        if (actions is not null) body.Add(actions);

        var noteAt = body.Count - (actions is null ? 1 : 2);
        while (noteAt > 1)
        {
            body.RemoveAt(noteAt - 1);
            noteAt--;
            var candidate = activity with { Attachments = [attachment with { Content = JsonSerializer.SerializeToElement(card) }] };
            if (Size(candidate) <= limit) return candidate;
        }
        return null;
    }
}
