using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// An Action.Submit button. Data is always an object: Teams and Web Chat then send it back as the
/// activity's value (a string would arrive as typed text instead).
/// </summary>
public sealed record CardButton(string Title, JsonObject Data)
{
    internal void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("title", Title);
        writer.WriteJson("data", Data);
        writer.WriteEndObject();
    }
}
