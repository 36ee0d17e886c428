using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>A question about the procedure answered from the worker's own procedure: quoted passages, each with its section and page.</summary>
public sealed record PassagesCard(string? AuthorityName, IReadOnlyList<QuotedPassage> Passages, IReadOnlyList<CardButton> Buttons) : ICardData
{
    public string TemplateName => "passages";

    public string CardId { get; init; } = "passages";

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteText("authority", AuthorityName);
        writer.WriteArray("passages", Passages, static (w, p) =>
        {
            w.WriteStartObject();
            w.WriteString("section", p.Section);
            w.WriteString("quote", p.Quote);
            w.WriteString("procedure", p.Procedure);
            w.WriteText("url", p.Url);
            w.WriteEndObject();
        });
        writer.WriteArray("buttons", Buttons, static (w, b) => b.WriteData(w));
    }
}

/// <summary>A passage as shown: its section's title, the words as published (shortened if long), the procedure and its page.</summary>
public sealed record QuotedPassage(string Section, string Quote, string Procedure, string? Url);
