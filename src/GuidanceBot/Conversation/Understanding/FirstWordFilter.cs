namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Can any of these phrases occur in a message? A phrase can only be found where its first word is, so a message none
/// of whose words match any first word (as <see cref="Words.Same"/> or, with slips, <see cref="Words.OneSlip"/>)
/// contains none of them. Answers that in one pass over the message's words, so the full search runs only for the
/// few messages that could match: most typed answers ("yes", "assessment") and most questions.
/// </summary>
public sealed class FirstWordFilter
{
    // Each first word, and each first word ending in "s" without it: a message word m is Same as a first word p
    // exactly when m is in this set, or m ends in "s" and m without it is.
    private readonly HashSet<string> _same;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool _allowSlips;
    private readonly string[] _long; // first words long enough for a slip (Words.OneSlip decides)

    public FirstWordFilter(IEnumerable<Phrase> phrases, bool allowSlips)
    {
        var first = phrases.Where(p => p.Words.Length > 0).Select(p => p.Words[0]).Distinct(StringComparer.Ordinal).ToArray();
        _same = new HashSet<string>(first, StringComparer.Ordinal);
        foreach (var word in first)
            if (word.Length > 1 && word[^1] == 's') _same.Add(word[..^1]);
        _lookup = _same.GetAlternateLookup<ReadOnlySpan<char>>();
        _allowSlips = allowSlips;
        _long = first.Where(w => w.Length >= 7).ToArray();
    }

    public bool MayOccurIn(string[] message)
    {
        foreach (var word in message)
        {
            if (_lookup.Contains(word) || (word.Length > 1 && word[^1] == 's' && _lookup.Contains(word.AsSpan(0, word.Length - 1))))
                return true;
            if (!_allowSlips || word.Length < 6) continue; // a slip is one edit of a 7+ letter word
            foreach (var phraseWord in _long)
                if (Words.OneSlip(word, phraseWord)) return true;
        }
        return false;
    }
}
