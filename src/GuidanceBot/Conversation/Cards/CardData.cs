using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>Small helpers the card data writers share.</summary>
internal static class CardData
{
    /// <summary>Writes the field only when there is text, so the template's exists() hides the line.</summary>
    public static void WriteText(this Utf8JsonWriter writer, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            writer.WriteString(key, value);
    }

    /// <summary>An array field, each item written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter writer, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(key);
        for (var i = 0; i < items.Count; i++) write(writer, items[i]);
        writer.WriteEndArray();
    }

    public static void WriteArray<T>(this Utf8JsonWriter writer, string key, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(key);
        foreach (var item in items) write(writer, item);
        writer.WriteEndArray();
    }

    /// <summary>Button data, written as it is.</summary>
    public static void WriteJson(this Utf8JsonWriter writer, string key, JsonObject value)
    {
        writer.WritePropertyName(key);
        value.WriteTo(writer);
    }
}
