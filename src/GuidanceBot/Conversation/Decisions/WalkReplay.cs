using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Decisions;

/// <summary>
/// Rebuilds where a walk stands from the stored answers alone. Because state is only the answers list,
/// "back" is dropping the last answer and "change an earlier answer" is truncating and answering again:
/// replay then recomputes the path, so no stale answer from an abandoned branch can leak into an outcome.
/// </summary>
public static class WalkReplay
{
    /// <param name="authority">The procedure profile in use; conditions read it as the variable "authority".</param>
    public static WalkReplayResult Replay(Walk walk, IReadOnlyList<Answer> answers, string? authority = null)
    {
        if (walk.Steps.Count == 0) throw new ArgumentException($"Walk '{walk.Id}' has no steps.", nameof(walk));

        var path = new List<ReplayedAnswer>();
        var variables = new Dictionary<string, string>();
        if (authority is not null) variables[Walk.AuthorityVariable] = authority;
        var step = walk.Steps[0];

        foreach (var answer in answers)
        {
            // Stop at the first answer that does not fit here: wrong step, or not one of its choices.
            var choice = answer.StepId == step.Id ? step.Choices.FirstOrDefault(c => c.Value == answer.Value) : null;
            if (choice is null) break;

            path.Add(new ReplayedAnswer(step, choice));
            variables[step.Sets] = choice.Value;

            var target = NextTarget.After(walk, step, variables);
            if (target.IsOutcome)
                return Result(path, variables, Finish(walk, target.Id, variables), answers.Count);
            step = walk.FindStep(target.Id)
                ?? throw new InvalidOperationException($"Walk '{walk.Id}': unknown step '{target.Id}' (WalkValidator rejects this).");
        }
        return Result(path, variables, new AtStep(step), answers.Count);
    }

    private static AtOutcome Finish(Walk walk, string outcomeId, IReadOnlyDictionary<string, string> variables)
    {
        var outcome = walk.FindOutcome(outcomeId)
            ?? throw new InvalidOperationException($"Walk '{walk.Id}': unknown outcome '{outcomeId}' (WalkValidator rejects this).");
        var notes = outcome.Notes.Where(n => ConditionEvaluator.HoldsOrAbsent(n.When, variables)).ToList();
        return new AtOutcome(outcome, notes);
    }

    private static WalkReplayResult Result(List<ReplayedAnswer> path, Dictionary<string, string> variables, WalkPosition position, int given) =>
        new(path, variables, position, given - path.Count);
}
