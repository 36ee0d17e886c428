using System.Globalization;
using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Reads a typed answer to a question: a choice's number, its label, its value, or for yes/no questions the
/// common ways of saying yes or no. Only whole answers count: guessing at a sentence could record a
/// confident wrong answer, so anything else is re-asked.
/// </summary>
public static class AnswerRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    { "yes", "y", "yeah", "yep", "yup", "yes please", "correct", "true", "that's right", "affirmative", "aye" };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    { "no", "n", "nope", "nah", "no thanks", "false", "incorrect", "negative", "not at all" };

    /// <summary>The choice value walks use for "Not sure"; typed doubt maps to it where a question offers it.</summary>
    public const string NotSure = "not-sure";

    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal)
    { "not sure", "unsure", "don't know", "dont know", "do not know", "i don't know", "i'm not sure", "no idea", "not known", "unknown" };

    public static string? Recognize(WalkStep step, string? text)
    {
        var said = TextNormalizer.Normalize(text);
        if (said.Length == 0) return null;
        if (Unsure.Contains(said) && step.Choices.Any(c => c.Value == NotSure)) return NotSure;

        if (step.Kind == AnswerKind.YesNo)
        {
            if (Yes.Contains(said)) return "yes";
            if (No.Contains(said)) return "no";
        }

        var number = said.StartsWith("option ", StringComparison.Ordinal) ? said["option ".Length..] : said;
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= step.Choices.Count)
            return step.Choices[n - 1].Value;

        foreach (var choice in step.Choices)
            if (TextNormalizer.Normalize(choice.Label) == said || TextNormalizer.Normalize(choice.Value) == said)
                return choice.Value;
        return null;
    }

    /// <summary>A value from a card button must be one of the step's choices; anything else is not an answer.</summary>
    public static string? FromCard(WalkStep step, string? value) =>
        step.Choices.FirstOrDefault(c => c.Value == value)?.Value;
}
