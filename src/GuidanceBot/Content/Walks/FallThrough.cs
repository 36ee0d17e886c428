namespace GuidanceBot.Content.Walks;

/// <summary>
/// Whether a step's branches can all fail, so the walk falls through to the following step.
/// Judged from the step's own answer only: other variables count as unknown, so a branch only
/// "surely matches" if it holds whatever was answered earlier. Conservative, never wrong the other way.
/// </summary>
public static class FallThrough
{
    /// <summary>The step's answer values for which no branch surely matches.</summary>
    public static IReadOnlyList<string> ValuesThatFallThrough(WalkStep step) =>
        step.Choices
            .Select(c => c.Value)
            .Where(v => !step.Next.Any(b => b.When is null || Surely(b.When, step.Sets, v) == true))
            .ToList();

    // Three-valued: true = holds, false = fails, null = depends on an earlier answer.
    private static bool? Surely(Condition condition, string variable, string value) => condition switch
    {
        IsCondition c when c.Variable == variable => c.Values.Contains(value),
        IsCondition => null,
        AllCondition a => a.Conditions.Select(c => Surely(c, variable, value)) is var all
            && all.Any(r => r == false) ? false : all.All(r => r == true) ? true : null,
        AnyCondition a => a.Conditions.Select(c => Surely(c, variable, value)) is var any
            && any.Any(r => r == true) ? true : any.All(r => r == false) ? false : null,
        _ => null,
    };
}
