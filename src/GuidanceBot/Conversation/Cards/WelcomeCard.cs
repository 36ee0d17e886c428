using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>The first card: what the bot does, the personal-data warning, the authority and every walk as a button.</summary>
public sealed record WelcomeCard(string? AuthorityName, IReadOnlyList<WalkGroup> Groups) : ICardData
{
    public string TemplateName => "welcome";

    public string CardId => TemplateName;

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteText("authority", AuthorityName);
        writer.WriteStartArray("walks");
        foreach (var group in Groups)
            foreach (var walk in group.Walks) walk.WriteData(writer);
        writer.WriteEndArray();
    }
}
