namespace GuidanceBot.TestSupport;

/// <summary>Where the repository's content lives, and the seeds beside the checkout (../shared/seeds).</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Dialogs => Path.Combine(RepoRoot, "dialogs");
    public static string Cards => Path.Combine(RepoRoot, "cards");
    public static string Procedures => Path.Combine(RepoRoot, "procedures");

    /// <summary>The seeds are the ground truth and must be present: a missing folder fails the test, never skips it.</summary>
    public static string Seeds
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));
            if (!Directory.Exists(dir))
                throw new DirectoryNotFoundException($"The procedure seeds were not found at {dir}; the checkout must sit beside shared/.");
            return dir;
        }
    }

    public static string SeedText(string profileId)
    {
        var profile = GuidanceBot.Content.Procedures.ProfileList.Load(Procedures).Single(p => p.Id == profileId);
        return File.ReadAllText(Path.Combine(Seeds, profile.Seed));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidanceBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GuidanceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
