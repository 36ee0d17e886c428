using System.Text.Json;
using GuidanceBot.TestSupport;
using Json.Schema;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>Every content file names its schema on its first line and satisfies it; every schema is a valid 2020-12 schema.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Files() => new(ContentSchemas.ContentFiles());

    public static TheoryData<string> Kinds() => new(ContentSchemas.Table.Select(k => k.Kind));

    [Theory]
    [MemberData(nameof(Files))]
    public void File_names_its_schema_on_its_first_line(string repoPath)
    {
        var first = File.ReadLines(Path.Combine(TestPaths.RepoRoot, repoPath)).FirstOrDefault();
        Assert.Equal(ContentSchemas.Modeline(repoPath), first);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_satisfies_its_schema(string repoPath)
    {
        var schema = ContentSchemas.Load(ContentSchemas.KindsOf(repoPath).Single());
        var json = YamlToJson.Convert(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, repoPath)));
        var problems = ContentSchemas.Problems(schema, JsonSerializer.SerializeToElement(json));
        Assert.True(problems.Count == 0, $"{repoPath}:\n  " + string.Join("\n  ", problems));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_is_a_valid_draft_2020_12_schema(string kind)
    {
        var text = File.ReadAllText(ContentSchemas.SchemaPath(kind));
        using var document = JsonDocument.Parse(text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        var problems = ContentSchemas.Problems(MetaSchemas.Draft202012, document.RootElement);
        Assert.True(problems.Count == 0, $"{kind}:\n  " + string.Join("\n  ", problems));
        ContentSchemas.Load(kind); // building resolves every $ref and compiles every pattern
    }
}
