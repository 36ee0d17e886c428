using GuidanceBot.Content.Walks;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>An answer a message states for one of a walk's questions, and the words that stated it.</summary>
public sealed record StatedAnswer(string StepId, string Value, string Cue);

/// <summary>
/// The answers a message states plainly, by the cue phrases a walk's questions declare (dialogs/*.yaml, `cues`).
/// Never by similarity, never guessed: a cue counts only as whole words, not after "not", "no", "if", "whether",
/// "unsure" and the like, not inside a question ("is there an appropriate person?"), and a question whose cues
/// for two different answers both appear gets nothing. Whatever is found is shown to the worker to confirm.
/// </summary>
public static class AnswerCues
{
    private static readonly HashSet<string> Doubt = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "if", "whether", "unsure", "maybe", "might", "may", "possibly", "perhaps",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "hasnt", "havent", "cant", "wont", "wouldnt", "or",
    };

    public static IReadOnlyList<StatedAnswer> Find(Walk walk, string text, string? onlyStep = null)
    {
        var clauses = Clauses(text);
        var stated = new List<StatedAnswer>();
        foreach (var step in walk.Steps.Where(s => onlyStep is null || s.Id == onlyStep))
        {
            var hits = new List<(string Value, string Cue)>();
            foreach (var choice in step.Choices)
            foreach (var cue in choice.Cues)
            {
                var phrase = new Phrase(cue);
                if (clauses.Any(c => !c.IsQuestion && phrase.In(c.Words).Any(o => !Doubted(c.Words, o))))
                    hits.Add((choice.Value, cue));
            }
            var values = hits.Select(h => h.Value).Distinct().ToList();
            if (values.Count == 1) stated.Add(new StatedAnswer(step.Id, values[0], hits[0].Cue));
        }
        return stated;
    }

    /// <summary>One of the three words before the cue casts doubt on it.</summary>
    private static bool Doubted(string[] words, Occurrence at)
    {
        for (var i = Math.Max(0, at.Start - 3); i < at.Start; i++)
            if (Doubt.Contains(words[i])) return true;
        return false;
    }

    private sealed record Clause(string[] Words, bool IsQuestion);

    /// <summary>Sentences and dash- or semicolon-separated parts; a part ending with "?" asks rather than states.</summary>
    private static List<Clause> Clauses(string text)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var ch = end ? '\0' : text[i];
            var dash = !end && (ch is '\u2013' or '\u2014' || (ch == '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' '));
            if (!end && ch is not ('.' or '?' or '!' or ';' or '\n') && !dash) continue;
            var words = Words.Of(text[start..i]);
            if (words.Length > 0) clauses.Add(new Clause(words, ch == '?'));
            start = i + 1;
        }
        return clauses;
    }
}
