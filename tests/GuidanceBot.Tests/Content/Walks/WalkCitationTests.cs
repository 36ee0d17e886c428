using System.Text.RegularExpressions;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>Every statement a walk makes must be traceable: each seed locator is found verbatim in that profile's seed.</summary>
public sealed partial class WalkCitationTests
{
    public static TheoryData<string> WalkIds() => new(RepoWalks.Catalog.Walks.Select(w => w.Id));

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Every_seed_locator_is_found_verbatim_in_its_seed(string walkId)
    {
        var missing = SeedCitations(RepoWalks.Catalog.Get(walkId))
            .Where(c => !Collapse(TestPaths.SeedText(c.Source)).Contains(Collapse(c.Locator), StringComparison.Ordinal))
            .Select(c => $"{c.Source}: \"{c.Locator}\"")
            .ToList();
        Assert.True(missing.Count == 0, "Locators not found in their seed:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Every_locator_has_at_most_ten_words(string walkId)
    {
        var walk = RepoWalks.Catalog.Get(walkId);
        var all = walk.Outcomes.SelectMany(o => o.Sources.Concat(o.Notes.SelectMany(n => n.Sources)));
        Assert.All(all, c => Assert.InRange(GuidanceBot.Content.Rules.Locator.WordCount(c.Locator), 1, GuidanceBot.Content.Rules.Locator.MaxWords));
    }

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Every_outcome_cites_the_generic_procedure(string walkId)
    {
        // The generic tri.x text is the common ground of all five versions; each outcome must rest on it.
        var uncited = RepoWalks.Catalog.Get(walkId).Outcomes
            .Where(o => o.Sources.All(c => c.Source != "generic"))
            .Select(o => o.Id);
        Assert.Empty(uncited);
    }

    [Fact]
    public void Locator_matching_collapses_whitespace_but_keeps_case()
    {
        Assert.Contains(Collapse("whatever it decides, it does not"), Collapse("whatever it decides,  it does\n not deny"));
        Assert.DoesNotContain(Collapse("Whatever it decides"), Collapse("whatever it decides"), StringComparison.Ordinal);
    }

    private static IEnumerable<Citation> SeedCitations(Walk walk) =>
        walk.Outcomes
            .SelectMany(o => o.Sources.Concat(o.Notes.SelectMany(n => n.Sources)))
            .Where(c => !LegalSources.IsLegal(c.Source));

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
