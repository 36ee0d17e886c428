using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Decisions;

/// <summary>Where a walk goes after a step is answered: the first matching branch, else the following step.</summary>
public static class NextTarget
{
    public static BranchTarget After(Walk walk, WalkStep step, IReadOnlyDictionary<string, string> variables)
    {
        var branch = step.Next.FirstOrDefault(b => ConditionEvaluator.HoldsOrAbsent(b.When, variables));
        if (branch is not null) return branch.Target;

        var index = walk.Steps.ToList().IndexOf(step);
        if (index < 0 || index + 1 >= walk.Steps.Count)
            throw new InvalidOperationException($"Walk '{walk.Id}': step '{step.Id}' has no matching branch and no following step (WalkValidator rejects this).");
        return new BranchTarget(walk.Steps[index + 1].Id, IsOutcome: false);
    }
}
