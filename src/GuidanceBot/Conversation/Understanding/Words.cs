using System.Text;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// A message as words, the one way phrases (cues, risk words, authority names) are matched: lower case, apostrophes
/// dropped ("won't" = "wont", "she's" = "shes"), every other character that is not a letter, a digit or '&amp;' a
/// space ("self-harm" = "self harm"). "B&amp;D" stays one word.
/// </summary>
public static class Words
{
    public static string[] Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\'' or '\u2019' or '\u2018' or '`') continue;
            if (char.IsLetterOrDigit(ch) || ch == '&') builder.Append(char.ToLowerInvariant(ch));
            else builder.Append(' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A message word matches a phrase word when equal, or equal but for a final "s" ("stabs" and "stab", "babys" and "baby").</summary>
    public static bool Same(string messageWord, string phraseWord) =>
        messageWord == phraseWord
        || (messageWord.Length == phraseWord.Length + 1 && messageWord[^1] == 's' && messageWord.StartsWith(phraseWord, StringComparison.Ordinal))
        || (phraseWord.Length == messageWord.Length + 1 && phraseWord[^1] == 's' && phraseWord.StartsWith(messageWord, StringComparison.Ordinal));

    /// <summary>
    /// One typing slip in a long word: the same first letter and one edit (a letter added, dropped, changed, or two
    /// neighbours swapped). Only for phrase words of 7+ letters: shorter ones would match ordinary words
    /// ("shoes"/"shoves").
    /// </summary>
    public static bool OneSlip(string messageWord, string phraseWord)
    {
        if (phraseWord.Length < 7 || messageWord.Length == 0 || messageWord[0] != phraseWord[0]) return false;
        if (Math.Abs(messageWord.Length - phraseWord.Length) > 1) return false;
        return Distance(messageWord, phraseWord) <= 1;
    }

    /// <summary>Optimal string alignment distance (edits, counting a swap of neighbours as one), in three rows on the stack.</summary>
    public static int Distance(string a, string b)
    {
        if (b.Length > 64) return Math.Max(a.Length, b.Length); // words, not texts
        Span<int> before = stackalloc int[b.Length + 1], previous = stackalloc int[b.Length + 1], row = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, before[j - 2] + 1);
                row[j] = d;
            }
            var spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return previous[b.Length];
    }
}

/// <summary>Where a phrase occurs in a message's words.</summary>
public readonly record struct Occurrence(int Start, int Length)
{
    public int End => Start + Length;
    public bool Within(Occurrence other) => Start >= other.Start && End <= other.End;
}

/// <summary>A phrase as words, found in a message as consecutive whole words.</summary>
public sealed class Phrase(string text)
{
    public string Text { get; } = text;
    public string[] Words { get; } = Understanding.Words.Of(text);

    /// <param name="exact">Words equal as written: no final "s" folded (so "cares for" is not found in "care for").</param>
    public IEnumerable<Occurrence> In(string[] message, bool allowSlips = false, bool exact = false)
    {
        if (Words.Length == 0) yield break;
        for (var i = 0; i + Words.Length <= message.Length; i++)
        {
            var all = true;
            for (var k = 0; k < Words.Length && all; k++)
                all = (exact ? message[i + k] == Words[k] : Understanding.Words.Same(message[i + k], Words[k])) || (allowSlips && Understanding.Words.OneSlip(message[i + k], Words[k]));
            if (all) yield return new Occurrence(i, Words.Length);
        }
    }
}
