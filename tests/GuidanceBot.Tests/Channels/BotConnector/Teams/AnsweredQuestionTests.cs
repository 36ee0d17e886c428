using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Tests.Content.Walks;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

/// <summary>The turn says which question a card click answered, so the front door can show that card as answered.</summary>
public sealed class AnsweredQuestionTests
{
    private readonly TurnHandler _handler = RepoWalks.Handler();
    private ConversationState _state = ConversationState.Empty;

    private TurnResult Send(TurnInput input)
    {
        var result = _handler.Handle(_state, input, RepoWalks.Context("generic"));
        _state = result.State;
        return result;
    }

    private TurnResult Click(CardAction action) => Send(new MessageInput(null, action, HasValue: true));

    [Fact]
    public void Handle_AcceptedCardClick_NamesTheQuestionAndTheChosenLabel()
    {
        Send(new MessageInput("advocacy", null, false));
        var answered = Click(new AnswerAction("advocacy", "process", "assessment")).Answered;

        Assert.NotNull(answered);
        Assert.Equal("advocacy", answered.Walk.Id);
        Assert.Equal("process", answered.Step.Id);
        Assert.Equal(1, answered.Number);
        Assert.Equal("assessment", answered.Chosen.Value);
        Assert.Equal("An assessment (needs or carer's)", answered.Chosen.Label);
    }

    [Fact]
    public void Handle_SecondQuestionAnswered_IsNumberTwo()
    {
        Send(new MessageInput("advocacy", null, false));
        Click(new AnswerAction("advocacy", "process", "assessment"));
        Assert.Equal(2, Click(new AnswerAction("advocacy", "difficulty", "yes")).Answered?.Number);
    }

    [Fact]
    public void Handle_StaleCardClick_AnswersNothing()
    {
        Send(new MessageInput("advocacy", null, false));
        Click(new AnswerAction("advocacy", "process", "assessment"));
        Assert.Null(Click(new AnswerAction("advocacy", "process", "review")).Answered);
    }

    [Fact]
    public void Handle_TypedAnswer_AnswersNoCard()
    {
        // A typed answer was not a click on a card, so there is no card to update.
        Send(new MessageInput("advocacy", null, false));
        Assert.Null(Send(new MessageInput("1", null, false)).Answered);
    }

    [Fact]
    public void Handle_CommandClick_AnswersNothing()
    {
        Send(new MessageInput("advocacy", null, false));
        Assert.Null(Click(new CommandAction(Command.Help)).Answered);
    }
}
