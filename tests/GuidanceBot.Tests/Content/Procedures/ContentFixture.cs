using GuidanceBot.Content.Procedures;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Procedures;

/// <summary>Loads procedures/ and runs the seed checks once for all content tests.</summary>
public sealed class ContentFixture
{
    public ProcedureLibrary Library => RepoWalks.Procedures;

    private IReadOnlyList<SeedProblem>? seedProblems;

    /// <summary>Disagreements with the published texts in procedures/&lt;id&gt;/published.txt.</summary>
    public IReadOnlyList<SeedProblem> SeedProblems => seedProblems ??= SeedChecks.Check(Library, TestPaths.Procedures);

    public static IEnumerable<object[]> ProfileIds() =>
        ProfileList.Load(TestPaths.Procedures).Select(p => new object[] { p.Id });

    public string Report(SeedProblemKind kind) =>
        string.Join(Environment.NewLine, SeedProblems.Where(p => p.Kind == kind).Select(p => p.ToString()));
}
