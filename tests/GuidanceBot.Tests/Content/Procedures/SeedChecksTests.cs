using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Procedures;

public sealed class SeedChecksTests
{
    [Theory]
    [InlineData("must give\n   advice", true)]
    [InlineData("The council must give advice", true)]
    [InlineData("the council must give advice", false)]
    [InlineData("council must give advise", false)]
    public void Locators_match_exactly_and_case_sensitively_after_collapsing_whitespace(string locator, bool found) =>
        Assert.Equal(found, Locator.IsFoundIn(locator, Locator.Normalize("The council\n  must give   advice to everyone.")));

    [Fact]
    public void A_locator_missing_from_the_seed_is_reported_with_profile_and_section()
    {
        using var temp = TempProcedures.Valid();
        temp.Seed("alpha", temp.SeedText("alpha").Replace("must give advice", "shall give advice"));
        var problems = SeedChecks.Check(ProcedureLoader.Load(temp.Procedures), temp.Procedures);
        var problem = Assert.Single(problems, p => p.Kind == SeedProblemKind.LocatorNotFound);
        Assert.Equal("alpha", problem.Profile);
        Assert.Contains("providing-information-and-advice", problem.Message);
    }

    [Fact]
    public void A_numbered_heading_without_a_section_is_reported()
    {
        using var temp = TempProcedures.Valid();
        temp.Seed("alpha", temp.SeedText("alpha") + "\n2. Safeguarding Concern\n\nRing 999.\n");
        var problems = SeedChecks.Check(ProcedureLoader.Load(temp.Procedures), temp.Procedures);
        Assert.Contains(problems, p => p.Kind == SeedProblemKind.HeadingNotMapped && p.Message.Contains("2. Safeguarding Concern"));
    }

    [Fact]
    public void A_phone_number_not_printed_in_the_seed_is_reported()
    {
        using var temp = TempProcedures.Valid();
        var text = File.ReadAllText(Path.Combine(temp.Procedures, "alpha", "directory.yaml")).Replace("0300 123 4567", "0300 123 9999");
        temp.Write("alpha/directory.yaml", text);
        var problems = SeedChecks.Check(ProcedureLoader.Load(temp.Procedures), temp.Procedures);
        Assert.Contains(problems, p => p.Kind == SeedProblemKind.ContactNotInSeed && p.Message.Contains("0300 123 9999"));
        Assert.Contains(problems, p => p.Kind == SeedProblemKind.SeedContactNotInDirectory && p.Message.Contains("0300 123 4567"));
    }

    [Fact]
    public void A_published_date_that_disagrees_with_the_seed_is_reported()
    {
        using var temp = TempProcedures.Valid();
        temp.Seed("alpha", temp.SeedText("alpha").Replace("v3", "v4"));
        var problems = SeedChecks.Check(ProcedureLoader.Load(temp.Procedures), temp.Procedures);
        Assert.Contains(problems, p => p.Kind == SeedProblemKind.PublishedMismatch && p.Message.Contains("v4"));
    }

    [Theory]
    [InlineData("rotherham", 8)]
    [InlineData("barking-dagenham", 3)]
    [InlineData("generic", 0)]
    [InlineData("cheshire-east", 20)]
    [InlineData("dorset", 7)]
    public void Phone_numbers_are_found_in_each_seed(string profile, int distinctDigits) =>
        Assert.Equal(distinctDigits, SeedChecks.SeedPhones(TestPaths.SeedText(profile)).Select(SeedChecks.Digits).Distinct().Count());

    [Fact]
    public void The_numbered_seeds_headings_are_all_found()
    {
        Assert.Equal(14, SeedChecks.NumberedHeadings(TestPaths.SeedText("generic")).Count);
        Assert.Equal(15, SeedChecks.NumberedHeadings(TestPaths.SeedText("barking-dagenham")).Count);
    }
}
