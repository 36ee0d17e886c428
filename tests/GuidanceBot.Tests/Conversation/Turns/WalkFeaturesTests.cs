using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Tests.Content.Walks;
namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>What a worker can do around a walk: change an earlier answer, keep a record, follow an offer.</summary>
public sealed class WalkFeaturesTests
{
    private static Conversation AtReferOutcome()
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say("advocacy");
        foreach (var answer in new[] { "1", "yes", "no", "3", "1", "yes" }) chat.Say(answer);
        return chat;
    }

    [Fact]
    public void Picking_an_earlier_question_reruns_the_walk_from_there()
    {
        var chat = AtReferOutcome();
        var question = Assert.IsType<QuestionReply>(chat.Click(new ChangeAction("advocacy", "appropriate")));
        Assert.Equal("appropriate", question.Step.Id);
        Assert.Equal(Notice.ChangingAnswer, question.Notice);
        Assert.Equal(["process", "difficulty"], chat.State.Stack.Single().Answers.Select(a => a.StepId));
        var outcome = Assert.IsType<OutcomeReply>(chat.Say("yes"));
        Assert.Equal("appropriate-person", ((AtOutcome)outcome.Result.Position).Outcome.Id);
    }

    [Fact]
    public void Changing_a_question_that_was_not_on_the_path_is_a_stale_click()
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say("advocacy");
        chat.Say("5");
        var before = chat.State;
        Assert.Equal(Notice.StaleClick, Assert.IsType<OutcomeReply>(chat.Click(new ChangeAction("advocacy", "appropriate"))).Notice);
        Assert.Same(before, chat.State);
    }

    [Fact]
    public void Record_gives_the_decision_record_of_a_finished_walk_dated_today()
    {
        var record = Assert.IsType<RecordReply>(AtReferOutcome().Say("record"));
        Assert.Equal(new DateOnly(2026, 3, 2), record.Date);
        Assert.Equal("refer", ((AtOutcome)record.Result.Position).Outcome.Id);
    }

    [Fact]
    public void Record_before_an_outcome_says_it_comes_at_the_end()
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say("advocacy");
        Assert.Equal(Notice.NoRecordYet, Assert.IsType<QuestionReply>(chat.Say("record")).Notice);
    }

    [Fact]
    public void An_offered_walk_starts_on_top_and_back_returns_to_the_outcome_that_offered_it()
    {
        var chat = AtReferOutcome();
        var offered = Assert.IsType<QuestionReply>(chat.Click(new StartAction("advocacy", Keep: true)));
        Assert.Equal("process", offered.Step.Id);
        Assert.True(offered.CanGoBack, "the offered walk's first question can go back to the outcome that offered it");
        Assert.Equal(2, chat.State.Stack.Count);
        var back = Assert.IsType<OutcomeReply>(chat.Say("back"));
        Assert.Equal(Notice.BackToOutcome, back.Notice);
        Assert.Equal("refer", ((AtOutcome)back.Result.Position).Outcome.Id);
        Assert.Single(chat.State.Stack);
    }

    [Fact]
    public void Starting_a_walk_from_the_menu_replaces_whatever_was_in_progress()
    {
        var chat = AtReferOutcome();
        chat.Click(new StartAction("advocacy"));
        Assert.Single(chat.State.Stack);
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("Don't know")]
    [InlineData("unsure")]
    public void Typed_doubt_picks_not_sure_where_the_question_offers_it(string typed)
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say("advocacy");
        chat.Say("1");
        var outcome = Assert.IsType<OutcomeReply>(chat.Say(typed));
        Assert.Equal("determine-difficulty", ((AtOutcome)outcome.Result.Position).Outcome.Id);
    }

    [Fact]
    public void Typed_doubt_is_re_asked_where_the_question_has_no_not_sure()
    {
        var chat = new Conversation(RepoWalks.Catalog);
        chat.Say("advocacy");
        Assert.Equal(Notice.Unreadable, Assert.IsType<QuestionReply>(chat.Say("not sure")).Notice);
    }

    [Fact]
    public void A_walks_own_first_question_has_no_back()
    {
        var chat = new Conversation(RepoWalks.Catalog);
        Assert.False(Assert.IsType<QuestionReply>(chat.Say("advocacy")).CanGoBack);
    }

    [Fact]
    public void A_stored_authority_that_is_no_longer_a_profile_falls_back_to_the_default()
    {
        var handler = RepoWalks.Handler();
        var state = GuidanceBot.Conversation.State.ConversationState.Empty with { Authority = "renamed-council" };
        var result = handler.Handle(state, new MessageInput("advocacy", null, false), RepoWalks.Context());
        Assert.Null(result.State.Authority);
    }
}
