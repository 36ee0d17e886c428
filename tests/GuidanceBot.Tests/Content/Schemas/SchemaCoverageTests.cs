using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>Every YAML file the loaders read has exactly one schema, and every schema in schemas/ is used.</summary>
public sealed class SchemaCoverageTests
{
    [Fact]
    public void Every_content_file_matches_exactly_one_schema_kind()
    {
        var files = ContentSchemas.ContentFiles();
        Assert.NotEmpty(files);
        var wrong = files.Select(f => (File: f, Kinds: ContentSchemas.KindsOf(f))).Where(x => x.Kinds.Count != 1)
            .Select(x => $"{x.File}: [{string.Join(", ", x.Kinds)}]").ToList();
        Assert.True(wrong.Count == 0, "files matching no schema or several: " + string.Join("; ", wrong));
    }

    [Fact]
    public void The_schemas_folder_holds_one_schema_per_kind_and_no_other()
    {
        var onDisk = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, ContentSchemas.Folder))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var expected = ContentSchemas.Table.Select(k => k.Kind + ContentSchemas.Suffix).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, onDisk);
    }

    [Fact]
    public void Every_kind_checks_at_least_one_file()
    {
        var used = ContentSchemas.ContentFiles().SelectMany(ContentSchemas.KindsOf).ToHashSet();
        var unused = ContentSchemas.Table.Select(k => k.Kind).Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "schemas that check no file: " + string.Join(", ", unused));
    }

    /// <summary>Ties the table to the loaders: each file a loader reads is of the kind that loader expects, and nothing else is in the folders.</summary>
    [Fact]
    public void Each_file_the_loaders_read_has_the_schema_of_its_loader()
    {
        string Repo(params string[] parts) => ContentSchemas.RepoPath(Path.Combine(parts));
        var read = new List<(string File, string Kind)>();
        read.AddRange(WalkCatalog.WalkFiles(TestPaths.Dialogs).Select(f => (ContentSchemas.RepoPath(f), "walk")));
        read.AddRange(StoryTable.Files().Select(f => (ContentSchemas.RepoPath(f), "cases")));
        read.Add((Repo(TestPaths.Dialogs, RiskCuesLoader.FileName), "risk"));
        read.Add((Repo(TestPaths.Procedures, "profiles.yaml"), "profiles"));
        read.Add((Repo(TestPaths.Procedures, ProcedureLoader.LawFile), "law"));
        read.Add((Repo(TestPaths.Procedures, ProcedureLoader.VerifiedFile), "verified"));
        foreach (var profile in ProfileList.Load(TestPaths.Procedures))
        {
            read.Add((Repo(TestPaths.Procedures, profile.Id, ProcedureLoader.ProcedureFile), "procedure"));
            read.Add((Repo(TestPaths.Procedures, profile.Id, ProcedureLoader.DirectoryFile), "directory"));
        }

        Assert.All(read, r => Assert.Equal([r.Kind], ContentSchemas.KindsOf(r.File)));
        Assert.Equal(ContentSchemas.ContentFiles(), read.Select(r => r.File).Order(StringComparer.Ordinal).ToList());
    }
}
