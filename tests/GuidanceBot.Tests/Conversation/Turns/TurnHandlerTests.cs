using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Tests.Content.Walks;
namespace GuidanceBot.Tests.Conversation.Turns;

public sealed class TurnHandlerTests
{
    private static Conversation New() => new(RepoWalks.Catalog);

    private static QuestionReply AsQuestion(Reply reply, string stepId)
    {
        var question = Assert.IsType<QuestionReply>(reply);
        Assert.Equal(stepId, question.Step.Id);
        return question;
    }

    [Fact]
    public void Typing_the_walk_key_word_starts_the_walk_at_its_first_question()
    {
        var question = AsQuestion(New().Say("advocacy"), "process");
        Assert.Equal(1, question.Number);
        Assert.False(question.CanGoBack);
    }

    [Theory]
    [InlineData("Independent advocacy")]
    [InlineData("IMCA")]
    [InlineData("is an advocate needed")]
    public void A_walk_name_or_a_key_word_in_a_short_request_starts_it(string typed) =>
        AsQuestion(New().Say(typed), "process");

    [Fact]
    public void Anything_the_bot_cannot_place_gets_the_menu()
    {
        var menu = Assert.IsType<MenuReply>(New().Say("what's for lunch"));
        Assert.Equal(Notice.NothingMatched, menu.Notice);
    }

    [Fact]
    public void A_typed_choice_label_or_number_answers_the_question()
    {
        var chat = New();
        chat.Say("advocacy");
        AsQuestion(chat.Say("An assessment (needs or carer's)"), "difficulty");
        var appropriate = AsQuestion(chat.Say("yes"), "appropriate");
        Assert.Equal(3, appropriate.Number);
        Assert.True(appropriate.CanGoBack);
        AsQuestion(chat.Say("2"), "specialist");
    }

    [Fact]
    public void An_unreadable_answer_is_asked_again_politely_and_changes_nothing()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        var before = chat.State;
        var again = AsQuestion(chat.Say("she might, it depends"), "difficulty");
        Assert.Equal(Notice.Unreadable, again.Notice);
        Assert.Same(before, chat.State);
    }

    [Fact]
    public void A_sentence_mentioning_a_key_word_mid_question_does_not_restart_the_walk()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        chat.Say("yes");
        var again = AsQuestion(chat.Say("her daughter is her advocate"), "appropriate");
        Assert.Equal(Notice.Unreadable, again.Notice);
        Assert.Equal(2, chat.State.Stack.Single().Answers.Count);
    }

    [Fact]
    public void Help_shows_the_current_question_with_its_help_text()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        var help = AsQuestion(chat.Say("help"), "difficulty");
        Assert.True(help.ShowHelp);
        Assert.NotNull(help.Step.Help);
    }

    [Fact]
    public void Back_undoes_the_last_answer_and_asks_that_question_again()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        chat.Say("yes");
        var back = AsQuestion(chat.Say("back"), "difficulty");
        Assert.Equal(Notice.WentBack, back.Notice);
        Assert.Single(chat.State.Stack.Single().Answers);
    }

    [Fact]
    public void Back_after_an_outcome_reopens_the_last_question()
    {
        var chat = New();
        chat.Say("advocacy");
        Assert.IsType<OutcomeReply>(chat.Say("5"));
        AsQuestion(chat.Say("back"), "process");
    }

    [Fact]
    public void Unplaced_text_after_an_outcome_shows_the_menu_and_back_still_reopens_the_walk()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("5");
        Assert.Equal(Notice.NothingMatched, Assert.IsType<MenuReply>(chat.Say("thanks")).Notice);
        AsQuestion(chat.Say("back"), "process");
    }

    [Fact]
    public void Back_on_the_first_question_says_so()
    {
        var chat = New();
        chat.Say("advocacy");
        Assert.Equal(Notice.FirstQuestion, AsQuestion(chat.Say("back"), "process").Notice);
    }

    [Fact]
    public void Start_over_clears_the_answers_of_the_walk()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        chat.Say("yes");
        Assert.Equal(Notice.StartedOver, AsQuestion(chat.Say("start over"), "process").Notice);
        Assert.Empty(chat.State.Stack.Single().Answers);
    }

    [Fact]
    public void Cancel_leaves_the_walk_and_shows_the_menu()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        Assert.Equal(Notice.Cancelled, Assert.IsType<MenuReply>(chat.Say("cancel")).Notice);
        Assert.Empty(chat.State.Stack);
    }

    [Fact]
    public void A_greeting_mid_question_closes_the_walk_and_says_so()
    {
        var chat = New();
        chat.Say("advocacy");
        Assert.Equal(Notice.Cancelled, Assert.IsType<MenuReply>(chat.Say("hello")).Notice);
        Assert.Empty(chat.State.Stack);
    }

    [Fact]
    public void A_card_click_answers_the_question_on_screen()
    {
        var chat = New();
        chat.Click(new StartAction("advocacy"));
        AsQuestion(chat.Click(new AnswerAction("advocacy", "process", "review")), "difficulty");
    }

    [Fact]
    public void A_click_on_an_already_answered_question_changes_nothing()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Click(new AnswerAction("advocacy", "process", "review"));
        var before = chat.State;
        var stale = AsQuestion(chat.Click(new AnswerAction("advocacy", "process", "none")), "difficulty");
        Assert.Equal(Notice.StaleClick, stale.Notice);
        Assert.Same(before, chat.State);
    }

    [Fact]
    public void A_click_with_a_value_that_is_not_a_choice_is_not_an_answer()
    {
        var chat = New();
        chat.Say("advocacy");
        AsQuestion(chat.Click(new AnswerAction("advocacy", "process", "something-else")), "process");
        Assert.Empty(chat.State.Stack.Single().Answers);
    }

    [Fact]
    public void Command_buttons_work_like_typed_commands()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        AsQuestion(chat.Click(new CommandAction(Command.Back)), "process");
    }

    [Fact]
    public void The_welcome_is_shown_once_per_conversation()
    {
        var chat = New();
        Assert.IsType<WelcomeReply>(Assert.Single(chat.Send(new MembersAddedInput())));
        Assert.Empty(chat.Send(new MembersAddedInput()));
        Assert.Empty(chat.Send(new InstallationInput(Removed: false)));
    }

    [Fact]
    public void Removing_the_app_forgets_the_conversation()
    {
        var result = RepoWalks.Handler().Handle(ConversationState.Empty with { Welcomed = true }, new InstallationInput(Removed: true), RepoWalks.Context());
        Assert.True(result.Forget);
    }

    [Fact]
    public void State_keeps_chosen_values_and_never_the_words_typed()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("An assessment (needs or carer's)");
        chat.Say("Yes!");
        chat.Say("Mr Example at 1 Sample Street");
        var json = StateSerializer.Serialize(chat.State);
        Assert.Contains("\"assessment\"", json);
        Assert.DoesNotContain("Example", json);
        Assert.DoesNotContain("Yes!", json);
        Assert.DoesNotContain("carer's", json);
    }

    [Fact]
    public void Answers_stored_for_a_walk_that_changed_are_trimmed_to_what_still_fits()
    {
        var chat = New();
        chat.Say("advocacy");
        var state = ConversationState.Empty with
        {
            Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment"), new Answer("gone", "x")])],
        };
        var result = RepoWalks.Handler().Handle(state, new MessageInput("help", null, false), RepoWalks.Context());
        Assert.Single(result.State.Stack.Single().Answers);
    }

    [Fact]
    public void Change_authority_offers_the_procedure_picker_and_keeps_the_walk()
    {
        var chat = New();
        chat.Say("advocacy");
        chat.Say("1");
        Assert.IsType<AuthorityReply>(chat.Say("change authority"));
        var back = AsQuestion(chat.Click(new AuthorityAction("dorset")), "difficulty");
        Assert.Equal(Notice.AuthorityChanged, back.Notice);
        Assert.Equal("dorset", chat.State.Authority);
    }

    [Fact]
    public void Choosing_an_authority_outside_a_walk_shows_the_menu()
    {
        var chat = New();
        Assert.Equal(Notice.AuthorityChanged, Assert.IsType<MenuReply>(chat.Click(new AuthorityAction("rotherham"))).Notice);
        Assert.Equal("rotherham", chat.State.Authority);
    }

    [Fact]
    public void An_unknown_authority_is_not_stored_and_the_picker_comes_back()
    {
        var chat = New();
        Assert.IsType<AuthorityReply>(chat.Click(new AuthorityAction("atlantis")));
        Assert.Null(chat.State.Authority);
    }

    public static TheoryData<string, string> StoryCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in StoryTable.Files())
        {
            var table = StoryTable.Load(file);
            foreach (var c in table.Cases) data.Add(table.Walk, c.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StoryCases))]
    public void Every_story_case_reaches_its_outcome_when_typed_turn_by_turn(string walkId, string caseName)
    {
        var walk = RepoWalks.Catalog.Get(walkId);
        var table = StoryTable.Files().Select(StoryTable.Load).Single(t => t.Walk == walkId);
        var story = table.Cases.Single(c => c.Name == caseName);
        var chat = new Conversation(RepoWalks.Catalog, story.Authority ?? "generic");
        Reply reply = chat.Say(walk.Id);
        var typedByNumber = false;
        foreach (var answer in StoryTable.AnswersFor(walk, story, story.Authority ?? "generic"))
        {
            var step = AsQuestion(reply, answer.StepId).Step;
            var index = step.Choices.ToList().FindIndex(c => c.Value == answer.Value);
            // Alternate between typing the label and typing the number, as workers do.
            reply = chat.Say(typedByNumber ? (index + 1).ToString() : step.Choices[index].Label);
            typedByNumber = !typedByNumber;
        }
        var outcome = Assert.IsType<OutcomeReply>(reply);
        Assert.Equal(story.Outcome, outcome.Result.Position is GuidanceBot.Conversation.Decisions.AtOutcome at ? at.Outcome.Id : null);
    }
}
