using GuidanceBot.Content.Procedures;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>Walk citations agree with the procedure content: the section exists in that profile, the law id in law.yaml.</summary>
public sealed class WalkSectionCitationTests
{
    [Fact]
    public void Every_walk_citation_including_checklists_names_a_section_the_profile_has_and_a_phrase_its_seed_holds()
    {
        var problems =
            from walk in RepoWalks.Catalog.Walks
            from citation in walk.Outcomes.SelectMany(o => o.Sources
                .Concat(o.Notes.SelectMany(n => n.Sources))
                .Concat(o.Checklist?.Items.SelectMany(i => i.Sources) ?? []))
            let problem = CitationCheck.Problem(RepoWalks.Procedures, citation.Source, citation.Section, citation.Locator,
                profile => TestPaths.NormalizedText(profile.Id))
            where problem is not null
            select $"{walk.Id}: {problem}";
        Assert.Empty(problems.Distinct());
    }
}
