using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Tests.Content.Walks;
namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>The safeguarding walk must be one word away at any moment, and 999 one answer away.</summary>
public sealed class SafeguardingTurnTests
{
    private static QuestionReply AsQuestion(Reply reply, string walkId, string stepId)
    {
        var question = Assert.IsType<QuestionReply>(reply);
        Assert.Equal(walkId, question.Walk.Id);
        Assert.Equal(stepId, question.Step.Id);
        return question;
    }

    [Theory]
    [InlineData("confidentiality", "1")]          // mid-question: "Has the person agreed...?"
    [InlineData("information-and-advice", "1")]   // mid-question: "Will they need support to understand...?"
    [InlineData("advocacy", "1")]                 // mid-question: substantial difficulty
    public void Typing_safeguarding_in_the_middle_of_another_walk_starts_it_at_the_danger_question(string walk, string firstAnswer)
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say(walk);
        Assert.IsType<QuestionReply>(chat.Say(firstAnswer));
        AsQuestion(chat.Say("safeguarding"), "safeguarding", "danger");
    }

    [Theory]
    [InlineData("generic", "you should contact the police by ringing 999.")]
    [InlineData("dorset", "you should contact the police by dialing 999.")]
    [InlineData("barking-dagenham", "you should contact the police by dialling 999")]
    public void Immediate_danger_gives_999_in_one_answer(string profile, string locator)
    {
        var chat = new Conversation(RepoWalks.Catalog, profile);
        AsQuestion(chat.Say("safeguarding"), "safeguarding", "danger");
        var outcome = Assert.IsType<OutcomeReply>(chat.Say("yes"));
        var at = Assert.IsType<AtOutcome>(outcome.Result.Position);
        Assert.Equal("emergency", at.Outcome.Id);
        Assert.Contains(at.Outcome.Sources, c => c.Source == profile && c.Locator == locator);
    }
}
