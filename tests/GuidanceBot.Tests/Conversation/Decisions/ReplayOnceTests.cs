using GuidanceBot.TestSupport;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Tests.Content.Walks;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Decisions;

/// <summary>
/// A turn replays its walk once, then moves on with Continue (one more answer) or Truncate (back, change an
/// answer). Over every answer path of every walk under every authority, both give exactly what a full replay gives.
/// </summary>
public sealed class ReplayOnceTests
{
    public static TheoryData<string, string> WalksAndProfiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var walk in RepoWalks.Catalog.Walks)
            foreach (var profile in RepoWalks.ProfileIds)
                data.Add(walk.Id, profile);
        return data;
    }

    [Theory]
    [MemberData(nameof(WalksAndProfiles))]
    public void Continue_and_truncate_agree_with_a_full_replay(string walkId, string profile)
    {
        var walk = RepoWalks.Catalog.Get(walkId);
        var checkedPaths = 0;
        void Explore(List<Answer> answers, WalkReplayResult replayed)
        {
            checkedPaths++;
            for (var k = 0; k <= answers.Count; k++)
                AssertSame(WalkReplay.Replay(walk, answers.Take(k).ToList(), profile), WalkReplay.Truncate(replayed, k, profile));
            if (replayed.Position is not AtStep at) return;
            foreach (var choice in at.Step.Choices)
            {
                var answer = new Answer(at.Step.Id, choice.Value);
                var next = WalkReplay.Continue(walk, replayed, answer);
                var longer = new List<Answer>(answers) { answer };
                AssertSame(WalkReplay.Replay(walk, longer, profile), Assert.IsType<WalkReplayResult>(next));
                Explore(longer, next);
            }
        }
        Explore([], WalkReplay.Replay(walk, [], profile));
        Assert.True(checkedPaths > 1);
    }

    [Fact]
    public void Continue_refuses_an_answer_to_another_question()
    {
        var walk = RepoWalks.Catalog.Get("advocacy");
        var start = WalkReplay.Replay(walk, [], "generic");
        Assert.Null(WalkReplay.Continue(walk, start, new Answer("difficulty", "yes")));
        Assert.Null(WalkReplay.Continue(walk, start, new Answer("process", "no-such-choice")));
    }

    private static void AssertSame(WalkReplayResult expected, WalkReplayResult actual)
    {
        Assert.Equal(expected.Path.Select(p => (p.Step.Id, p.Choice.Value)), actual.Path.Select(p => (p.Step.Id, p.Choice.Value)));
        Assert.Equal(expected.Variables.OrderBy(v => v.Key), actual.Variables.OrderBy(v => v.Key));
        Assert.Equal(Describe(expected.Position), Describe(actual.Position));
        Assert.Equal(expected.Ignored, actual.Ignored);
    }

    private static string Describe(WalkPosition position) => position switch
    {
        AtStep s => "step " + s.Step.Id,
        AtOutcome o => "outcome " + o.Outcome.Id + " notes " + string.Join(",", o.ApplicableNotes.Select(n => n.Text.GetHashCode())),
        _ => "?",
    };
}
