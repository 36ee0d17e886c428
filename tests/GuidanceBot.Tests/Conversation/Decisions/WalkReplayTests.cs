using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Tests.Content.Walks;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Decisions;

/// <summary>Replay from the answers list: the conversation's only state. Back and change are list edits.</summary>
public sealed class WalkReplayTests
{
    private static readonly Walk Mini = MiniWalk.Load();

    private static WalkReplayResult Replay(params (string Step, string Value)[] answers) =>
        WalkReplay.Replay(Mini, answers.Select(a => new Answer(a.Step, a.Value)).ToList());

    private static string StepId(WalkReplayResult r) => Assert.IsType<AtStep>(r.Position).Step.Id;
    private static AtOutcome Outcome(WalkReplayResult r) => Assert.IsType<AtOutcome>(r.Position);

    [Fact]
    public void No_answers_starts_at_the_first_step()
    {
        var r = Replay();
        Assert.Equal("first", StepId(r));
        Assert.Equal(0, r.Consumed);
        Assert.Empty(r.Variables);
    }

    [Fact]
    public void A_matching_branch_ends_at_its_outcome() =>
        Assert.Equal("stop", Outcome(Replay(("first", "red"))).Outcome.Id);

    [Fact]
    public void No_matching_branch_goes_to_the_following_step() =>
        Assert.Equal("second", StepId(Replay(("first", "green"))));

    [Fact]
    public void Path_records_each_step_and_the_chosen_choice()
    {
        var r = Replay(("first", "blue"), ("second", "yes"));
        Assert.Equal(["first", "second"], r.Path.Select(p => p.Step.Id));
        Assert.Equal(["Blue", "Yes"], r.Path.Select(p => p.Choice.Label));
        Assert.Equal("blue", r.Variables["colour"]);
        Assert.Equal("yes", r.Variables["ok"]);
        Assert.True(r.IsFinished);
    }

    [Fact]
    public void All_condition_picks_its_outcome_only_when_every_part_holds()
    {
        Assert.Equal("done", Outcome(Replay(("first", "blue"), ("second", "yes"))).Outcome.Id);
        Assert.Equal("other", Outcome(Replay(("first", "green"), ("second", "yes"))).Outcome.Id);
    }

    [Fact]
    public void Outcome_notes_are_filtered_by_their_condition()
    {
        var notes = Outcome(Replay(("first", "blue"), ("second", "yes"))).ApplicableNotes.Select(n => n.Text);
        Assert.Equal(["Blue note.", "Always shown."], notes);
    }

    [Fact]
    public void Replay_stops_at_an_answer_for_the_wrong_step_and_ignores_the_rest()
    {
        var r = Replay(("first", "green"), ("third", "x"), ("second", "yes"));
        Assert.Equal("second", StepId(r));
        Assert.Equal(1, r.Consumed);
        Assert.Equal(2, r.Ignored);
    }

    [Fact]
    public void Replay_stops_at_a_value_that_is_not_a_choice()
    {
        var r = Replay(("first", "purple"));
        Assert.Equal("first", StepId(r));
        Assert.Equal(0, r.Consumed);
        Assert.Equal(1, r.Ignored);
    }

    [Fact]
    public void Answers_after_an_outcome_are_ignored()
    {
        var r = Replay(("first", "red"), ("second", "yes"));
        Assert.Equal("stop", Outcome(r).Outcome.Id);
        Assert.Equal(1, r.Ignored);
        Assert.False(r.Variables.ContainsKey("ok"));
    }

    [Fact]
    public void Back_is_dropping_the_last_answer()
    {
        var answers = new List<Answer> { new("first", "green"), new("second", "no") };
        Assert.Equal("other", Outcome(WalkReplay.Replay(Mini, answers)).Outcome.Id);

        answers.RemoveAt(answers.Count - 1);
        var back = WalkReplay.Replay(Mini, answers);
        Assert.Equal("second", StepId(back));
        Assert.False(back.Variables.ContainsKey("ok"));
    }

    [Fact]
    public void Changing_an_earlier_answer_recomputes_the_path()
    {
        var answers = new List<Answer> { new("first", "blue"), new("second", "yes") };
        Assert.Equal("done", Outcome(WalkReplay.Replay(Mini, answers)).Outcome.Id);

        // Change the first answer: truncate there and answer again. The later answer no longer fits and is dropped.
        var changed = answers.Take(0).Append(new Answer("first", "red")).Concat(answers.Skip(1)).ToList() /* stale: second=yes */;
        var r = WalkReplay.Replay(Mini, changed);
        Assert.Equal("stop", Outcome(r).Outcome.Id);
        Assert.Equal(["colour"], r.Variables.Keys);
    }
}
