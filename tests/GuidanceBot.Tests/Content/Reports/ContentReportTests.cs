using GuidanceBot.Content.Procedures;
using GuidanceBot.TestSupport;
using GuidanceBot.Content.Reports;
using GuidanceBot.Tests.Content.Procedures;

namespace GuidanceBot.Tests.Content.Reports;

public sealed class ContentReportTests
{
    [Fact]
    public void Report_shows_each_authority_with_missing_sections_flags_and_published_date()
    {
        var output = new StringWriter();
        var exit = ContentReport.Run(TestPaths.Procedures, output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        foreach (var profile in RepoWalks.Procedures.Profiles)
        {
            // Read from the content itself, so an owner's rewording breaks nothing here.
            Assert.Contains($"({profile.Id}) ==", text);
            Assert.Contains(profile.Url, text);
            Assert.Contains(profile.TextFile, text);
            foreach (var absent in profile.Absent) Assert.Contains($"{absent.Section} -> see", text);
            foreach (var flag in profile.Flags.Concat(profile.Sections.SelectMany(s => s.Flags))) Assert.Contains(flag.Note, text);
        }
        Assert.Contains("13 February 2025", text); // Rotherham's page: "Last Updated: February 13, 2025"
    }

    [Fact]
    public void Report_fails_and_lists_each_disagreement_with_a_published_text()
    {
        using var temp = TempProcedures.Valid();
        temp.Seed("alpha", temp.SeedText("alpha").Replace("Alpha Helpline", "Beta Helpline"));
        var output = new StringWriter();
        Assert.Equal(1, ContentReport.Run(temp.Procedures, output));
        Assert.Contains(nameof(SeedProblemKind.LocatorNotFound), output.ToString());
    }

    [Fact]
    public void Report_fails_and_lists_problems_when_the_content_does_not_load()
    {
        using var temp = TempProcedures.Valid();
        temp.Write("law.yaml", "references:\n  - id: Bad Id\n    url: http://example.org\n");
        var output = new StringWriter();
        Assert.Equal(1, ContentReport.Run(temp.Procedures, output));
        Assert.Contains("The content does not load", output.ToString());
    }

    [Fact]
    public void Report_runs_only_for_its_command()
    {
        Assert.Null(ContentReport.RunIfRequested([], TextWriter.Null));
        Assert.Null(ContentReport.RunIfRequested(["--urls", "http://localhost:3978"], TextWriter.Null));
    }

    [Fact]
    public void Default_folders_find_the_procedures_copied_beside_the_app()
    {
        Assert.True(File.Exists(Path.Combine(ContentReport.DefaultProceduresDirectory(), "profiles.yaml")));
    }
}

public sealed class CitationCheckTests(ContentFixture content) : IClassFixture<ContentFixture>
{
    private string? Check(string source, string section, string locator) =>
        CitationCheck.Problem(content.Library, source, section, locator, p => TestPaths.NormalizedText(p.Id));

    [Fact]
    public void A_citation_with_a_real_locator_is_sound() =>
        Assert.Null(Check("dorset", "using-independent-advocacy", "In Dorset, advocacy is provided by the South West"));

    [Fact]
    public void A_legal_reference_citation_needs_a_known_id()
    {
        Assert.Null(Check("law:care-act-s67", "", ""));
        Assert.NotNull(Check("law:care-act-s999", "", ""));
    }

    [Fact]
    public void Citing_a_section_the_profile_lacks_points_to_the_absent_note() =>
        Assert.Contains("absent", Check("dorset", "urgent-or-interim-support", "power to meet")!);

    [Fact]
    public void A_locator_not_in_that_seed_is_rejected() =>
        Assert.Contains("not in the rotherham seed", Check("rotherham", "using-independent-advocacy", "In Dorset, advocacy is provided by the South West")!);
}
