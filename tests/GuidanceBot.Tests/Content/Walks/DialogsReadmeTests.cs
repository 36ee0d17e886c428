using System.Text.RegularExpressions;
using GuidanceBot.Content.Rules;
using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Walks;

/// <summary>dialogs/README.md must not drift: every file, walk/outcome and law id it names in `code` exists.</summary>
public sealed partial class DialogsReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Dialogs, "README.md"));

    /// <summary>Inline `code` spans outside fenced blocks; placeholders such as `&lt;walk id&gt;.yaml` are skipped.</summary>
    private static IReadOnlyList<string> CodeSpans()
    {
        var prose = FencedBlock().Replace(Readme, "");
        return InlineCode().Matches(prose).Select(m => m.Groups[1].Value).Where(s => !s.Contains('<')).Distinct().ToList();
    }

    [Fact]
    public void Every_file_the_readme_names_exists()
    {
        var files = CodeSpans().Where(s => FileName().IsMatch(s)).ToList();
        Assert.NotEmpty(files); // the guide must name files, or this check proves nothing
        var missing = files.Where(f => !File.Exists(f.Contains('/') ? Path.Combine(TestPaths.RepoRoot, f) : Path.Combine(TestPaths.Dialogs, f)));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_walk_and_outcome_the_readme_names_exists()
    {
        var refs = CodeSpans().Select(s => WalkOutcome().Match(s)).Where(m => m.Success).ToList();
        Assert.NotEmpty(refs);
        var missing = refs
            .Where(m => RepoWalks.Catalog.Find(m.Groups[1].Value)?.FindOutcome(m.Groups[2].Value) is null)
            .Select(m => m.Value);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_outcome_of_every_walk_is_named_in_the_readme()
    {
        var named = CodeSpans().ToHashSet();
        var missing = RepoWalks.Catalog.Walks.SelectMany(w => w.Outcomes.Select(o => $"{w.Id}/{o.Id}")).Where(id => !named.Contains(id));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_law_id_the_readme_names_is_known()
    {
        var laws = CodeSpans().Where(s => s.StartsWith(LegalSources.Prefix, StringComparison.Ordinal)).ToList();
        var known = RepoWalks.Procedures.Law.Select(l => l.Id).ToHashSet();
        Assert.All(laws, l => Assert.Contains(l[LegalSources.Prefix.Length..], known));
    }

    [Fact]
    public void Every_walk_and_story_table_is_listed_in_the_readme()
    {
        var spans = CodeSpans();
        foreach (var walk in RepoWalks.Catalog.Walks)
        {
            Assert.Contains(walk.Id + ".yaml", spans);
            Assert.Contains(walk.Id + WalkCatalog.CasesSuffix, spans);
        }
    }

    [Fact]
    public void Every_group_the_readme_lists_is_a_real_group()
    {
        foreach (var group in WalkGroups.All) Assert.Contains(group, CodeSpans());
    }

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[\w./-]+\.(yaml|md|json)$")]
    private static partial Regex FileName();

    [GeneratedRegex("^([a-z0-9-]+)/([a-z0-9-]+)$")]
    private static partial Regex WalkOutcome();
}
