namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// A message that only names a person by their relation to someone ("her son", "the daughter", "his wife's
/// brother"): an answer to "who?", not a report of anything happening.
/// </summary>
public static class RelationWords
{
    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal)
    {
        "son", "daughter", "grandson", "granddaughter", "grandchild", "grandchildren", "child", "children", "kids",
        "husband", "wife", "partner", "spouse", "boyfriend", "girlfriend", "ex", "mum", "mother", "mom", "dad", "father",
        "parents", "brother", "sister", "nephew", "niece", "aunt", "auntie", "uncle", "cousin", "stepson", "stepdaughter",
        "stepmum", "stepdad", "inlaw", "law", "neighbour", "neighbor", "friend", "lodger", "family", "relative", "relatives",
        "carer", "carers", "gp", "nurse", "worker", "himself", "herself",
    };

    // Words that only point at the person or fill the answer out.
    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal)
    {
        "her", "his", "their", "the", "a", "an", "my", "our", "its", "in", "and", "or", "of", "s", "elder", "eldest",
        "younger", "youngest", "older", "oldest", "only", "other", "just", "probably", "maybe", "i", "think", "one", "two",
        "both", "yes", "no", "yeah", "it", "is", "thats", "that", "hers", "whos", "who",
    };

    /// <summary>The words name someone (at least one relation word) and say nothing else.</summary>
    public static bool OnlyNamesSomeone(string[] words) =>
        words.Length > 0 && words.Any(Relations.Contains) && words.All(w => Relations.Contains(w) || Pointing.Contains(w));
}
