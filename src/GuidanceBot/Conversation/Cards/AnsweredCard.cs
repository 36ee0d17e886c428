using System.Text.Json;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// A question after it was answered, with no buttons: it replaces the clicked card in place so an
/// old card cannot be clicked again.
/// </summary>
public sealed record AnsweredCard(string WalkTitle, string? AuthorityName, int Number, string Question, string Answer) : ICardData
{
    public string TemplateName => "answered";

    /// <summary>"answered:&lt;walk&gt;:&lt;step&gt;"; the renderer sets it.</summary>
    public string CardId { get; init; } = "answered";

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteString("walkTitle", WalkTitle);
        writer.WriteText("authority", AuthorityName);
        writer.WriteNumber("number", Number);
        writer.WriteString("question", Question);
        writer.WriteString("answer", Answer);
    }
}
