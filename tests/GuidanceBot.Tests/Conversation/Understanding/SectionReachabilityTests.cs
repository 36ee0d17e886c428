using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>
/// Every section of every procedure can be reached: asked about by its title, "What the procedure says about ...",
/// the worker's own procedure answers with a passage of that section.
/// </summary>
[Collection(UnderstandingCollection.Name)]
public sealed class SectionReachabilityTests(UnderstandingFixture understanding)
{
    public static TheoryData<string, string> Sections()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in RepoWalks.Procedures.Profiles)
            foreach (var section in profile.Sections)
                data.Add(profile.Id, section.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Asking_about_a_section_by_its_title_quotes_that_section(string profile, string section)
    {
        var title = RepoWalks.Procedures.FindProfile(profile)!.FindSection(section)!.Title;
        var meaning = understanding.Understand($"what does the procedure say about {title.ToLowerInvariant()}?", profile);
        Assert.True(meaning.AsksAboutTheProcedure);
        Assert.Contains(meaning.Passages, p => p.SectionId == section && p.ProfileId == profile);
    }
}
