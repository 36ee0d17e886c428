using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>A question about the procedure answered from the worker's own procedure: quoted passages, each with its section and page.</summary>
public sealed record PassagesCard(string? AuthorityName, IReadOnlyList<QuotedPassage> Passages, IReadOnlyList<CardButton> Buttons) : ICardData
{
    public string TemplateName => "passages";

    public string CardId { get; init; } = "passages";

    public JsonObject ToData() => new JsonObject()
        .AddText("authority", AuthorityName)
        .Also(d => d["passages"] = CardData.ToArray(Passages, p => new JsonObject
        {
            ["section"] = p.Section, ["quote"] = p.Quote, ["procedure"] = p.Procedure,
        }.AddText("url", p.Url)))
        .Also(d => d["buttons"] = CardData.ToArray(Buttons, b => b.ToData()));
}

/// <summary>A passage as shown: its section's title, the words as published (shortened if long), the procedure and its page.</summary>
public sealed record QuotedPassage(string Section, string Quote, string Procedure, string? Url);
