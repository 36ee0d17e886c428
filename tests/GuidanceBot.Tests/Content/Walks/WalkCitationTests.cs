using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>
/// Every outcome rests on the generic procedure, the common ground of all five versions. (Each locator is found in
/// its published text by WalkSectionCitationTests; the loader already limits locators to ten words.)
/// </summary>
public sealed class WalkCitationTests
{
    public static TheoryData<string> WalkIds() => new(RepoWalks.Catalog.Walks.Select(w => w.Id));

    [Theory]
    [MemberData(nameof(WalkIds))]
    public void Every_outcome_cites_the_generic_procedure(string walkId)
    {
        var uncited = RepoWalks.Catalog.Get(walkId).Outcomes
            .Where(o => o.Sources.All(c => c.Source != "generic"))
            .Select(o => o.Id);
        Assert.Empty(uncited);
    }
}
