using GuidanceBot.Content.Walks;

namespace GuidanceBot.Conversation.Decisions;

/// <summary>
/// Rebuilds where a walk stands from the stored answers alone. Because state is only the answers list,
/// "back" is dropping the last answer and "change an earlier answer" is truncating and answering again:
/// replay then recomputes the path, so no stale answer from an abandoned branch can leak into an outcome.
/// A turn replays once: <see cref="Continue"/> and <see cref="Truncate"/> move on from a replay already made.
/// </summary>
public static class WalkReplay
{
    /// <param name="authority">The procedure profile in use; conditions read it as the variable "authority".</param>
    public static WalkReplayResult Replay(Walk walk, IReadOnlyList<Answer> answers, string? authority = null)
    {
        if (walk.Steps.Count == 0) throw new ArgumentException($"Walk '{walk.Id}' has no steps.", nameof(walk));

        var path = new List<ReplayedAnswer>(answers.Count);
        var variables = Start(authority);
        WalkPosition position = new AtStep(walk.Steps[0]);
        foreach (var answer in answers)
        {
            // Stop at the first answer that does not fit here: wrong step, or not one of its choices.
            if (position is not AtStep at || Apply(walk, at.Step, answer, path, variables) is not { } next) break;
            position = next;
        }
        return new WalkReplayResult(path, variables, position, answers.Count - path.Count);
    }

    /// <summary>
    /// The walk after one more answer to the question <paramref name="previous"/> stands at, without replaying the
    /// answers before it. Null when the answer does not fit that question (or the walk has ended).
    /// </summary>
    public static WalkReplayResult? Continue(Walk walk, WalkReplayResult previous, Answer answer)
    {
        if (previous.Position is not AtStep at) return null;
        var path = new List<ReplayedAnswer>(previous.Path.Count + 1);
        path.AddRange(previous.Path);
        var variables = new Dictionary<string, string>(previous.Variables);
        return Apply(walk, at.Step, answer, path, variables) is { } next ? new WalkReplayResult(path, variables, next, 0) : null;
    }

    /// <summary>The walk with only its first <paramref name="count"/> answers kept: at the question after them.</summary>
    public static WalkReplayResult Truncate(WalkReplayResult result, int count, string? authority)
    {
        if (count < 0 || count > result.Path.Count) throw new ArgumentOutOfRangeException(nameof(count));
        if (count == result.Path.Count && result.Ignored == 0) return result;
        var path = result.Path.Take(count).ToList();
        var variables = Start(authority);
        foreach (var p in path) variables[p.Step.Sets] = p.Choice.Value;
        var position = count < result.Path.Count ? new AtStep(result.Path[count].Step) : result.Position;
        return new WalkReplayResult(path, variables, position, 0);
    }

    private static Dictionary<string, string> Start(string? authority)
    {
        var variables = new Dictionary<string, string>();
        if (authority is not null) variables[Walk.AuthorityVariable] = authority;
        return variables;
    }

    /// <summary>Answers <paramref name="step"/>: adds to the path and variables and returns the next position, or null if it does not fit.</summary>
    private static WalkPosition? Apply(Walk walk, WalkStep step, Answer answer, List<ReplayedAnswer> path, Dictionary<string, string> variables)
    {
        var choice = answer.StepId == step.Id ? step.Choices.FirstOrDefault(c => c.Value == answer.Value) : null;
        if (choice is null) return null;
        path.Add(new ReplayedAnswer(step, choice, answer.Taken));
        variables[step.Sets] = choice.Value;
        var target = NextTarget.After(walk, step, variables);
        if (target.IsOutcome) return Finish(walk, target.Id, variables);
        return new AtStep(walk.FindStep(target.Id)
            ?? throw new InvalidOperationException($"Walk '{walk.Id}': unknown step '{target.Id}' (WalkValidator rejects this)."));
    }

    private static AtOutcome Finish(Walk walk, string outcomeId, IReadOnlyDictionary<string, string> variables)
    {
        var outcome = walk.FindOutcome(outcomeId)
            ?? throw new InvalidOperationException($"Walk '{walk.Id}': unknown outcome '{outcomeId}' (WalkValidator rejects this).");
        var notes = outcome.Notes.Where(n => ConditionEvaluator.HoldsOrAbsent(n.When, variables)).ToList();
        var steps = outcome.Do.Where(s => ConditionEvaluator.HoldsOrAbsent(s.When, variables)).Select(s => s.Text).ToList();
        return new AtOutcome(outcome, notes) { ApplicableSteps = steps };
    }
}
