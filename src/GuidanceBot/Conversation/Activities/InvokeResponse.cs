using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Activities;

/// <summary>
/// The body of an adaptiveCard/action answer: { statusCode, type, value }. A card replaces the clicked
/// card; a message is shown as text; an error explains a bad request.
/// </summary>
public static class InvokeResponse
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The first card among the replies becomes the response; the rest are sent as ordinary replies.</summary>
    public static (JsonObject Body, IReadOnlyList<Activity> Others) FromReplies(IReadOnlyList<Activity> replies)
    {
        var index = replies.ToList().FindIndex(a => a.Attachments?.Any(IsCard) == true);
        if (index < 0)
        {
            // Text only (a record, a checklist summary): the answer body carries it, so it is not sent again as a message.
            var text = string.Join("\n\n", replies.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));
            return (Body(200, MessageType, JsonValue.Create(text.Length > 0 ? text : "Done.")), []);
        }
        var card = replies[index].Attachments!.First(IsCard).Content!.Value;
        var rest = replies.Where((_, i) => i != index).ToList();
        return (Body(200, ActivityTypes.AdaptiveCardContentType, JsonNode.Parse(card.GetRawText())), rest);
    }

    public static JsonObject Error(string message) =>
        Body(400, ErrorType, new JsonObject { ["code"] = "BadRequest", ["message"] = message });

    private static bool IsCard(Attachment a) => a.ContentType == ActivityTypes.AdaptiveCardContentType && a.Content is { ValueKind: JsonValueKind.Object };

    private static JsonObject Body(int status, string type, JsonNode? value) =>
        new() { ["statusCode"] = status, ["type"] = type, ["value"] = value };
}
