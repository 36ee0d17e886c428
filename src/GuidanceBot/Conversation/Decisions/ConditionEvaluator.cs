using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Decisions;

/// <summary>Evaluates a declarative condition against the answers so far. An unanswered variable matches nothing.</summary>
public static class ConditionEvaluator
{
    public static bool Holds(Condition condition, IReadOnlyDictionary<string, string> variables) => condition switch
    {
        IsCondition c => variables.TryGetValue(c.Variable, out var value) && c.Values.Contains(value),
        AllCondition a => a.Conditions.All(c => Holds(c, variables)),
        AnyCondition a => a.Conditions.Any(c => Holds(c, variables)),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.GetType().Name, "Unknown condition type."),
    };

    /// <summary>A missing condition (null) always holds: a branch or note without `when`.</summary>
    public static bool HoldsOrAbsent(Condition? condition, IReadOnlyDictionary<string, string> variables) =>
        condition is null || Holds(condition, variables);
}
