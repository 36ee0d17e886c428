using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.Content.Walks;

/// <summary>The records read from one walk file, or null when the file could not be read at all, with what went wrong.</summary>
public sealed record WalkLoadResult(Walk? Walk, IReadOnlyList<WalkProblem> Problems);

/// <summary>
/// Turns dialogs/&lt;walk&gt;.yaml text into <see cref="Walk"/> records. Only reading problems are reported here
/// (YAML syntax, unknown keys, an unknown kind, a malformed condition); <see cref="WalkValidator"/> checks meaning.
/// Missing text becomes "" so the validator can name every missing field in one pass.
/// </summary>
public static partial class WalkLoader
{
    public const string OutcomePrefix = "outcome/";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build(); // unknown keys throw: a typo such as "qustion" must not pass silently

    public static WalkLoadResult Parse(string yaml, string fileName)
    {
        var problems = new List<WalkProblem>();
        WalkYaml? file;
        try
        {
            file = Deserializer.Deserialize<WalkYaml>(yaml);
        }
        catch (YamlException e)
        {
            problems.Add(new WalkProblem(fileName, $"line {e.Start.Line}", Explain(e)));
            return new WalkLoadResult(null, problems);
        }
        if (file is null)
        {
            problems.Add(new WalkProblem(fileName, "(file)", "the file is empty"));
            return new WalkLoadResult(null, problems);
        }

        var walkId = file.Id ?? "";
        var steps = (file.Steps ?? []).Select((s, i) => ToStep(s, i, fileName, problems)).ToList();
        var outcomes = (file.Outcomes ?? []).Select((o, i) => ToOutcome(o, i, fileName, problems)).ToList();
        var walk = new Walk(walkId, file.Title ?? "", file.Summary ?? "", file.Group ?? "",
            file.Keywords ?? [], steps, outcomes)
        { Sections = file.Sections ?? [], Examples = file.Examples ?? [], RankLowerWithout = file.RankLowerWithout ?? [] };
        return new WalkLoadResult(walk, problems);
    }

    private static WalkStep ToStep(StepYaml s, int index, string file, List<WalkProblem> problems)
    {
        var id = string.IsNullOrWhiteSpace(s.Id) ? $"step #{index + 1}" : s.Id;
        void Problem(string message) => problems.Add(new WalkProblem(file, id, message));

        var kind = AnswerKind.Choice;
        List<Choice> choices = (s.Choices ?? []).Select(c => new Choice(c.Value ?? "", c.Label ?? "")).ToList();
        switch (s.Kind)
        {
            case "choice":
                break;
            case "yesno":
                kind = AnswerKind.YesNo;
                if (s.Choices is not null)
                    Problem("a yesno step must not list choices (they are always yes/no)");
                choices = [new Choice("yes", "Yes"), new Choice("no", "No")];
                break;
            default:
                Problem($"kind must be 'choice' or 'yesno', found '{s.Kind}'");
                break;
        }

        var cues = s.Cues ?? [];
        foreach (var value in cues.Keys.Where(v => choices.All(c => c.Value != v)))
            Problem($"cues are given for '{value}', which is not one of this question's choices");
        choices = choices.Select(c => cues.TryGetValue(c.Value, out var list) ? c with { Cues = list } : c).ToList();

        var next = new List<Branch>();
        foreach (var b in s.Next ?? [])
        {
            if (string.IsNullOrWhiteSpace(b.Goto))
            {
                Problem("every branch under next needs a goto");
                continue;
            }
            var when = b.When is null ? null : ConditionParser.Parse(b.When, Problem);
            if (b.When is not null && when is null) continue; // already reported; dropping it keeps the walk unusable but checkable
            next.Add(new Branch(when, ParseTarget(b.Goto)));
        }
        return new WalkStep(s.Id ?? "", s.Question ?? "", s.Help, kind, s.Sets ?? "", choices, next);
    }

    private static Outcome ToOutcome(OutcomeYaml o, int index, string file, List<WalkProblem> problems)
    {
        var id = string.IsNullOrWhiteSpace(o.Id) ? $"outcome #{index + 1}" : $"outcome/{o.Id}";
        void Problem(string message) => problems.Add(new WalkProblem(file, id, message));

        var notes = new List<OutcomeNote>();
        foreach (var n in o.Notes ?? [])
        {
            var when = n.When is null ? null : ConditionParser.Parse(n.When, Problem);
            if (n.When is not null && when is null) continue;
            notes.Add(new OutcomeNote(when, n.Text ?? "", ToCitations(n.Sources)));
        }
        var checklist = o.Checklist is null ? null : new Checklist(o.Checklist.Title ?? "",
            (o.Checklist.Items ?? []).Select(i => new ChecklistItem(i.Id ?? "", i.Text ?? "", ToCitations(i.Sources))).ToList());
        var steps = (o.Do ?? []).Select(d => ToStep(d, Problem)).OfType<OutcomeStep>().ToList();
        return new Outcome(o.Id ?? "", o.Title ?? "", o.Rule ?? "", steps, notes, ToCitations(o.Sources))
        {
            Offers = o.Offers ?? [],
            Checklist = checklist,
            Directory = o.Directory,
        };
    }

    /// <summary>A step is text, or { text, when }.</summary>
    private static OutcomeStep? ToStep(object yaml, Action<string> problem)
    {
        switch (yaml)
        {
            case string text:
                return new OutcomeStep(null, text);
            case IDictionary<object, object> map:
                var unknown = map.Keys.Select(k => Convert.ToString(k)).Where(k => k is not ("text" or "when")).ToList();
                if (unknown.Count > 0) problem($"a step has unknown key '{unknown[0]}' (a step is text, or {{ text, when }})");
                var text2 = map.TryGetValue("text", out var t) ? Convert.ToString(t) ?? "" : "";
                Condition? when = null;
                if (map.TryGetValue("when", out var w) && (when = ConditionParser.Parse(w, problem)) is null) return null;
                return new OutcomeStep(when, text2);
            default:
                problem("a step must be text, or { text, when }");
                return null;
        }
    }

    /// <summary>A citation naming several profiles is the same passage in each: one citation per profile.</summary>
    private static List<Citation> ToCitations(List<CitationYaml>? sources) =>
        (sources ?? []).SelectMany(c => Sources(c.Source).Select(s => new Citation(s, c.Section ?? "", c.Locator ?? ""))).ToList();

    private static IEnumerable<string> Sources(object? source) => source switch
    {
        string one => [one],
        IEnumerable<object> many => many.Select(s => Convert.ToString(s) ?? ""),
        _ => [""],
    };

    private static BranchTarget ParseTarget(string target) =>
        target.StartsWith(OutcomePrefix, StringComparison.Ordinal)
            ? new BranchTarget(target[OutcomePrefix.Length..], IsOutcome: true)
            : new BranchTarget(target, IsOutcome: false);

    /// <summary>YamlDotNet names C# types; a procedure owner needs the key and the line.</summary>
    private static string Explain(YamlException e)
    {
        var inner = e;
        while (inner.InnerException is YamlException deeper) inner = deeper;
        var message = inner.InnerException?.Message ?? inner.Message;
        var unknown = UnknownProperty().Match(message);
        return unknown.Success
            ? $"unknown key '{unknown.Groups[1].Value}' (check the spelling against dialogs/README.md)"
            : $"cannot read the YAML: {message}";
    }

    [GeneratedRegex("Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();
}
