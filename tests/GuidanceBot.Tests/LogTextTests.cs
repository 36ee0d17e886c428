namespace GuidanceBot.Tests;

/// <summary>An identifier a client sent cannot forge log lines, reorder what a reader sees, or fill the log.</summary>
public sealed class LogTextTests
{
    [Theory]
    [InlineData("msteams", "msteams")]
    [InlineData("a\nforged line", "a?forged line")]
    [InlineData("a\r\nb", "a??b")]
    [InlineData("te\u202ets", "te?ts")]
    [InlineData("\u2066isolate\u2069", "?isolate?")]
    [InlineData("zero\u200bwidth", "zero?width")]
    [InlineData("nul\0", "nul?")]
    [InlineData("line\u2028para\u2029", "line?para?")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    public void Control_format_direction_and_broken_surrogate_characters_become_question_marks(string value, string expected)
    {
        Assert.Equal(expected, LogText.Safe(value));
    }

    /// <summary>Not theory data: the test runner carries its data as UTF-8, which turns a lone surrogate into U+FFFD.</summary>
    [Fact]
    public void A_lone_surrogate_of_either_half_becomes_a_question_mark()
    {
        Assert.Equal("lone?", LogText.Safe("lone" + (char)0xD800));
        Assert.Equal("?low", LogText.Safe((char)0xDC00 + "low"));
        Assert.Equal("a??b", LogText.Safe("a" + (char)0xDC00 + (char)0xD800 + "b")); // the halves in the wrong order are no pair
    }

    [Fact]
    public void A_long_identifier_is_cut()
    {
        var safe = LogText.Safe(new string('x', 10_000));
        Assert.Equal(new string('x', LogText.MaxLength) + "...", safe);
    }

    [Fact]
    public void A_surrogate_pair_cut_in_half_at_the_limit_leaves_no_broken_half()
    {
        var value = new string('x', LogText.MaxLength - 1) + "\ud83d\ude00";
        Assert.DoesNotContain(LogText.Safe(value), c => char.IsSurrogate(c));
    }

    [Fact]
    public void A_missing_identifier_is_named_as_none()
    {
        Assert.Equal("(none)", LogText.Safe(null));
    }
}
