namespace GuidanceBot.Content.Walks;

/// <summary>Thrown at start-up when any walk is broken; lists every problem so one run shows them all.</summary>
public sealed class WalkLoadException(IReadOnlyList<WalkProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<WalkProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<WalkProblem> problems) =>
        $"{problems.Count} problem(s) in dialogs/:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
