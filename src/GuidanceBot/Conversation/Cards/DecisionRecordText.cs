using System.Globalization;
using System.Text;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
namespace GuidanceBot.Conversation.Cards;

/// <summary>
/// The plain-text note a worker copies into the case record. Built only from the walk, the chosen answers
/// and the procedure content, so it cannot carry personal data.
/// </summary>
public static class DecisionRecordText
{
    public static string Build(Walk walk, WalkReplayResult result, DateOnly date, RenderContext context, IReadOnlyList<SourceCitation> sources)
    {
        var at = (AtOutcome)result.Position;
        var text = new StringBuilder();
        text.AppendLine("GuidanceBot decision record");
        text.AppendLine($"Date: {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        text.AppendLine($"Procedure: {context.AuthorityName ?? context.ProfileId}");
        text.AppendLine($"Walk: {walk.Title}");
        text.AppendLine();
        text.AppendLine("Questions and answers:");
        foreach (var (answer, i) in result.Path.Select((a, i) => (a, i)))
            text.AppendLine($"{i + 1}. {answer.Step.Question} - {ReplyRenderer.AnswerText(answer)}");
        text.AppendLine();
        text.AppendLine($"Outcome: {at.Outcome.Title}");
        text.AppendLine("What to do:");
        foreach (var (step, i) in at.ApplicableSteps.Select((s, i) => (s, i)))
            text.AppendLine($"{i + 1}. {step}");
        text.AppendLine($"Why: {at.Outcome.Rule}");
        foreach (var note in at.ApplicableNotes)
            text.AppendLine($"Note: {note.Text}");
        text.AppendLine("Sources:");
        foreach (var s in sources)
            text.AppendLine($"- {s.ProcedureName}: {s.Passage}{(s.Url is null ? "" : $" ({s.Url})")}");
        text.AppendLine();
        text.Append("This record holds only the answers chosen in GuidanceBot, not details of the person.");
        return text.ToString();
    }

    /// <summary>What is left to gather on a checklist, in the checklist's order.</summary>
    public static string Checklist(Checklist checklist, IReadOnlySet<string> ticked)
    {
        var left = checklist.Items.Where(i => !ticked.Contains(i.Id)).ToList();
        if (left.Count == 0) return $"{checklist.Title}: all {checklist.Items.Count} items are ticked.";
        var text = new StringBuilder($"{checklist.Title}: {left.Count} of {checklist.Items.Count} still to gather or record, if possible:");
        foreach (var item in left) text.Append($"\n- {item.Text}");
        return text.ToString();
    }
}
