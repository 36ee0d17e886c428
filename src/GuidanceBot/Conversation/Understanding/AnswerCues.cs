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
            foreach (var phrase in PhrasesOf(choice))
            {
                if (clauses.Any(c => !c.IsQuestion && phrase.In(c.Words).Any(o => !Doubted(c.Words, o))))
                    hits.Add((choice.Value, phrase.Text));
            }
            var values = hits.Select(h => h.Value).Distinct().ToList();
            if (values.Count == 1) stated.Add(new StatedAnswer(step.Id, values[0], hits[0].Cue));
        }
        return stated;
    }

    // Words that say nothing beside an answer ("she has no family", "no, he's got nobody really").
    private static readonly HashSet<string> Bare = new(StringComparer.Ordinal)
    {
        "she", "he", "they", "shes", "hes", "theyre", "has", "have", "hasnt", "havent", "got", "gotten", "is", "isnt",
        "are", "there", "theres", "no", "yes", "yeah", "nope", "nah", "not", "none", "really", "at", "all", "any", "just",
        "only", "so", "well", "um", "erm", "i", "think", "afraid", "sadly", "unfortunately", "as", "far", "know", "we",
        "the", "a", "an", "her", "him", "his", "them", "their", "that", "thats", "its", "it", "to", "of", "and",
    };

    /// <summary>
    /// The message says the stated answer and nothing else: take away the cue's words, and only words that add
    /// nothing are left ("she has no family"; not "no family, she fell last night"). False for the answer a message opens
    /// with (<see cref="AnswerRecognizer.Opening"/>), whose cue is not in the message.
    /// </summary>
    public static bool SaysOnly(StatedAnswer answer, string text)
    {
        var words = Understanding.Words.Of(text);
        var cue = new Phrase(answer.Cue);
        if (cue.Words.Length == 0 || cue.In(words).Select(o => (Occurrence?)o).FirstOrDefault() is not { } at) return false;
        return words.Where((_, i) => i < at.Start || i >= at.Start + at.Length).All(Bare.Contains);
    }

    /// <summary>Each choice's cues as phrases, made once: walks are fixed at start-up and this runs on every message.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Choice, Phrase[]> Phrases = new();

    private static Phrase[] PhrasesOf(Choice choice) => Phrases.GetValue(choice, c => c.Cues.Select(cue => new Phrase(cue)).ToArray());

    /// <summary>One of the three words before the cue casts doubt on it.</summary>
    private static bool Doubted(string[] words, Occurrence at)
    {
        for (var i = Math.Max(0, at.Start - 3); i < at.Start; i++)
            if (Doubt.Contains(words[i])) return true;
        return false;
    }

    private sealed record Clause(string[] Words, bool IsQuestion);

    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "is", "are", "does", "do", "did", "can", "could", "should", "would", "will", "has", "have", "was", "were",
        "what", "whats", "who", "whos", "which", "when", "where", "why", "how",
    };

    /// <summary>
    /// Sentences, split again at commas, dashes and semicolons. A part asks rather than states when it opens with a
    /// question word ("is he sectioned"), or when it is the last part of a sentence that ends with "?"
    /// ("no family at all, does he need an advocate?": only the last part asks).
    /// </summary>
    private static List<Clause> Clauses(string text)
    {
        var clauses = new List<Clause>();
        var parts = new List<string[]>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var ch = end ? '\0' : text[i];
            var dash = !end && (ch is '\u2013' or '\u2014' || (ch == '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' '));
            var sentenceEnd = end || ch is '.' or '?' or '!' or '\n';
            if (!sentenceEnd && !dash && ch is not (';' or ',')) continue;
            var words = Words.Of(text[start..i]);
            if (words.Length > 0) parts.Add(words);
            start = i + 1;
            if (!sentenceEnd) continue;
            for (var p = 0; p < parts.Count; p++)
                clauses.Add(new Clause(parts[p], Asking.Contains(parts[p][0]) || (ch == '?' && p == parts.Count - 1)));
            parts.Clear();
        }
        return clauses;
    }
}
