using System.Text;
using System.Text.Json;

namespace GuidanceBot.LoadDriver;

/// <summary>
/// The walk each conversation runs: the advocacy walk typed as a worker would (its name, then answers). What every
/// reply must be is learnt from the first walk (the card id of each reply, in order), so the check follows the
/// content as owners change it, and every later walk must get exactly the same replies.
/// </summary>
public static class WalkScript
{
    public static readonly string[] Messages = ["advocacy", "assessment", "yes", "yes"];

    /// <summary>One turn's body: a message with deliveryMode expectReplies, so the replies come back in the response.</summary>
    public static byte[] Body(string conversationId, int turn, string text) => Encoding.UTF8.GetBytes(
        $$"""{"type":"message","id":"m{{turn}}","channelId":"loadtest","serviceUrl":"http://localhost:9/","deliveryMode":"expectReplies","conversation":{"id":"{{conversationId}}"},"from":{"id":"worker","role":"user"},"recipient":{"id":"bot","role":"bot"},"text":"{{text}}"}""");

    /// <summary>The card ids of a response's replies ("text" for a reply without a card), or null when it is not a reply list.</summary>
    public static string? Signature(byte[] response)
    {
        try
        {
            using var doc = JsonDocument.Parse(response);
            if (!doc.RootElement.TryGetProperty("activities", out var activities) || activities.GetArrayLength() == 0) return null;
            var ids = new List<string>();
            foreach (var a in activities.EnumerateArray())
                ids.Add(a.TryGetProperty("attachments", out var att) && att.GetArrayLength() > 0
                        && att[0].GetProperty("content").TryGetProperty("body", out var body) && body.GetArrayLength() > 0
                        && body[0].TryGetProperty("id", out var id)
                    ? id.GetString() ?? "?"
                    : "text");
            return string.Join(",", ids);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
