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
        var card = file.Card is null ? null : new RiskCard(file.Card.Walk ?? "", file.Card.Step ?? "", file.Card.Answer ?? "");
        if (card is not null && (card.WalkId.Length == 0 || card.StepId.Length == 0 || card.Value.Length == 0))
            throw new RiskCuesException(["card needs walk, step and answer"]);
        var cues = new RiskCues(Clean(file.Exclude), questions, categories);
        return card is null ? cues : cues with { Card = card };
    }

    /// <summary>Null when the card's walk, question and answer exist and the answer leads straight to one of the walk's outcomes.</summary>
    public static string? CardProblem(RiskCues cues, Walks.WalkCatalog walks)
    {
        var card = cues.Card;
        if (walks.Find(card.WalkId) is not { } walk) return $"card: there is no walk '{card.WalkId}'";
        if (walk.Steps.Count == 0 || walk.Steps[0].Id != card.StepId) return $"card: '{card.StepId}' is not the first question of {card.WalkId}";
        var step = walk.Steps[0];
        if (step.Choices.All(c => c.Value != card.Value)) return $"card: '{card.Value}' is not an answer of {card.WalkId}/{card.StepId}";
        var branch = step.Next.FirstOrDefault(b => b.When is Walks.IsCondition c && c.Variable == step.Sets && c.Values.Contains(card.Value));
        return branch is { Target.IsOutcome: true } ? null : $"card: {card.WalkId}/{card.StepId} = {card.Value} does not lead straight to an outcome";
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
        var category = new RiskCategory(id, c.Title ?? "", Clean(c.Words), pairs, Clean(c.Exclude), Clean(c.Meaning), types) { Directory = Clean(c.Directory) };
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
        public CardYaml? Card { get; set; }
    }

    private sealed class CardYaml
    {
        public string? Walk { get; set; }
        public string? Step { get; set; }
        public string? Answer { get; set; }
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
        public List<string> Directory { get; set; } = [];
    }
}
