using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.TestSupport;
using Json.Schema;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>
/// The schemas can fail: a broken copy of a real file is refused by its schema, and by the app's own loader too, so
/// the schema and the loader agree on each breakage. The copies are written as JSON, which YAML readers also read.
/// </summary>
public sealed class SchemaMutationTests
{
    private static readonly JsonSerializerOptions AsText = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, string> Breakages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, (_, mutations)) in Mutations.ByKind)
            foreach (var mutation in mutations) data.Add(kind, mutation.Name);
        return data;
    }

    public static TheoryData<string> Kinds() => new(Mutations.ByKind.Keys);

    [Fact]
    public void Every_schema_kind_has_each_breakage()
    {
        Assert.Equal(ContentSchemas.Table.Select(k => k.Kind).Order(), Mutations.ByKind.Keys.Order());
        Assert.All(Mutations.ByKind.Values, v => Assert.Equal(4, v.Mutations.Select(m => m.Name).Distinct().Count()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_real_file_written_as_json_is_accepted_by_its_loader(string kind)
    {
        var (file, _) = Mutations.ByKind[kind];
        Assert.Empty(ContentLoaders.Problems(kind, file, Broken(kind, mutation: null).ToJsonString(AsText)));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_copy_of_a_real_file_is_refused_by_its_schema(string kind, string mutation)
    {
        var problems = ContentSchemas.Problems(ContentSchemas.Load(kind), JsonSerializer.SerializeToElement(Broken(kind, mutation)));
        Assert.NotEmpty(problems);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_same_broken_copy_is_refused_by_the_app_loader(string kind, string mutation)
    {
        var (file, _) = Mutations.ByKind[kind];
        Assert.NotEmpty(ContentLoaders.Problems(kind, file, Broken(kind, mutation).ToJsonString(AsText)));
    }

    [Fact]
    public void A_schema_with_an_unknown_type_name_is_not_a_valid_2020_12_schema()
    {
        var broken = JsonNode.Parse(File.ReadAllText(ContentSchemas.SchemaPath("profiles")))!;
        broken["type"] = "record";
        Assert.NotEmpty(ContentSchemas.Problems(MetaSchemas.Draft202012, JsonSerializer.SerializeToElement(broken)));
    }

    /// <summary>The kind's real file as JSON, with one breakage applied (or none).</summary>
    private static JsonNode Broken(string kind, string? mutation)
    {
        var (file, mutations) = Mutations.ByKind[kind];
        var json = YamlToJson.Convert(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)))!;
        if (mutation is not null) mutations.Single(m => m.Name == mutation).Apply(json);
        return json;
    }
}
