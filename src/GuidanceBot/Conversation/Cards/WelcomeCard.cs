using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The first card: what the bot does, the personal-data warning, the authority and every walk as a button.</summary>
public sealed record WelcomeCard(string? AuthorityName, IReadOnlyList<WalkGroup> Groups) : ICardData
{
    public string TemplateName => "welcome";

    public string CardId => TemplateName;

    public JsonObject ToData() => new JsonObject()
        .AddText("authority", AuthorityName)
        .Also(d => d["walks"] = CardData.ToArray(Groups.SelectMany(g => g.Walks), w => w.ToData()));
}
