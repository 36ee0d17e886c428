using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>
/// The routing decisions on the evaluation set (tests/routing/), as ids. Every risk phrasing, in both halves, gets
/// the safeguarding card; every authority named is taken; every walk phrasing of the dev half has its walk among the
/// first three. How often the right walk comes first, on the kept half, is a figure the benchmark prints.
/// </summary>
[Collection(UnderstandingCollection.Name)]
public sealed class RoutingSetTests(UnderstandingFixture understanding)
{
    public static TheoryData<string> RiskPhrasings() => [.. Set().Risk.Select(i => i.Text)];

    public static TheoryData<string, string> AuthorityPhrasings()
    {
        var data = new TheoryData<string, string>();
        foreach (var i in Set().Walks.Concat(Set().Questions).Where(i => i.Authority is not null)) data.Add(i.Text, i.Authority!);
        return data;
    }

    public static TheoryData<string, string> DevWalkPhrasings()
    {
        var data = new TheoryData<string, string>();
        foreach (var i in Set().Walks.Where(i => i.IsDev)) data.Add(i.Text, i.Walk!);
        return data;
    }

    [Theory]
    [MemberData(nameof(RiskPhrasings))]
    public void Every_risk_phrasing_gets_the_safeguarding_card(string text) =>
        Assert.NotNull(understanding.Understand(text).Risk);

    [Theory]
    [MemberData(nameof(AuthorityPhrasings))]
    public void The_authority_a_message_names_is_taken(string text, string profile) =>
        Assert.Equal(profile, understanding.Understand(text).Authority?.ProfileId);

    [Theory]
    [MemberData(nameof(DevWalkPhrasings))]
    public void The_right_walk_is_among_the_first_three(string text, string walk)
    {
        var item = understanding.Set.Walks.First(i => i.Text == text);
        var ok = item.Also.Append(walk).ToHashSet();
        var top = understanding.Understand(text).Ranking.Walks.Take(3).Select(w => w.WalkId).ToList();
        Assert.True(top.Any(ok.Contains), $"got {string.Join(", ", top)}");
    }

    [Fact]
    public void The_set_is_as_large_as_the_issue_asks()
    {
        var set = understanding.Set;
        Assert.True(set.All.Count() >= 400);
        Assert.All(RepoWalks.Catalog.Walks, w => Assert.True(set.Walks.Count(i => i.Walk == w.Id) >= 25, w.Id));
        Assert.True(set.Risk.Count >= 80);
        Assert.True(set.Questions.Count >= 30);
        Assert.True(set.Walks.Concat(set.Questions).Count(i => i.Authority is not null) >= 30);
        Assert.True(set.All.Count(i => i.Typo) * 10 >= set.All.Count());
        Assert.All(set.All, i => Assert.Contains(i.Half, new[] { "dev", "kept" }));
    }

    private static RoutingSet Set() => RoutingSet.Load(Path.Combine(TestPaths.RepoRoot, "tests", "routing"));
}
