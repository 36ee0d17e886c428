using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The menu: walks grouped under headings, each with a one-line summary and a Start button.</summary>
public sealed record MenuCard(string? AuthorityName, IReadOnlyList<WalkGroup> Groups) : ICardData
{
    public string TemplateName => "menu";

    public string CardId => TemplateName;

    public JsonObject ToData() => new JsonObject()
        .AddText("authority", AuthorityName)
        .Also(d => d["groups"] = CardData.ToArray(Groups, g => new JsonObject
        {
            ["name"] = g.Name,
            ["walks"] = CardData.ToArray(g.Walks, w => w.ToData()),
        }));
}
