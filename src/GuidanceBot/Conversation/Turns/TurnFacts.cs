using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// What a turn did, for its trace and the bot's metrics. Every id comes from the loaded content (the walks the replies
/// show, the risk cues), never from the activity, so nothing a worker typed or a card sent can reach telemetry.
/// </summary>
/// <param name="WalkId">The walk the replies show (a question, an outcome, answers to confirm, a record).</param>
/// <param name="StepId">The question asked now.</param>
/// <param name="OutcomeId">The outcome shown.</param>
/// <param name="WalkStarted">A walk this turn put on top of the conversation (not a restart of the one there).</param>
/// <param name="WalkFinished">A walk this turn brought to its outcome (not one shown again).</param>
/// <param name="RiskCategory">The safeguarding card was shown first, for this category of risk.</param>
/// <param name="NotUnderstood">A typed message the bot could not place: "question" (asked again) or "menu" (the list of walks).</param>
/// <param name="ReplyKinds">Which cards the turn sent, in order: "question", "outcome", "menu", ...</param>
public sealed record TurnFacts(
    string? WalkId, string? StepId, string? OutcomeId, string? WalkStarted, string? WalkFinished,
    string? RiskCategory, string? NotUnderstood, IReadOnlyList<string> ReplyKinds, Understood? Understood)
{
    public static TurnFacts Of(ConversationState before, TurnResult result)
    {
        string? walk = null, step = null, outcome = null;
        foreach (var reply in result.Replies)
        {
            switch (reply)
            {
                case QuestionReply q: (walk, step) = (q.Walk.Id, q.Step.Id); break;
                case OutcomeReply o: (walk, outcome) = (o.Walk.Id, OutcomeOf(o.Result)); break;
                case RecordReply r: (walk, outcome) = (r.Walk.Id, OutcomeOf(r.Result)); break;
                case ConfirmReply c: walk = c.Walk.Id; break;
            }
        }
        var after = result.State;
        var started = Started(before, after);
        return new TurnFacts(walk, step, outcome, started, Finished(before, after, result.Replies),
            result.Replies.OfType<RiskReply>().FirstOrDefault()?.CategoryId,
            result.Understood is null ? null : NotUnderstoodAt(result.Replies),
            [.. result.Replies.Select(Kind)], result.Understood);
    }

    private static string? OutcomeOf(WalkReplayResult result) => (result.Position as AtOutcome)?.Outcome.Id;

    /// <summary>A new walk on top: the stack grew, or the walk on top at the same depth is another one.</summary>
    private static string? Started(ConversationState before, ConversationState after)
    {
        if (DialogStack.Top(after) is not { } top) return null;
        if (after.Stack.Count > before.Stack.Count) return top.WalkId;
        return after.Stack.Count == before.Stack.Count && before.Stack[^1].WalkId != top.WalkId ? top.WalkId : null;
    }

    /// <summary>
    /// The outcome shown is reached this turn when its walk's frame holds more answers than the frame at the same depth
    /// held before (or is new): an answer, or answers confirmed from the message, led there. Shown again (help, a new
    /// authority, back from an offered walk) it holds the same answers.
    /// </summary>
    private static string? Finished(ConversationState before, ConversationState after, IReadOnlyList<Reply> replies)
    {
        if (replies.OfType<OutcomeReply>().FirstOrDefault() is not { } shown || DialogStack.Top(after) is not { } top || top.WalkId != shown.Walk.Id)
            return null;
        var depth = after.Stack.Count - 1;
        var earlier = depth < before.Stack.Count && before.Stack[depth].WalkId == top.WalkId ? before.Stack[depth].Answers.Count : 0;
        return top.Answers.Count > earlier ? top.WalkId : null;
    }

    private static string? NotUnderstoodAt(IReadOnlyList<Reply> replies) => replies switch
    {
        [QuestionReply { Notice: Notice.Unreadable }] => "question",
        [MenuReply { Notice: Notice.NothingMatched }] => "menu",
        _ => null,
    };

    /// <summary>"QuestionReply" → "question": a fixed set, named by the code.</summary>
    private static string Kind(Reply reply)
    {
        var name = reply.GetType().Name;
        return name.EndsWith("Reply", StringComparison.Ordinal) ? name[..^"Reply".Length].ToLowerInvariant() : name.ToLowerInvariant();
    }
}
