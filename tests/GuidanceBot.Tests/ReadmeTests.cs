using System.Text.RegularExpressions;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests;

/// <summary>The README's walks table names every walk, and what it tells a worker to type really starts that walk.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

    private static IReadOnlyList<string> WalkRows()
    {
        var section = Readme[Readme.IndexOf("## Walks", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| menu group", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void The_walks_table_lists_every_walk()
    {
        var rows = WalkRows();
        Assert.All(RepoWalks.Catalog.Walks, w => Assert.Contains(rows, r => r.Contains($"`{w.Id}`", StringComparison.Ordinal)));
        Assert.Equal(RepoWalks.Catalog.Walks.Count, rows.Count);
    }

    [Fact]
    public void What_the_table_says_to_type_starts_the_walk_of_that_row()
    {
        foreach (var row in WalkRows())
        {
            var typed = Code().Matches(row.Split('|')[3]).Select(m => m.Groups[1].Value).ToList();
            var started = typed.Select(t => WalkNames.Exact(RepoWalks.Catalog.Walks, t)?.Id).Distinct().ToList();
            Assert.True(started.Count == 1 && started[0] is not null, $"README row starts {string.Join(", ", started.Select(s => s ?? "nothing"))}: {row}");
        }
    }

    [Fact]
    public void Every_folder_and_file_the_readme_names_exists()
    {
        var missing = Code().Matches(Readme).Select(m => m.Groups[1].Value)
            .Where(p => p.StartsWith("src/", StringComparison.Ordinal) || p.StartsWith("tests/", StringComparison.Ordinal))
            .Where(p => !p.Contains('<') && !p.Contains(' '))
            .Where(p => !File.Exists(Path.Combine(TestPaths.RepoRoot, p)) && !Directory.Exists(Path.Combine(TestPaths.RepoRoot, p)))
            .ToList();
        Assert.True(missing.Count == 0, "README names missing paths: " + string.Join(", ", missing));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
