using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Understanding;

public sealed class RecognizerTests
{
    private static readonly WalkStep YesNo = new("q", "Question?", null, AnswerKind.YesNo, "v",
        [new Choice("yes", "Yes"), new Choice("no", "No")], []);

    private static readonly WalkStep Choices = new("p", "Which process?", null, AnswerKind.Choice, "process",
        [new Choice("assessment", "Needs or carer's assessment"), new Choice("review", "Review of a plan"), new Choice("not-sure", "Not sure")], []);

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData(" Yes! ", "yes")]
    [InlineData("Y", "yes")]
    [InlineData("yeah", "yes")]
    [InlineData("yep.", "yes")]
    [InlineData("no", "no")]
    [InlineData("Nope", "no")]
    [InlineData("N", "no")]
    [InlineData("1", "yes")]
    [InlineData("2", "no")]
    public void Yes_no_questions_read_common_variants(string typed, string expected) =>
        Assert.Equal(expected, AnswerRecognizer.Recognize(YesNo, typed));

    [Theory]
    [InlineData("no, she has a sister")]
    [InlineData("maybe")]
    [InlineData("yes and no")]
    [InlineData("3")]
    [InlineData("")]
    public void Yes_no_questions_do_not_guess_at_sentences(string typed) =>
        Assert.Null(AnswerRecognizer.Recognize(YesNo, typed));

    [Theory]
    [InlineData("2", "review")]
    [InlineData("option 1", "assessment")]
    [InlineData("review of a plan", "review")]
    [InlineData("Needs or carer’s assessment", "assessment")]
    [InlineData("not sure", "not-sure")]
    [InlineData("REVIEW", "review")]
    public void Choice_questions_read_a_number_a_label_or_a_value(string typed, string expected) =>
        Assert.Equal(expected, AnswerRecognizer.Recognize(Choices, typed));

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("assess")]
    public void Choice_questions_refuse_what_is_not_a_choice(string typed) =>
        Assert.Null(AnswerRecognizer.Recognize(Choices, typed));

    [Fact]
    public void A_card_value_must_be_one_of_the_steps_choices()
    {
        Assert.Equal("review", AnswerRecognizer.FromCard(Choices, "review"));
        Assert.Null(AnswerRecognizer.FromCard(Choices, "yes"));
    }

    [Theory]
    [InlineData("help", Command.Help)]
    [InlineData("Back", Command.Back)]
    [InlineData("go back", Command.Back)]
    [InlineData("start over", Command.StartOver)]
    [InlineData("Start again.", Command.StartOver)]
    [InlineData("cancel", Command.Cancel)]
    [InlineData("menu", Command.Menu)]
    public void Commands_are_recognised_in_their_common_forms(string typed, Command expected) =>
        Assert.Equal(expected, CommandRecognizer.Recognize(typed));

    [Theory]
    [InlineData("I need help with advocacy")]
    [InlineData("backwards")]
    public void Commands_are_whole_phrases_only(string typed) =>
        Assert.Null(CommandRecognizer.Recognize(typed));
}
