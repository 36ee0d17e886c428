using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The menu: walks grouped under headings, each with a one-line summary and a Start button.</summary>
public sealed record MenuCard(string? AuthorityName, IReadOnlyList<WalkGroup> Groups) : ICardData
{
    public string TemplateName => "menu";

    public string CardId => TemplateName;

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteText("authority", AuthorityName);
        writer.WriteArray("groups", Groups, static (w, g) =>
        {
            w.WriteStartObject();
            w.WriteString("name", g.Name);
            w.WriteArray("walks", g.Walks, static (w, walk) => walk.WriteData(w));
            w.WriteEndObject();
        });
    }
}
