using System.Text.Json;
using System.Text.RegularExpressions;
using GuidanceBot.TestSupport;
using Json.Schema;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>
/// The one table that says which schema in schemas/ checks which content file, by the file's path from the repository
/// root. Each pattern is written to exclude the others, so a test can insist that every file matches exactly one.
/// </summary>
public static partial class ContentSchemas
{
    public const string Folder = "schemas";
    public const string Suffix = ".schema.json";

    public static IReadOnlyList<(string Kind, Regex Path)> Table { get; } =
    [
        ("walk", WalkPath()),
        ("cases", CasesPath()),
        ("risk", RiskPath()),
        ("procedure", ProcedurePath()),
        ("directory", DirectoryPath()),
        ("law", LawPath()),
        ("profiles", ProfilesPath()),
        ("verified", VerifiedPath()),
    ];

    /// <summary>The content folders whose YAML files the app (or the story-table tests) read.</summary>
    public static IReadOnlyList<string> ContentFolders { get; } = ["dialogs", "procedures"];

    /// <summary>Every YAML file under the content folders, as a repository path with '/' separators.</summary>
    public static IReadOnlyList<string> ContentFiles() =>
        ContentFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, folder), "*.yaml", SearchOption.AllDirectories))
            .Select(RepoPath)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string RepoPath(string fullPath) => Path.GetRelativePath(TestPaths.RepoRoot, fullPath).Replace('\\', '/');

    /// <summary>The kinds whose pattern matches this repository path (one, for every file in the repository).</summary>
    public static IReadOnlyList<string> KindsOf(string repoPath) => Table.Where(k => k.Path.IsMatch(repoPath)).Select(k => k.Kind).ToList();

    public static string SchemaPath(string kind) => Path.Combine(TestPaths.RepoRoot, Folder, kind + Suffix);

    /// <summary>The first line a content file must start with: the YAML language server's modeline, relative to the file's folder.</summary>
    public static string Modeline(string repoPath)
    {
        var folder = Path.GetDirectoryName(Path.Combine(TestPaths.RepoRoot, repoPath))!;
        var schema = Path.GetRelativePath(folder, SchemaPath(KindsOf(repoPath).Single())).Replace('\\', '/');
        return "# yaml-language-server: $schema=" + schema;
    }

    /// <summary>Builds a schema on its own registry, so each test can build it again without clashing ids.</summary>
    public static JsonSchema Load(string kind) =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath(kind)), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri(SchemaPath(kind)));

    /// <summary>The schema's complaints about a JSON instance, one line each, with where in the file.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var lines = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return lines.Count > 0 ? lines : ["invalid (no detail)"];
    }

    [GeneratedRegex(@"^dialogs/(?!risk\.yaml$)[a-z0-9-]+\.yaml$")]
    private static partial Regex WalkPath();

    [GeneratedRegex(@"^dialogs/[a-z0-9-]+\.cases\.yaml$")]
    private static partial Regex CasesPath();

    [GeneratedRegex(@"^dialogs/risk\.yaml$")]
    private static partial Regex RiskPath();

    [GeneratedRegex(@"^procedures/[a-z0-9-]+/procedure\.yaml$")]
    private static partial Regex ProcedurePath();

    [GeneratedRegex(@"^procedures/[a-z0-9-]+/directory\.yaml$")]
    private static partial Regex DirectoryPath();

    [GeneratedRegex(@"^procedures/law\.yaml$")]
    private static partial Regex LawPath();

    [GeneratedRegex(@"^procedures/profiles\.yaml$")]
    private static partial Regex ProfilesPath();

    [GeneratedRegex(@"^procedures/verified\.yaml$")]
    private static partial Regex VerifiedPath();
}
