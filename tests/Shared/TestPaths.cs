namespace GuidanceBot.TestSupport;

/// <summary>Where the repository's content lives.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Dialogs => Path.Combine(RepoRoot, "dialogs");
    public static string Cards => Path.Combine(RepoRoot, "cards");
    public static string Procedures => Path.Combine(RepoRoot, "procedures");

    /// <summary>A profile's published page as text (procedures/&lt;id&gt;/published.txt): the ground truth every locator is found in.</summary>
    public static string SeedText(string profileId) =>
        File.ReadAllText(Path.Combine(Procedures, GuidanceBot.Content.Procedures.ProfileEntry.TextFile(profileId)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Normalized = new();

    /// <summary>The published text with whitespace collapsed (<see cref="GuidanceBot.Content.Rules.Locator.Normalize"/>), read once per profile.</summary>
    public static string NormalizedText(string profileId) =>
        Normalized.GetOrAdd(profileId, id => GuidanceBot.Content.Rules.Locator.Normalize(SeedText(id)));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidanceBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GuidanceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
