using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>Small helpers the card data builders share.</summary>
internal static class CardData
{
    /// <summary>Adds the field only when there is text, so the template's exists() hides the line.</summary>
    public static JsonObject AddText(this JsonObject data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            data[key] = value;
        return data;
    }

    /// <summary>Sets a field inside a builder chain.</summary>
    public static JsonObject Also(this JsonObject data, Action<JsonObject> add)
    {
        add(data);
        return data;
    }

    public static JsonArray ToArray<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => new(items.Select(map).ToArray());
}
