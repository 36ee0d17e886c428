using System.Globalization;
using System.Text.RegularExpressions;
using GuidanceBot.Content.Walks;
using Microsoft.Recognizers.Definitions.English;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Reads a typed answer to a question as people type them: a choice's number ("2", "option 2"), its label, a part
/// of its label that no other choice shares ("an assessment", "neither"), yes and no and their usual variants
/// (yeah, yep, nope, nah, 👍, 👎: Microsoft.Recognizers' English choice definitions, anchored to the whole
/// message) for a choice whose label starts with Yes or No, and "not sure" or "don't know" for a Not sure choice.
/// Only whole answers count: a sentence is never guessed at, so it is re-asked or read by its cues instead.
/// </summary>
public static partial class AnswerRecognizer
{
    /// <summary>The choice value walks use for "Not sure"; typed doubt maps to it where a question offers it.</summary>
    public const string NotSure = "not-sure";

    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal)
    {
        "not sure", "unsure", "don't know", "dont know", "do not know", "i don't know", "i dont know", "i'm not sure", "im not sure", "no idea", "not known", "unknown", "dunno",
        // A hedge is doubt, not a yes or a no: the question's Not sure choice, never a guess either way.
        "maybe", "possibly", "perhaps", "probably", "probably not", "might be", "could be", "i think so", "think so",
        "i don't think so", "i dont think so", "don't think so", "dont think so", "not that i know of", "not as far as i know",
        "hard to say", "not certain", "can't say", "cant say", "not clear", "unclear",
    };

    // The recognizers' lists lack a few everyday forms; they are added beside them, never instead.
    private const string MoreYes = "yes please|yes it is|yes they do|yes she does|yes he does|okay|of course|absolutely|definitely|correct|that's right|thats right|aye|affirmative";
    private const string MoreNo = "nah|no thanks|no thank you|not at all|no they don't|no they dont|incorrect|negative|n";

    private const string Edge = @"[\s\p{P}]*";

    private static readonly Regex Yes = new($"^{Edge}(?:(?:{ChoiceDefinitions.TrueRegex}|{MoreYes}){Edge})+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(50));

    private static readonly Regex No = new($"^{Edge}(?:(?:{ChoiceDefinitions.FalseRegex}|{MoreNo}){Edge})+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(50));

    // Words around an answer that add nothing to it ("not sure tbh", "an assessment I think", "erm, the carer").
    private static readonly string[][] LeadingFiller = [.. new[] { "erm", "um", "umm", "er", "hmm", "well", "so", "i think", "i guess", "i believe", "its", "it's", "it is", "just" }.Select(f => f.Split(' '))];
    private static readonly string[][] TrailingFiller = [.. new[] { "tbh", "i think", "i guess", "i believe", "please", "thanks", "thank you", "ta", "for now", "at the moment", "atm" }.Select(f => f.Split(' '))];

    /// <summary>The choice value the text gives for the step, or null when it is not a whole answer.</summary>
    public static string? Recognize(WalkStep step, string? text) =>
        Whole(step, text) ?? (WithoutFiller(TextNormalizer.Normalize(text)) is { } plain ? Whole(step, plain) : null);

    /// <summary>The text without the filler words at its start and end; null when there were none, or nothing else.</summary>
    private static string? WithoutFiller(string said)
    {
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!', '?', ';', ':', '-')).Where(w => w.Length > 0).ToList();
        var (start, end) = (0, words.Count);
        bool Trimmed(string[][] fillers, bool atStart)
        {
            foreach (var f in fillers)
            {
                if (end - start <= f.Length) continue;
                var at = atStart ? start : end - f.Length;
                if (f.Select((w, i) => words[at + i] == w).All(x => x))
                {
                    if (atStart) start += f.Length; else end -= f.Length;
                    return true;
                }
            }
            return false;
        }
        while (Trimmed(LeadingFiller, atStart: true) || Trimmed(TrailingFiller, atStart: false)) { }
        return start == 0 && end == words.Count ? null : string.Join(' ', words.Skip(start).Take(end - start));
    }

    private static string? Whole(WalkStep step, string? text)
    {
        var said = TextNormalizer.Normalize(text);
        if (said.Length == 0 || said.Length > 200) return null;
        if (Unsure.Contains(said) && step.Choices.Any(c => c.Value == NotSure)) return NotSure;

        var number = said.StartsWith("option ", StringComparison.Ordinal) ? said["option ".Length..] : said;
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= step.Choices.Count)
            return step.Choices[n - 1].Value;

        foreach (var choice in step.Choices)
            if (TextNormalizer.Normalize(choice.Label) == said || TextNormalizer.Normalize(choice.Value) == said)
                return choice.Value;

        if (YesOrNo(text!) is { } yes && Starting(step, yes ? "yes" : "no") is { } answer) return answer;
        return UniquePart(step, said);
    }

    /// <summary>A value from a card button must be one of the step's choices; anything else is not an answer.</summary>
    public static string? FromCard(WalkStep step, string? value) =>
        step.Choices.FirstOrDefault(c => c.Value == value)?.Value;

    /// <summary>Yes or no as a whole answer, filler aside ("yes thanks", "erm no"); null for neither or both.</summary>
    public static bool? YesOrNoAnswer(string text) =>
        YesOrNo(text) ?? (WithoutFiller(TextNormalizer.Normalize(text)) is { } plain ? YesOrNo(plain) : null);

    /// <summary>True for yes, false for no, null for neither or both (anchored to the whole message, short ones only).</summary>
    public static bool? YesOrNo(string text)
    {
        if (text.Length > 40) return null;
        try
        {
            bool yes = Yes.IsMatch(text), no = No.IsMatch(text);
            return yes == no ? null : yes;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // Words that open an answer with yes or no and may run straight on ("yes she lives here"). A bare "no" must be
    // followed by a stop ("no, she left"): "no idea", "no one asked her" and "no family" say something else.
    private static readonly HashSet<string> OpeningYes = new(StringComparer.Ordinal) { "yes", "yeah", "yep", "yup", "yh", "aye" };
    private static readonly HashSet<string> OpeningNo = new(StringComparer.Ordinal) { "nope", "nah" };

    /// <summary>
    /// The answer a message opens with, before what it goes on to say: a yes or no ("yes, her daughter", "nope - left
    /// in the summer") as the step's yes or no choice, else an answer then explained (<see cref="OpeningClause"/>);
    /// null for a question or a message of one word. Not a whole answer: the turn offers it to confirm, never takes it
    /// as said.
    /// </summary>
    public static string? Opening(WalkStep step, string? text)
    {
        var said = (text ?? "").TrimStart();
        if (said.Length == 0 || said.Contains('?')) return null;
        var end = 0;
        while (end < said.Length && char.IsLetter(said[end])) end++;
        if (end == said.Length) return null; // the whole message is one word: a whole answer or nothing
        var first = said[..end].ToLowerInvariant();
        var next = end;
        while (next < said.Length && said[next] == ' ') next++;
        var stop = next < said.Length && said[next] is ',' or '.' or ';' or ':' or '-' or '!' or '\u2013' or '\u2014';
        bool? yes = OpeningYes.Contains(first) ? true
            : OpeningNo.Contains(first) || (first == "no" && stop) ? false
            : null;
        return yes is { } y ? Starting(step, y ? "yes" : "no") : OpeningClause(step, said);
    }

    /// <summary>
    /// An answer given first and then explained ("review, the SW is doing it next week", "charging - will she have to
    /// pay"): the words before the first comma, dash, colon or semicolon, read as a whole answer.
    /// </summary>
    private static string? OpeningClause(WalkStep step, string said)
    {
        var cut = said.IndexOfAny([',', ';', ':', '\u2013', '\u2014']);
        var dash = said.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && (cut < 0 || dash < cut)) cut = dash;
        if (cut <= 0 || Words.Of(said[..cut]).Length is 0 or > 4) return null;
        return Recognize(step, said[..cut]);
    }

    /// <summary>The one choice whose value is yes/no or whose label starts with the word Yes/No ("Yes, they want one").</summary>
    private static string? Starting(WalkStep step, string word)
    {
        var exact = step.Choices.FirstOrDefault(c => c.Value == word);
        if (exact is not null) return exact.Value;
        var starting = step.Choices.Where(c => Words.Of(c.Label) is { Length: > 0 } w && w[0] == word).ToList();
        return starting.Count == 1 ? starting[0].Value : null;
    }

    /// <summary>Words that appear, in order, in exactly one choice's label ("an assessment", "neither").</summary>
    private static string? UniquePart(WalkStep step, string said)
    {
        var typed = Words.Of(said);
        if (typed.Length == 0 || typed.Sum(w => w.Length) < 4) return null;
        var phrase = new Phrase(said);
        var matching = step.Choices.Where(c => phrase.In(Words.Of(c.Label)).Any()).ToList();
        return matching.Count == 1 ? matching[0].Value : null;
    }
}
