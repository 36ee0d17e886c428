using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.TestSupport;

/// <summary>Reading the cards the bot sends, by ids and button data rather than by their words.</summary>
public static class CardJson
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>The Adaptive Card of a reply activity (as JSON).</summary>
    public static JsonElement Card(JsonElement activity)
    {
        var attachment = activity.GetProperty("attachments")[0];
        Assert.Equal(AdaptiveCard, attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    /// <summary>The card's id ("question:advocacy:process", "outcome:advocacy:refer", "menu"...), set on its first element.</summary>
    public static string? CardId(JsonElement card) =>
        card.GetProperty("body")[0].TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>The ids of every element on a card (the card id, notice lines, toggled containers...).</summary>
    public static IReadOnlyList<string> ElementIds(JsonElement card) => Descend(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        .Select(e => e.GetProperty("id").GetString()!).ToList();

    /// <summary>Every Action.Submit data object on a card, for finding a button by what it sends.</summary>
    public static IEnumerable<JsonElement> SubmitData(JsonElement card) => Descend(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "Action.Submit")
        .Select(e => e.GetProperty("data"));

    /// <summary>Every text on a card, for checks that content (read from the content files) is shown.</summary>
    public static string AllText(JsonElement card) => string.Join("\n", Descend(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        .Select(e => e.GetProperty("text").GetString()));

    public static IEnumerable<JsonElement> Descend(JsonElement e)
    {
        yield return e;
        var children = e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => e.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var d in Descend(child))
                yield return d;
    }

    public static IEnumerable<JsonNode> Descend(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var d in Descend(child))
                yield return d;
    }
}
