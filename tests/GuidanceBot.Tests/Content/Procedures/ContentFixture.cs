using GuidanceBot.Content.Procedures;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Procedures;

/// <summary>Loads procedures/ and runs the seed checks once for all content tests.</summary>
public sealed class ContentFixture
{
    public ProcedureLibrary Library => RepoWalks.Procedures;

    private IReadOnlyList<SeedProblem>? seedProblems;

    /// <summary>Seed problems; touching TestPaths.Seeds throws when the seeds are missing, so tests fail rather than skip.</summary>
    public IReadOnlyList<SeedProblem> SeedProblems => seedProblems ??= SeedChecks.Check(Library, TestPaths.Seeds);

    public static IEnumerable<object[]> ProfileIds() =>
        ProfileList.Load(TestPaths.Procedures).Select(p => new object[] { p.Id });

    public string Report(SeedProblemKind kind) =>
        string.Join(Environment.NewLine, SeedProblems.Where(p => p.Kind == kind).Select(p => p.ToString()));
}
