using System.Text.Json.Nodes;

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

    public JsonObject ToData() => new JsonObject { ["walkTitle"] = WalkTitle }
        .AddText("authority", AuthorityName)
        .Also(d => d["number"] = Number)
        .Also(d => d["question"] = Question)
        .Also(d => d["answer"] = Answer);
}
