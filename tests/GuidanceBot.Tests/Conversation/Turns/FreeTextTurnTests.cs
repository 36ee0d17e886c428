using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Tests.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>What a worker types, routed: safeguarding first, the authority named, answers confirmed, the walk it asks for.</summary>
[Collection(UnderstandingCollection.Name)]
public sealed class FreeTextTurnTests(UnderstandingFixture understanding)
{
    private Conversation Chat(string profile = "generic") => new(RepoWalks.Catalog, profile, understanding.Understander);

    /// <summary>The advocacy walk at its question "Is there an appropriate person to support and represent them?".</summary>
    private Conversation AtAppropriatePerson()
    {
        var chat = Chat();
        chat.Say("advocacy");
        chat.Click(new AnswerAction("advocacy", "process", "assessment"));
        Assert.Equal("appropriate", Assert.IsType<QuestionReply>(chat.Click(new AnswerAction("advocacy", "difficulty", "yes"))).Step.Id);
        return chat;
    }

    public static TheoryData<string> WalkIds() => [.. RepoWalks.Catalog.Walks.Select(w => w.Id)];

    /// <summary>Every state a walk can be in: each path of answers, cut at every length (a question on screen, or an outcome).</summary>
    private static IEnumerable<IReadOnlyList<Answer>> States(Walk walk)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<List<Answer>>([[]]);
        while (queue.TryDequeue(out var answers))
        {
            if (!seen.Add(string.Join(";", answers.Select(a => a.StepId + "=" + a.Value)))) continue;
            yield return answers;
            if (WalkReplay.Replay(walk, answers, "generic").Position is not AtStep at) continue;
            foreach (var choice in at.Step.Choices) queue.Enqueue([.. answers, new Answer(at.Step.Id, choice.Value)]);
        }
    }

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Safeguarding_comes_first_from_every_state_of_every_walk_and_the_walk_is_kept(string walkId)
    {
        // Words alone carry this message: no model is needed for risk by words.
        var handler = new TurnHandler(RepoWalks.Catalog, RepoWalks.Procedures, understanding.Understander);
        var walk = RepoWalks.Catalog.Get(walkId);
        foreach (var answers in States(walk))
        {
            var state = ConversationState.Empty with { Stack = [new DialogFrame(walkId, [.. answers])] };
            var result = handler.Handle(state, new MessageInput("his son hits him when he's been drinking", null, false), RepoWalks.Context());
            var risk = Assert.IsType<RiskReply>(Assert.Single(result.Replies));
            Assert.Equal(walkId, risk.Kept?.Id);
            Assert.Same(state, result.State);
        }
    }

    [Theory]
    [InlineData("she has no family")]
    [InlineData("nope, she has no family")]
    public void An_answer_to_the_question_on_screen_that_is_only_like_a_disclosure_is_offered_as_the_answer_with_safeguarding_beside_it(string text)
    {
        // At "Is there an appropriate person?" this read as neglect by meaning alone and showed "call 999".
        Assert.Equal(RiskBasis.Meaning, understanding.Understand(text).Risk?.Basis); // what makes this test able to fail
        var chat = AtAppropriatePerson();

        var confirm = Assert.IsType<ConfirmReply>(chat.Say(text));
        Assert.Equal(["appropriate=no"], confirm.Taken.Select(t => $"{t.Step.Id}={t.Choice.Value}"));
        Assert.True(confirm.OfferSafeguarding);
    }

    [Theory]
    [InlineData("yes, her daughter", "yes")]
    [InlineData("yeah her daughter's very involved", "yes")]
    [InlineData("no, she's on her own", "no")]
    public void A_typed_answer_opening_with_yes_or_no_is_offered_to_confirm(string text, string value)
    {
        var chat = AtAppropriatePerson();
        var confirm = Assert.IsType<ConfirmReply>(chat.Say(text));
        Assert.Equal([$"appropriate={value}"], confirm.Taken.Select(t => $"{t.Step.Id}={t.Choice.Value}"));
        Assert.True(confirm.OfferSafeguarding); // it said more than the answer, which may be a worry
    }

    [Theory]
    [InlineData("no one really")]
    [InlineData("she's got no-one")]
    [InlineData("nobody at all")]
    public void Nobody_in_a_workers_words_is_offered_as_no_appropriate_person(string text)
    {
        // Asked again before (reviews): the cues needed their exact wording.
        var confirm = Assert.IsType<ConfirmReply>(AtAppropriatePerson().Say(text));
        Assert.Equal(["appropriate=no"], confirm.Taken.Select(t => $"{t.Step.Id}={t.Choice.Value}"));
    }

    [Fact]
    public void A_message_that_says_only_the_answer_is_offered_without_the_safeguarding_button()
    {
        var chat = AtAppropriatePerson();
        Assert.False(Assert.IsType<ConfirmReply>(chat.Say("he's got no relatives")).OfferSafeguarding);
    }

    [Theory]
    [InlineData("no family, she said she's got her tablets in a drawer and she's thinking about taking them all")]
    [InlineData("no family, she fell last night and has been on the floor since")]
    [InlineData("no family, carers say she's been left soaking wet and nobody changes her overnight")]
    public void An_answer_that_goes_on_to_something_like_a_disclosure_still_puts_safeguarding_first(string text)
    {
        // A safeguarding lead's review found these offered only to confirm, with a button beside them.
        var chat = AtAppropriatePerson();
        var risk = Assert.IsType<RiskReply>(chat.Say(text));
        Assert.Equal("advocacy", risk.Kept?.Id);
    }

    [Theory]
    [InlineData("her son")]
    [InlineData("her daughter")]
    [InlineData("the daughter")]
    [InlineData("her grandson")]
    public void Naming_a_relative_at_a_question_is_not_a_worry(string text)
    {
        // A review found each of these showed the call-999 card (their likeness to risk sentences, which name relatives).
        var chat = AtAppropriatePerson();
        Assert.IsNotType<RiskReply>(chat.Say(text));
        Assert.IsNotType<RiskReply>(Chat().Say(text));
    }

    [Theory]
    [InlineData("review, the SW is doing it next week", "review")]
    [InlineData("an assessment - booked for Tuesday", "assessment")]
    [InlineData("not sure; the team hasn't decided", null)] // no Not sure choice here: not an answer
    public void An_answer_given_first_and_then_explained_is_offered_to_confirm(string text, string? value)
    {
        // A review found "review, the SW is doing it next week" offered the review guide instead.
        var chat = Chat();
        chat.Say("advocacy");
        var reply = chat.Say(text);
        if (value is null) { Assert.IsNotType<ConfirmReply>(reply); return; }
        var confirm = Assert.IsType<ConfirmReply>(reply);
        Assert.Equal([$"process={value}"], confirm.Taken.Select(t => $"{t.Step.Id}={t.Choice.Value}"));
        Assert.True(confirm.OfferSafeguarding);
    }

    [Fact]
    public void Routine_medication_support_is_not_a_worry()
    {
        // Read by meaning as self-harm (near "stopped taking his medication") and showed the call-999 card (a review).
        var chat = Chat();
        Assert.IsNotType<RiskReply>(chat.Say("he keeps forgetting his meds, DN sorting blister packs"));
        Assert.IsNotType<RiskReply>(Chat().Say("he keeps forgetting his meds"));
    }

    [Fact]
    public void An_answer_only_like_a_disclosure_typed_before_its_question_comes_up_is_not_a_worry()
    {
        // Tried as a worker: "she has no family" at the advocacy walk's first question showed the call-999 card.
        var chat = Chat();
        chat.Say("advocacy");
        var again = Assert.IsType<QuestionReply>(chat.Say("she has no family"));
        Assert.Equal("process", again.Step.Id);
    }

    [Fact]
    public void An_answer_that_names_a_risk_in_its_words_still_puts_safeguarding_first()
    {
        var chat = AtAppropriatePerson();
        var risk = Assert.IsType<RiskReply>(chat.Say("no family, and her son takes her money"));
        Assert.Equal("advocacy", risk.Kept?.Id);
    }

    [Fact]
    public void Safeguarding_comes_first_with_no_walk_in_progress_too()
    {
        var chat = Chat();
        var risk = Assert.IsType<RiskReply>(chat.Say("she says she's got tablets saved up and doesn't want to be here"));
        Assert.Null(risk.Kept);
        Assert.Empty(chat.State.Stack);
    }

    [Fact]
    public void Answers_a_message_states_are_shown_to_confirm_then_used_as_their_questions_come_up_and_marked()
    {
        var chat = Chat();
        var confirm = Assert.IsType<ConfirmReply>(chat.Say("SW doing a needs assessment for a gent with LD, no family at all, does he need an advocate?"));
        Assert.Equal("advocacy", confirm.Walk.Id);
        Assert.Equal(["process=assessment", "appropriate=no"], confirm.Taken.Select(t => $"{t.Step.Id}={t.Choice.Value}"));
        Assert.Equal(Notice.SoundsLike, confirm.Notice);

        // Nothing is used until confirmed: then the walk asks only the questions left.
        var next = Assert.IsType<QuestionReply>(chat.Click(new TakeAction("advocacy", [("process", "assessment"), ("appropriate", "no")])));
        Assert.Equal("difficulty", next.Step.Id);
        Assert.Equal("specialist", Assert.IsType<QuestionReply>(chat.Click(new AnswerAction("advocacy", "difficulty", "yes"))).Step.Id);
        chat.Click(new AnswerAction("advocacy", "specialist", "neither"));
        chat.Click(new AnswerAction("advocacy", "view", "wants"));
        var outcome = Assert.IsType<OutcomeReply>(chat.Click(new AnswerAction("advocacy", "available", "yes")));
        Assert.Equal(["process", "appropriate"], outcome.Result.Path.Where(p => p.Taken).Select(p => p.Step.Id));
        Assert.Equal(["difficulty", "specialist", "view", "available"], outcome.Result.Path.Where(p => !p.Taken).Select(p => p.Step.Id));
    }

    private const string StatesTwoAnswers = "SW doing a needs assessment for a gent with LD, no family at all, does he need an advocate?";

    [Theory]
    [InlineData("yes")]
    [InlineData("yep")]
    [InlineData("yes that's right")]
    [InlineData("correct")]
    public void A_typed_yes_to_is_that_right_takes_the_answers_as_the_button_would(string yes)
    {
        var chat = Chat();
        Assert.IsType<ConfirmReply>(chat.Say(StatesTwoAnswers));
        Assert.Equal("difficulty", Assert.IsType<QuestionReply>(chat.Say(yes)).Step.Id);
        Assert.All(chat.State.Stack.Single().Answers, a => Assert.True(a.Taken));
        Assert.Null(chat.State.Stack.Single().Offered);
    }

    [Fact]
    public void A_yes_with_filler_confirms_the_offer_rather_than_answering_the_question_beneath_it()
    {
        var chat = Chat();
        chat.Click(new StartAction("advocacy"));
        chat.Click(new AnswerAction("advocacy", "process", "assessment"));
        chat.Click(new AnswerAction("advocacy", "difficulty", "yes"));
        var confirm = Assert.IsType<ConfirmReply>(chat.Say("there is no appropriate person"));
        Assert.Equal("no", confirm.Taken.Single(t => t.Step.Id == "appropriate").Choice.Value);
        chat.Say("yes thanks");
        var appropriate = chat.State.Stack.Single().Answers.Single(a => a.StepId == "appropriate");
        Assert.Equal(("no", true), (appropriate.Value, appropriate.Taken));
    }

    [Fact]
    public void A_typed_yes_takes_only_the_answers_the_card_showed()
    {
        var chat = Chat();
        var confirm = Assert.IsType<ConfirmReply>(chat.Say("needs assessment for a man with LD who can't retain information, no family, he wants an advocate"));
        Assert.True(confirm.Taken.Count > ConfirmReply.MaxShown);
        chat.Say("yes");
        var frame = chat.State.Stack.Single();
        var used = frame.Answers.Concat(frame.Pending ?? []).Select(a => a.StepId).ToList();
        Assert.Equal(confirm.Taken.Take(ConfirmReply.MaxShown).Select(t => t.Step.Id), used);
    }

    [Fact]
    public void A_typed_no_to_is_that_right_asks_the_questions_instead()
    {
        // Offered at a yes/no question, so a "no" that answered the question would record the very answer refused.
        var chat = Chat();
        chat.Click(new StartAction("advocacy"));
        chat.Click(new AnswerAction("advocacy", "process", "assessment"));
        chat.Click(new AnswerAction("advocacy", "difficulty", "yes"));
        Assert.IsType<ConfirmReply>(chat.Say("there is no appropriate person"));
        Assert.Equal("appropriate", Assert.IsType<QuestionReply>(chat.Say("no")).Step.Id);
        Assert.DoesNotContain(chat.State.Stack.Single().Answers, a => a.StepId == "appropriate");
        Assert.Null(chat.State.Stack.Single().Pending);
    }

    [Fact]
    public void What_was_offered_to_confirm_lasts_one_turn_only()
    {
        var chat = Chat();
        Assert.IsType<ConfirmReply>(chat.Say(StatesTwoAnswers));
        chat.Say("hmm");
        chat.Say("yes");
        Assert.Empty(chat.State.Stack.Single().Answers);
        Assert.Null(chat.State.Stack.Single().Pending);
    }

    [Fact]
    public void Changing_an_answer_taken_from_the_message_asks_that_question()
    {
        var chat = Chat();
        chat.Say("SW doing a needs assessment for a gent with LD, no family at all, does he need an advocate?");
        var first = Assert.IsType<QuestionReply>(chat.Click(new TakeAction("advocacy", [("appropriate", "no")])));
        Assert.Equal("process", first.Step.Id);
    }

    [Fact]
    public void A_forged_take_click_uses_only_real_questions_and_answers()
    {
        var chat = Chat();
        var reply = Assert.IsType<QuestionReply>(chat.Click(new TakeAction("advocacy", [("process", "nonsense"), ("nowhere", "yes")])));
        Assert.Equal("process", reply.Step.Id);
        Assert.Null(chat.State.Stack.Single().Pending);
    }

    [Fact]
    public void An_authority_named_in_the_message_is_used_from_then_on_and_said()
    {
        var chat = Chat();
        chat.Say("B&D OT here - does a lady with dementia need an advocate for her review?");
        Assert.Equal("barking-dagenham", chat.State.Authority);
        Assert.Equal("barking-dagenham", chat.Last!.AuthorityNamed?.ProfileId);
    }

    [Theory]
    [InlineData("change authority to Dorset", "dorset")]
    [InlineData("use Rotherham", "rotherham")]
    [InlineData("switch to Dorset", "dorset")]
    [InlineData("change to Rotherham", "rotherham")]
    [InlineData("Rotherham", "rotherham")] // the name alone: it showed "Did you mean" with three guides as well
    [InlineData("Dorset.", "dorset")]
    [InlineData("I'm in Barking and Dagenham", "barking-dagenham")]
    [InlineData("switch to Cheshire East please", null)] // more than the request: read as a message (Cheshire East still taken)
    public void Asking_to_change_the_authority_by_name_changes_it_and_starts_nothing(string text, string? changedOnly)
    {
        var chat = Chat();
        var reply = chat.Say(text);
        if (changedOnly is null) { Assert.Equal("cheshire-east", chat.State.Authority); return; }
        Assert.Equal(changedOnly, chat.State.Authority);
        Assert.Equal(Notice.AuthorityChanged, Assert.IsType<MenuReply>(reply).Notice);
        Assert.Empty(chat.State.Stack);
    }

    [Fact]
    public void Asking_to_change_the_authority_mid_walk_keeps_the_walk()
    {
        var chat = Chat();
        chat.Say("advocacy");
        var reply = Assert.IsType<QuestionReply>(chat.Say("change authority to Dorset"));
        Assert.Equal("advocacy", reply.Walk.Id);
        Assert.Equal(Notice.AuthorityChanged, reply.Notice);
        Assert.Equal("dorset", chat.State.Authority);
    }

    [Fact]
    public void A_situation_starts_its_walk_with_not_this_one_offering_the_next_best()
    {
        var chat = Chat();
        var question = Assert.IsType<QuestionReply>(chat.Say("can we issue a perching stool and a bath board without waiting for an OT assessment"));
        Assert.Equal("equipment", question.Walk.Id);
        Assert.Equal(Notice.SoundsLike, question.Notice);
        Assert.NotEmpty(question.Alternatives);
        var others = Assert.IsType<SuggestReply>(chat.Click(new NotThisAction(question.Alternatives.Select(w => w.Id).ToList())));
        Assert.Equal(question.Alternatives.Select(w => w.Id), others.Walks.Select(w => w.Id));
        Assert.Empty(chat.State.Stack);
    }

    [Fact]
    public void Another_topic_typed_mid_walk_is_offered_and_the_walk_kept()
    {
        var chat = Chat();
        chat.Say("advocacy");
        var before = chat.State;
        var offer = Assert.IsType<SuggestReply>(chat.Say("we need to issue a grab rail and a perching stool, can we do that without an OT assessment?"));
        Assert.Equal(Notice.OtherTopic, offer.Notice);
        Assert.Equal("advocacy", offer.Resume?.Id);
        Assert.Equal(before, chat.State);
    }

    [Theory]
    [InlineData("it's for a bath board")]
    [InlineData("just wants some info really")]
    [InlineData("there's a 6 week waiting list")]
    public void A_short_message_at_a_question_is_asked_again_not_taken_to_another_guide(string text)
    {
        // A practitioner's review found each of these offered another guide mid-walk.
        var chat = Chat();
        chat.Say("advocacy");
        var before = chat.State;
        var again = Assert.IsType<QuestionReply>(chat.Say(text));
        Assert.Equal(Notice.Unreadable, again.Notice);
        Assert.Equal(before, chat.State);
    }

    [Fact]
    public void A_question_about_the_procedure_gets_the_workers_own_procedures_passages_and_the_walk()
    {
        var chat = Chat("dorset");
        var passages = Assert.IsType<PassagesReply>(chat.Say("what counts as substantial difficulty?"));
        Assert.NotEmpty(passages.Passages);
        Assert.All(passages.Passages, p => Assert.Equal("dorset", p.ProfileId));
        Assert.Equal("advocacy", passages.Walks[0].Id);
    }

    [Fact]
    public void A_message_that_matches_nothing_gets_the_menu_with_how_to_ask() =>
        Assert.Equal(Notice.NothingMatched, Assert.IsType<MenuReply>(Chat().Say("qwertyuiop asdfghjkl")).Notice);

    [Theory]
    [InlineData("advocacy")]      // a walk's own name
    [InlineData("1")]             // an exact answer
    [InlineData("yeah")]
    [InlineData("help")]          // a command
    public void An_exact_typed_answer_a_walks_name_or_a_command_does_not_run_the_model(string typed)
    {
        var handler = new TurnHandler(RepoWalks.Catalog, RepoWalks.Procedures, understanding.Understander);
        var state = ConversationState.Empty with { Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment")])] };
        var reading = understanding.Understander.Read(typed);
        handler.Handle(state, new MessageInput(typed, null, false) { Reading = reading }, RepoWalks.Context());
        Assert.False(reading.Embedded);
    }

    [Fact]
    public void A_sentence_does_run_it()
    {
        var handler = new TurnHandler(RepoWalks.Catalog, RepoWalks.Procedures, understanding.Understander);
        var reading = understanding.Understander.Read("does she need an advocate for her review");
        handler.Handle(ConversationState.Empty, new MessageInput(reading.Text, null, false) { Reading = reading }, RepoWalks.Context());
        Assert.True(reading.Embedded);
    }
}
