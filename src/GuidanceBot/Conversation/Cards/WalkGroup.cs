using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>A walk offered on the welcome and menu cards; Data is what its Start button submits.</summary>
public sealed record WalkEntry(string Title, string Summary, JsonObject Data)
{
    internal void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("title", Title);
        writer.WriteString("summary", Summary);
        writer.WriteJson("data", Data);
        writer.WriteEndObject();
    }
}

/// <summary>Walks shown together under one heading on the menu.</summary>
public sealed record WalkGroup(string Name, IReadOnlyList<WalkEntry> Walks);
