using System.Text.Json;
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

    public void WriteData(Utf8JsonWriter writer)
    {
        writer.WriteString("walkTitle", WalkTitle);
        writer.WriteText("authority", AuthorityName);
        writer.WriteText("notice", Notice);
        writer.WriteArray("taken", Taken, static (w, t) =>
        {
            w.WriteStartObject();
            w.WriteString("question", t.Question);
            w.WriteString("answer", t.Answer);
            w.WriteEndObject();
        });
        writer.WriteJson("confirm", Confirm);
        writer.WriteArray("changes", Changes, static (w, c) => c.WriteData(w));
    }
}
