using GuidanceBot.Content.Procedures;
namespace GuidanceBot.Tests.Content.Procedures;

public sealed class ProcedureLoaderTests
{
    [Fact]
    public void A_valid_library_loads_into_plain_records()
    {
        using var temp = TempProcedures.Valid();
        var library = ProcedureLoader.Load(temp.Procedures);
        var alpha = Assert.Single(library.Profiles);
        Assert.Equal(new DateOnly(2024, 8, 2), alpha.Published);
        Assert.Equal("providing-information-and-advice", Assert.Single(alpha.Sections).Id);
        Assert.Equal("0300 123 4567", Assert.Single(Assert.Single(alpha.Directory.Entries).Phones).Number);
        Assert.Empty(SeedChecks.Check(library, temp.Procedures));
    }

    [Fact]
    public void Loader_lists_every_problem_instead_of_stopping_at_the_first()
    {
        using var temp = TempProcedures.Valid();
        temp.Write("alpha/procedure.yaml", """
            id: alpha
            name: Alpha
            authority: Alpha Council
            team: Alpha Team
            title: Actions and Next Steps
            url: http://example.org/alpha
            scope: Everyone.
            sections:
              - id: Providing_Info
                title: Providing Information and Advice
                start: one two three four five six seven eight nine ten eleven
                summary: Give advice.
                law: [care-act-s99]
                steps:
                  - text: Give advice.
                    locator: The council must give advice
            """);
        var error = Assert.Throws<ProcedureContentException>(() => ProcedureLoader.Load(temp.Procedures));
        Assert.Contains(error.Problems, p => p.Contains("not a well-formed https address"));
        Assert.Contains(error.Problems, p => p.Contains("not kebab-case"));
        Assert.Contains(error.Problems, p => p.Contains("has 11 words; at most 10"));
        Assert.Contains(error.Problems, p => p.Contains("care-act-s99"));
        Assert.Contains(error.Problems, p => p.Contains("inferred must be true"));
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_silently_ignored()
    {
        using var temp = TempProcedures.Valid();
        var text = File.ReadAllText(Path.Combine(temp.Procedures, "alpha", "directory.yaml")).Replace("purpose:", "porpose:");
        temp.Write("alpha/directory.yaml", text);
        var error = Assert.Throws<ProcedureContentException>(() => ProcedureLoader.Load(temp.Procedures));
        Assert.Contains(error.Problems, p => p.StartsWith("alpha/directory.yaml") && p.Contains("porpose"));
    }

    [Fact]
    public void A_missing_profile_folder_is_reported()
    {
        using var temp = TempProcedures.Valid();
        temp.Write("profiles.yaml", "profiles:\n  - id: alpha\n    taken: 2026-11-30\n  - id: beta\n    taken: 2026-11-30\n");
        var error = Assert.Throws<ProcedureContentException>(() => ProcedureLoader.Load(temp.Procedures));
        Assert.Contains("beta/procedure.yaml: file is missing", error.Problems);
    }

    [Fact]
    public void A_seed_entry_without_a_locator_is_rejected()
    {
        using var temp = TempProcedures.Valid();
        var text = File.ReadAllText(Path.Combine(temp.Procedures, "alpha", "directory.yaml")).Replace("    locator: Alpha Helpline", "");
        temp.Write("alpha/directory.yaml", text);
        var error = Assert.Throws<ProcedureContentException>(() => ProcedureLoader.Load(temp.Procedures));
        Assert.Contains(error.Problems, p => p.Contains("locator (where the seed names it) is required"));
    }
}
