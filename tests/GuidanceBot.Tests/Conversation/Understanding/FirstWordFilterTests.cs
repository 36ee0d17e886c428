using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>The shortcut must never hide a phrase the full search would find: it may say "maybe", never a wrong "no".</summary>
public sealed class FirstWordFilterTests
{
    private static readonly string[] Cues = ["hit", "stabs", "overdose", "strangled her", "no food"];

    private static FirstWordFilter Filter(bool slips) => new(Cues.Select(c => new Phrase(c)), slips);

    private static bool FullSearch(string message, bool slips) =>
        Cues.Select(c => new Phrase(c)).Any(p => p.In(Words.Of(message), slips).Any());

    [Theory]
    [InlineData("he hit her", true)]
    [InlineData("she hits him", true)]           // a plural the phrase word lacks
    [InlineData("threatened to stab", true)]     // a phrase word's plural the message lacks
    [InlineData("took an overdoes last night", true)] // one slip in a long word
    [InlineData("took an ovredose", true)]       // two neighbours swapped
    [InlineData("strangled", true)]              // the first word alone is a maybe; the full search decides
    [InlineData("yes", false)]
    [InlineData("assessment", false)]
    [InlineData("he is a hitter", false)]
    [InlineData("", false)]
    public void Says_maybe_wherever_a_first_word_could_match(string message, bool maybe)
    {
        Assert.Equal(maybe, Filter(slips: true).MayOccurIn(Words.Of(message)));
    }

    [Fact]
    public void Without_slips_a_slip_is_no_match()
    {
        Assert.False(Filter(slips: false).MayOccurIn(Words.Of("took an overdoes")));
    }

    [Fact]
    public void Never_says_no_where_the_full_search_finds_a_phrase()
    {
        // Every message of words near the cues' words, one to three words long, slips and plurals included.
        string[] vocabulary = ["hit", "hits", "hitt", "stab", "stabs", "overdose", "overdoes", "overdosed", "strangled", "her", "no", "nos", "food", "foods", "yes", "noo"];
        foreach (var slips in new[] { true, false })
        {
            var filter = Filter(slips);
            foreach (var a in vocabulary)
            foreach (var b in vocabulary)
            foreach (var message in new[] { a, $"{a} {b}", $"x {a} {b}" })
                if (FullSearch(message, slips))
                    Assert.True(filter.MayOccurIn(Words.Of(message)), $"'{message}' (slips: {slips})");
        }
    }
}
