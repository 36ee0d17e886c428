namespace GuidanceBot.Content.Walks;

/// <summary>
/// Reads a `when:` mapping into a <see cref="Condition"/>. Only three forms exist:
/// {variable: value-or-list}, {all: [...]}, {any: [...]}; anything else is a problem, so no code can hide in a walk.
/// </summary>
internal static class ConditionParser
{
    public static Condition? Parse(object? yaml, Action<string> problem)
    {
        if (yaml is not IDictionary<object, object> map)
        {
            problem("a condition must be a mapping such as { variable: value }, { all: [...] } or { any: [...] }");
            return null;
        }
        if (map.Count != 1)
        {
            problem($"a condition must have exactly one key, found {map.Count}; use all: [...] to combine several");
            return null;
        }
        var (key, value) = (Convert.ToString(map.Keys.Single()) ?? "", map.Values.Single());
        return key switch
        {
            "all" => ParseList(value, "all", problem) is { } all ? new AllCondition(all) : null,
            "any" => ParseList(value, "any", problem) is { } any ? new AnyCondition(any) : null,
            _ => ParseIs(key, value, problem),
        };
    }

    private static List<Condition>? ParseList(object? value, string key, Action<string> problem)
    {
        if (value is not IList<object> items || items.Count == 0)
        {
            problem($"'{key}' needs a non-empty list of conditions");
            return null;
        }
        var parsed = items.Select(i => Parse(i, problem)).ToList();
        return parsed.All(c => c is not null) ? parsed.Select(c => c!).ToList() : null;
    }

    private static IsCondition? ParseIs(string variable, object? value, Action<string> problem)
    {
        var values = value switch
        {
            string s => [s],
            IList<object> list when list.All(v => v is string) => list.Cast<string>().ToList(),
            _ => null,
        };
        if (values is null || values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            problem($"condition on '{variable}' needs a value or a non-empty list of values");
            return null;
        }
        return new IsCondition(variable, values);
    }
}
