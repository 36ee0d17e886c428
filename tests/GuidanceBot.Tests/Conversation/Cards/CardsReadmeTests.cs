using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards.Templating;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>cards/README.md documents every template and every data field each one reads, so the contract cannot drift.</summary>
public sealed class CardsReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Cards, "README.md"));

    private static Dictionary<string, string> Sections() =>
        Readme.Split("\n### ").Skip(1).ToDictionary(s => s[..s.IndexOf('\n')].Trim(), s => s);

    [Fact]
    public void Readme_HasOneSectionPerTemplate()
    {
        var templates = Directory.GetFiles(TestPaths.Cards, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(templates, Sections().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OracleRun.Samples), MemberType = typeof(OracleRun))]
    public void Readme_DocumentsEveryFieldTheTemplateReads(string template)
    {
        var section = Sections()[template + ".json"];
        foreach (var field in FieldsRead(OracleRun.Template(template), ""))
            Assert.True(section.Contains($"`{field}`", StringComparison.Ordinal), $"cards/README.md, {template}.json: field `{field}` is not documented.");
    }

    [Theory]
    [MemberData(nameof(OracleRun.Samples), MemberType = typeof(OracleRun))]
    public void SampleData_HasEveryDocumentedTopLevelField(string template)
    {
        // The samples are the designers' preview data: they should exercise the whole card.
        var data = OracleRun.SampleData(template).AsObject();
        foreach (var field in FieldsRead(OracleRun.Template(template), "").Where(f => !f.Contains('.')))
            Assert.True(data.ContainsKey(field) || IsOptionalAlternative(template, field), $"cards/samples/{template}.data.json lacks `{field}`.");
    }

    // The question sample shows collapsed help; open help is the other way to show the same text.
    private static bool IsOptionalAlternative(string template, string field) => template == "question" && field == "helpOpen";

    /// <summary>Field paths an expression reads, written as in the README: items inside $data arrays are `list[].field`.</summary>
    private static IEnumerable<string> FieldsRead(JsonNode? node, string scope)
    {
        switch (node)
        {
            case JsonObject obj:
                var inner = scope;
                if (obj["$data"] is JsonValue d)
                {
                    var path = Paths(d.GetValue<string>()).Single();
                    yield return Qualify(path, scope);
                    inner = Qualify(path, scope) + "[]";
                }
                foreach (var (key, value) in obj)
                    if (key != "$data")
                        foreach (var f in FieldsRead(value, inner))
                            yield return f;
                break;
            case JsonArray array:
                foreach (var f in array.SelectMany(item => FieldsRead(item, scope)))
                    yield return f;
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                foreach (var p in Paths(v.GetValue<string>()))
                    yield return Qualify(p, scope);
                break;
        }
    }

    private static string Qualify(string path, string scope) => scope.Length == 0 ? path : $"{scope}.{path}";

    private static IEnumerable<string> Paths(string text)
    {
        var parsed = TemplateString.TryParse(text);
        if (parsed is null) yield break;
        foreach (var e in parsed.Parts.Select(p => p.Expression).OfType<TemplateExpression>())
        {
            var path = e switch
            {
                TemplateExpression.Path p => p,
                TemplateExpression.Exists x => x.Target,
                TemplateExpression.Not n => n.Target,
                TemplateExpression.NotEmpty c => c.Target,
                _ => throw new InvalidOperationException(e.ToString()),
            };
            if (!path.Segments[0].Name!.StartsWith('$'))
                yield return path.Text;
        }
    }
}
