using GuidanceBot.Content.Rules;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.Content.Risk;

/// <summary>Thrown when dialogs/risk.yaml does not load; lists every problem.</summary>
public sealed class RiskCuesException(IReadOnlyList<string> problems)
    : Exception("dialogs/risk.yaml is invalid:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads and checks dialogs/risk.yaml at start-up: every category has an id and title, some words or pairs and
/// some meaning sentences; every pair has two phrases. A broken file stops start-up, as a broken walk does.
/// </summary>
public static class RiskCuesLoader
{
    public const string FileName = "risk.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static RiskCues Load(string dialogsDirectory) => Parse(File.ReadAllText(Path.Combine(dialogsDirectory, FileName)));

    public static RiskCues Parse(string yaml)
    {
        RiskFileYaml file;
        try
        {
            file = Deserializer.Deserialize<RiskFileYaml>(yaml) ?? new RiskFileYaml();
        }
        catch (YamlException e)
        {
            throw new RiskCuesException([$"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}"]);
        }
        var problems = new List<string>();
        var categories = file.Categories.Select(c => Category(c, problems, isType: false)).ToList();
        if (categories.Count == 0) problems.Add("no categories");
        foreach (var dup in categories.GroupBy(c => c.Id).Where(g => g.Count() > 1)) problems.Add($"category '{dup.Key}' appears twice");
        var questions = file.ProcedureQuestions.Select(q => new ProcedureQuestion(q.Text ?? "", string.IsNullOrWhiteSpace(q.Walk) ? null : q.Walk)).ToList();
        if (questions.Any(q => q.Text.Length == 0)) problems.Add("a procedure question has no text");
        if (problems.Count > 0) throw new RiskCuesException(problems);
        return new RiskCues(Clean(file.Exclude), questions, categories);
    }

    private static RiskCategory Category(CategoryYaml c, List<string> problems, bool isType)
    {
        var id = c.Id ?? "";
        var where = (isType ? "type '" : "category '") + id + "'";
        if (!ContentIds.IsKebab(id)) problems.Add($"{where}: id is missing or not kebab-case");
        if (!isType && string.IsNullOrWhiteSpace(c.Title)) problems.Add($"{where}: title is missing");
        var pairs = new List<(string, string)>();
        foreach (var pair in c.Pairs)
        {
            if (pair.Count != 2 || pair.Any(string.IsNullOrWhiteSpace)) problems.Add($"{where}: a pair must hold two phrases");
            else pairs.Add((pair[0].Trim(), pair[1].Trim()));
        }
        var types = c.Types.Select(t => Category(t, problems, isType: true)).ToList();
        var category = new RiskCategory(id, c.Title ?? "", Clean(c.Words), pairs, Clean(c.Exclude), Clean(c.Meaning), types);
        if (!category.AllWords.Any() && !category.AllPairs.Any()) problems.Add($"{where}: no words or pairs");
        if (!isType && !category.AllMeaning.Any()) problems.Add($"{where}: no meaning sentences");
        return category;
    }

    private static List<string> Clean(List<string> items) => items.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();

    // YAML shapes; unknown keys are errors.
    private sealed class RiskFileYaml
    {
        public int Version { get; set; }
        public List<string> Exclude { get; set; } = [];
        public List<QuestionYaml> ProcedureQuestions { get; set; } = [];
        public List<CategoryYaml> Categories { get; set; } = [];
    }

    private sealed class QuestionYaml
    {
        public string? Text { get; set; }
        public string? Walk { get; set; }
    }

    private sealed class CategoryYaml
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public List<string> Words { get; set; } = [];
        public List<List<string>> Pairs { get; set; } = [];
        public List<string> Exclude { get; set; } = [];
        public List<string> Meaning { get; set; } = [];
        public List<CategoryYaml> Types { get; set; } = [];
    }
}
