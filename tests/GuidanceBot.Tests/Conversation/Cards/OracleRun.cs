using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>One oracle case: a template, its data, and what the npm packages made of it.</summary>
public sealed record OracleCase(string Name, JsonNode Template, JsonNode? Data, OracleResult Result);

/// <summary>
/// Every oracle case of the test run, sent to node in one process (started on first use), so the
/// oracle test classes stay fast. A missing node fails every test that asks, with the fix.
/// </summary>
public static class OracleRun
{
    private static readonly Lazy<IReadOnlyDictionary<string, OracleCase>> Cases = new(RunAll);

    public static OracleCase Get(string name) => Cases.Value[name];

    /// <summary>sample:NAME for each template with cards/samples/NAME.data.json.</summary>
    public static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(TestPaths.Cards, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Samples() => new(SampleNames());

    public static TheoryData<string> Binder() => new(BinderCases.All.Keys);

    public static TheoryData<string> Built() => new(BuiltCards.All.Keys);

    public static TheoryData<string> AllCards() => new(SampleNames().Select(n => "sample:" + n).Concat(BuiltCards.All.Keys.Select(k => "built:" + k)));

    public static JsonNode Template(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Cards, name + ".json")))!;

    public static JsonNode SampleData(string name)
    {
        var path = Path.Combine(TestPaths.Cards, "samples", name + ".data.json");
        Assert.True(File.Exists(path), $"cards/samples/{name}.data.json is missing; every template needs sample data.");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    private static IReadOnlyDictionary<string, OracleCase> RunAll()
    {
        var inputs = new List<(string Name, JsonNode Template, JsonNode? Data)>();
        foreach (var name in SampleNames())
        {
            var samplePath = Path.Combine(TestPaths.Cards, "samples", name + ".data.json");
            if (File.Exists(samplePath))
                inputs.Add(("sample:" + name, Template(name), JsonNode.Parse(File.ReadAllText(samplePath))));
        }
        foreach (var (name, c) in BinderCases.All)
            inputs.Add(("binder:" + name, c.Template, c.Data));
        foreach (var (name, card) in BuiltCards.All)
            inputs.Add(("built:" + name, Template(card.TemplateName), CardTemplates.DataOf(card)));

        var results = NodeOracle.Run(inputs.Select(i => (i.Template, i.Data)).ToList());
        return inputs.Zip(results, (i, r) => new OracleCase(i.Name, i.Template, i.Data, r))
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
    }
}
