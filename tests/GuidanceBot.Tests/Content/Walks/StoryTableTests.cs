using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>Runs every dialogs/*.cases.yaml through <see cref="WalkReplay"/>: each case must reach its outcome.</summary>
public sealed class StoryTableTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in StoryTable.Files())
            foreach (var c in StoryTable.Load(file).Cases)
                data.Add(Path.GetFileName(file), c.Name);
        return data;
    }

    public static TheoryData<string> WalkIds() => new(RepoWalks.Catalog.Walks.Select(w => w.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reaches_its_expected_outcome(string file, string caseName)
    {
        var table = StoryTable.Load(Path.Combine(TestPaths.Dialogs, file));
        var story = table.Cases.Single(c => c.Name == caseName);
        var walk = RepoWalks.Catalog.Get(table.Walk);

        // A case without an authority must hold whichever procedure the worker uses.
        foreach (var authority in story.Authority is { } pinned ? [pinned] : RepoWalks.ProfileIds)
        {
            var answers = StoryTable.AnswersFor(walk, story, authority);
            var result = WalkReplay.Replay(walk, answers, authority);

            Assert.Equal(answers.Count, result.Consumed);
            var end = Assert.IsType<AtOutcome>(result.Position);
            Assert.True(story.Outcome == end.Outcome.Id, $"{authority}: expected outcome {story.Outcome}, reached {end.Outcome.Id}");
            if (story.Locator is not null)
                Assert.Contains(story.Locator, end.Outcome.Sources.Concat(end.ApplicableNotes.SelectMany(n => n.Sources)).Select(s => s.Locator));
            if (story.Notes is int notes)
                Assert.True(notes == end.ApplicableNotes.Count, $"{authority}: expected {notes} notes, got {end.ApplicableNotes.Count}");
        }
    }

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Every_outcome_is_reached_by_at_least_one_case(string walkId)
    {
        var file = Path.Combine(TestPaths.Dialogs, walkId + WalkCatalog.CasesSuffix);
        Assert.True(File.Exists(file), $"dialogs/{walkId}{WalkCatalog.CasesSuffix} is missing: every walk needs a story table");

        var walk = RepoWalks.Catalog.Get(walkId);
        var table = StoryTable.Load(file);
        Assert.Equal(walkId, table.Walk);
        var reached = table.Cases.Select(c => c.Outcome).ToHashSet();
        var missing = walk.Outcomes.Select(o => o.Id).Where(id => !reached.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{walkId}: no case reaches outcome(s): {string.Join(", ", missing)}");
    }

    [Fact]
    public void Case_names_are_unique_within_each_table()
    {
        foreach (var file in StoryTable.Files())
        {
            var dups = StoryTable.Load(file).Cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!dups.Any(), $"{Path.GetFileName(file)}: duplicate case names: {string.Join(", ", dups)}");
        }
    }

    [Fact]
    public void A_case_with_an_answer_the_walk_never_asks_is_refused()
    {
        var walk = MiniWalk.Load();
        var story = new StoryCase { Name = "stray", Answers = new() { ["colour"] = "red", ["ok"] = "yes" }, Outcome = "stop" };
        var e = Assert.Throws<InvalidOperationException>(() => StoryTable.AnswersFor(walk, story));
        Assert.Contains("never asked", e.Message);
    }

    [Fact]
    public void A_case_missing_an_answer_is_refused_naming_the_variable()
    {
        var walk = MiniWalk.Load();
        var story = new StoryCase { Name = "short", Answers = new() { ["colour"] = "blue" }, Outcome = "done" };
        var e = Assert.Throws<InvalidOperationException>(() => StoryTable.AnswersFor(walk, story));
        Assert.Contains("no answer for 'ok'", e.Message);
    }
}
