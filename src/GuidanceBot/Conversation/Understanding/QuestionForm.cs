namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Whether a message asks about the procedure itself ("what does a Care Act advocate do?", "what should a referral
/// include?", "explain substantial difficulty") rather than for a decision about a situation ("does she need an
/// advocate?"). Read from how it starts; the answer is the worker's own procedure's passages, with the walk to run.
/// </summary>
public static class QuestionForm
{
    private static readonly string[][] Openings =
    [
        ["what", "is"], ["what", "are"], ["what", "does"], ["what", "do"], ["whats"], ["what", "counts"], ["what", "should"],
        ["what", "information"], ["what", "info"], ["what", "happens"], ["what", "must"], ["what", "can"], ["what", "the"],
        ["who", "can"], ["who", "is"], ["who", "are"], ["who", "counts"], ["whos"],
        ["why"], ["explain"], ["define"], ["definition"], ["meaning", "of"], ["tell", "me", "about"],
        ["is", "there", "a", "difference"], ["difference", "between"], ["how", "is"], ["how", "does"], ["when", "does"],
        ["where", "does"], ["where", "do"], ["where", "is"], ["wheres"], ["where", "are"], ["is", "there"], ["is", "this", "procedure"],
    ];

    /// <summary>Words that, anywhere in a question, show it is about the procedure or the law rather than a person.</summary>
    private static readonly string[][] About =
    [
        ["procedure"], ["procedures"], ["the", "same", "as"], ["a", "power", "or", "a", "duty"], ["power", "or", "duty"], ["what", "counts", "as"],
    ];

    public static bool AsksAboutTheProcedure(string[] words)
    {
        // Skip a greeting or a role ("hi", "new starter -", "OT here,") before the question itself.
        for (var skip = 0; skip <= Math.Min(3, words.Length - 1); skip++)
            if (Openings.Any(o => StartsWith(words, skip, o))) return true;
        for (var at = 0; at < words.Length; at++)
            if (About.Any(a => StartsWith(words, at, a))) return true;
        return false;
    }

    private static bool StartsWith(string[] words, int from, string[] opening)
    {
        if (from + opening.Length > words.Length) return false;
        for (var i = 0; i < opening.Length; i++)
            if (words[from + i] != opening[i]) return false;
        return true;
    }
}
