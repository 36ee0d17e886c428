using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Walks;

public sealed class WalkCatalogTests
{
    [Fact]
    public void Repository_dialogs_load_without_problems()
    {
        var catalog = RepoWalks.Catalog; // throws WalkLoadException listing every problem if any walk is broken
        Assert.Contains(catalog.Walks, w => w.Id == "advocacy");
    }

    [Fact]
    public void Cases_files_are_not_loaded_as_walks()
    {
        var files = WalkCatalog.WalkFiles(TestPaths.Dialogs).Select(Path.GetFileName).ToList();
        Assert.Contains("advocacy.yaml", files);
        Assert.DoesNotContain(files, f => f!.EndsWith(".cases.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_walks_in_two_files_are_all_reported_in_one_exception()
    {
        var broken = MiniWalk.Yaml.Replace("goto: outcome/done", "goto: outcome/missing");
        var typo = MiniWalk.Yaml.Replace("id: mini", "id: other").Replace("question:", "qustion:");

        var e = Assert.Throws<WalkLoadException>(() => WalkCatalog.FromSources(
            [("mini.yaml", broken), ("other.yaml", typo)], RepoWalks.ProfileIds));

        Assert.Contains(e.Problems, p => p.File == "mini.yaml" && p.Message.Contains("unknown outcome 'missing'"));
        Assert.Contains(e.Problems, p => p.File == "other.yaml" && p.Message.Contains("unknown key 'qustion'"));
        Assert.Contains("mini.yaml", e.Message);
        Assert.Contains("other.yaml", e.Message);
    }

    [Fact]
    public void Two_files_with_the_same_walk_id_are_rejected()
    {
        var e = Assert.Throws<WalkLoadException>(() => WalkCatalog.FromSources(
            [("mini.yaml", MiniWalk.Yaml), ("mini.yaml", MiniWalk.Yaml)], RepoWalks.ProfileIds));
        Assert.Contains(e.Problems, p => p.Id == "mini" && p.Message.Contains("share this id"));
    }

    [Fact]
    public void Get_finds_a_walk_by_id_and_refuses_an_unknown_one()
    {
        var catalog = WalkCatalog.FromSources([("mini.yaml", MiniWalk.Yaml)], RepoWalks.ProfileIds);
        Assert.Equal("Mini walk", catalog.Get("mini").Title);
        Assert.Null(catalog.Find("nope"));
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("nope"));
    }
}
