using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// Answers read from the worker's message, to confirm before they are used: each question and the answer taken,
/// a button to use them all, and one per answer to ask that question instead.
/// </summary>
public sealed record ConfirmCard(
    string WalkTitle,
    string? AuthorityName,
    string? Notice,
    IReadOnlyList<(string Question, string Answer)> Taken,
    JsonObject Confirm,
    IReadOnlyList<CardButton> Changes) : ICardData
{
    public string TemplateName => "confirm";

    /// <summary>"confirm:&lt;walk&gt;"; the renderer sets it.</summary>
    public string CardId { get; init; } = "confirm";

    public JsonObject ToData() => new JsonObject { ["walkTitle"] = WalkTitle }
        .AddText("authority", AuthorityName)
        .AddText("notice", Notice)
        .Also(d => d["taken"] = CardData.ToArray(Taken, t => new JsonObject { ["question"] = t.Question, ["answer"] = t.Answer }))
        .Also(d => d["confirm"] = Confirm.DeepClone())
        .Also(d => d["changes"] = CardData.ToArray(Changes, c => c.ToData()));
}
