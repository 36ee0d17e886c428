using System.Text.RegularExpressions;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
namespace GuidanceBot.Content.Walks;

/// <summary>
/// Checks that a walk means something: every target exists and is reachable, every condition names a
/// variable already asked and one of its answers, every outcome is traced to a procedure seed, and the
/// last question cannot leave the practitioner with nowhere to go. Returns every problem, not the first.
/// </summary>
public static partial class WalkValidator
{
    /// <param name="lawIds">The ids in procedures/law.yaml; null skips that check (small in-memory walks in tests).</param>
    public static IReadOnlyList<WalkProblem> Validate(Walk walk, string fileName, IReadOnlyCollection<string> profileIds, IReadOnlyCollection<string>? lawIds = null)
    {
        var problems = new List<WalkProblem>();
        void Problem(string id, string message) => problems.Add(new WalkProblem(fileName, id, message));

        var authority = AuthorityStep(profileIds);
        CheckHeader(walk, fileName, Problem);
        CheckExamples(walk, Problem);
        CheckCues(walk, Problem);
        CheckSteps(walk, authority, Problem);
        CheckOutcomes(walk, authority, profileIds, lawIds, Problem);
        CheckReachability(walk, Problem);
        return problems;
    }

    private static void CheckHeader(Walk walk, string fileName, Action<string, string> problem)
    {
        var id = walk.Id.Length > 0 ? walk.Id : "(walk)";
        if (!ContentIds.IsKebab(walk.Id)) problem(id, "id is missing or not kebab-case (lower-case words joined by '-')");
        else if (Path.GetFileNameWithoutExtension(fileName) != walk.Id)
            problem(id, $"the walk id must match its file name ({walk.Id}.yaml)");
        if (string.IsNullOrWhiteSpace(walk.Title)) problem(id, "title is missing");
        if (string.IsNullOrWhiteSpace(walk.Summary)) problem(id, "summary is missing");
        if (!WalkGroups.All.Contains(walk.Group))
            problem(id, $"group '{walk.Group}' is not one of: {string.Join(", ", WalkGroups.All)}");
        if (walk.Steps.Count == 0) problem(id, "a walk needs at least one step");
        if (walk.Outcomes.Count == 0) problem(id, "a walk needs at least one outcome");
    }

    /// <summary>At least this many phrasings per walk, so free-text understanding has enough to compare with.</summary>
    public const int MinExamples = 12;

    /// <summary>An example is a message a worker might type, not a document.</summary>
    public const int MaxExampleLength = 400;

    /// <summary>A cue is a short phrase found in a message, not a sentence.</summary>
    public const int MaxCueWords = 8;

    private static void CheckExamples(Walk walk, Action<string, string> problem)
    {
        var id = walk.Id.Length > 0 ? walk.Id : "(walk)";
        if (walk.Examples.Count < MinExamples)
            problem(id, $"examples: {walk.Examples.Count} given; at least {MinExamples} phrasings of how workers ask for this walk are needed");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var example in walk.Examples)
        {
            if (string.IsNullOrWhiteSpace(example)) problem(id, "an example is empty");
            else if (example.Length > MaxExampleLength) problem(id, $"example \"{example[..40]}...\" is longer than {MaxExampleLength} characters");
            else if (!seen.Add(example.Trim())) problem(id, $"example \"{example}\" appears twice");
        }
        foreach (var word in walk.RankLowerWithout)
            if (string.IsNullOrWhiteSpace(word)) problem(id, "rankLowerWithout: an entry is empty");
            else if (word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxCueWords)
                problem(id, $"rankLowerWithout: \"{word}\" is longer than {MaxCueWords} words");
    }

    /// <summary>Cues must be short and name one answer only: a phrase that could state two answers of a question states neither.</summary>
    private static void CheckCues(Walk walk, Action<string, string> problem)
    {
        foreach (var step in walk.Steps)
        {
            var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var choice in step.Choices)
            foreach (var cue in choice.Cues)
            {
                var words = cue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words == 0) problem(step.Id, $"an empty cue for '{choice.Value}'");
                else if (words > MaxCueWords) problem(step.Id, $"cue \"{cue}\" has {words} words; at most {MaxCueWords}");
                else if (owner.TryGetValue(cue.Trim(), out var other) && other != choice.Value)
                    problem(step.Id, $"cue \"{cue}\" is given for both '{other}' and '{choice.Value}'");
                else owner[cue.Trim()] = choice.Value;
            }
        }
    }

    /// <summary>The reserved variable "authority" behaves like a question already answered with a profile id.</summary>
    private static WalkStep AuthorityStep(IReadOnlyCollection<string> profileIds) =>
        new("(authority)", "", null, AnswerKind.Choice, Walk.AuthorityVariable, profileIds.Select(p => new Choice(p, p)).ToList(), []);

    private static void CheckSteps(Walk walk, WalkStep authority, Action<string, string> problem)
    {
        var seenIds = new HashSet<string>();
        var setBy = new Dictionary<string, WalkStep> { [Walk.AuthorityVariable] = authority };
        for (var i = 0; i < walk.Steps.Count; i++)
        {
            var step = walk.Steps[i];
            var id = step.Id.Length > 0 ? step.Id : $"step #{i + 1}";
            if (!IsIdentifier(step.Id)) problem(id, "step id is missing or uses characters other than a-z, 0-9, '-' and '_'");
            else if (!seenIds.Add(step.Id)) problem(id, "duplicate step id");
            if (string.IsNullOrWhiteSpace(step.Question)) problem(id, "question is missing");
            if (!IsIdentifier(step.Sets)) problem(id, "sets is missing (the variable this answer sets)");
            else if (step.Sets == Walk.AuthorityVariable) problem(id, "'authority' is reserved: it holds the procedure profile in use");
            else if (setBy.TryGetValue(step.Sets, out var other)) problem(id, $"variable '{step.Sets}' is already set by step {other.Id}");
            else setBy[step.Sets] = step;

            if (step.Choices.Count == 0) problem(id, "a choice step needs choices");
            foreach (var dup in step.Choices.GroupBy(c => c.Value).Where(g => g.Count() > 1))
                problem(id, $"duplicate choice value '{dup.Key}'");
            foreach (var c in step.Choices.Where(c => !IsIdentifier(c.Value) || string.IsNullOrWhiteSpace(c.Label)))
                problem(id, $"choice '{c.Value}' needs a value (a-z, 0-9, '-', '_') and a label");

            foreach (var branch in step.Next)
            {
                CheckTarget(walk, i, branch.Target, id, problem);
                if (branch.When is not null)
                    CheckCondition(branch.When, setBy, id, "earlier or this step", problem);
            }
        }

        if (walk.Steps.Count > 0 && walk.Steps[^1] is var last
            && FallThrough.ValuesThatFallThrough(last) is { Count: > 0 } loose)
            problem(last.Id, $"last step: no branch surely matches for {string.Join(", ", loose)}; add a branch without 'when' or cover every answer");
    }

    private static void CheckTarget(Walk walk, int stepIndex, BranchTarget target, string id, Action<string, string> problem)
    {
        if (target.IsOutcome)
        {
            if (walk.FindOutcome(target.Id) is null) problem(id, $"goto: unknown outcome '{target.Id}'");
            return;
        }
        var targetIndex = walk.Steps.ToList().FindIndex(s => s.Id == target.Id);
        if (targetIndex < 0) problem(id, $"goto: unknown step '{target.Id}' (outcomes are written outcome/<id>)");
        else if (targetIndex <= stepIndex) problem(id, $"goto: step '{target.Id}' is not after this step; walks only move forward");
    }

    private static void CheckCondition(Condition condition, IReadOnlyDictionary<string, WalkStep> known, string id, string scope, Action<string, string> problem)
    {
        switch (condition)
        {
            case IsCondition c when !known.TryGetValue(c.Variable, out _):
                problem(id, $"condition uses '{c.Variable}', which is not a variable set by an {scope} (or all/any)");
                break;
            case IsCondition c:
                var step = known[c.Variable];
                foreach (var v in c.Values.Where(v => step.Choices.All(ch => ch.Value != v)))
                    problem(id, $"condition value '{v}' is not a choice of '{c.Variable}' ({string.Join(", ", step.Choices.Select(ch => ch.Value))})");
                break;
            case AllCondition a:
                foreach (var inner in a.Conditions) CheckCondition(inner, known, id, scope, problem);
                break;
            case AnyCondition a:
                foreach (var inner in a.Conditions) CheckCondition(inner, known, id, scope, problem);
                break;
        }
    }

    private static void CheckOutcomes(Walk walk, WalkStep authority, IReadOnlyCollection<string> profileIds, IReadOnlyCollection<string>? lawIds, Action<string, string> problem)
    {
        var allVariables = walk.Steps.Where(s => s.Sets.Length > 0 && s.Sets != Walk.AuthorityVariable)
            .GroupBy(s => s.Sets).ToDictionary(g => g.Key, g => g.First());
        allVariables[Walk.AuthorityVariable] = authority;
        foreach (var section in walk.Sections.Where(s => !ContentIds.IsKebab(s)))
            problem(walk.Id, $"section '{section}' is not a kebab-case section id");
        var seen = new HashSet<string>();
        for (var i = 0; i < walk.Outcomes.Count; i++)
        {
            var outcome = walk.Outcomes[i];
            var id = outcome.Id.Length > 0 ? $"outcome/{outcome.Id}" : $"outcome #{i + 1}";
            if (!ContentIds.IsKebab(outcome.Id)) problem(id, "outcome id is missing or not kebab-case");
            else if (!seen.Add(outcome.Id)) problem(id, "duplicate outcome id");
            if (string.IsNullOrWhiteSpace(outcome.Title)) problem(id, "title is missing");
            if (string.IsNullOrWhiteSpace(outcome.Rule)) problem(id, "rule is missing");
            if (outcome.Do.Count == 0 || outcome.Do.Any(s => string.IsNullOrWhiteSpace(s.Text))) problem(id, "do needs at least one step, none blank");
            foreach (var step in outcome.Do.Where(s => s.When is not null))
                CheckCondition(step.When!, allVariables, id, "step of this walk", problem);
            if (!outcome.Sources.Any(c => !LegalSources.IsLegal(c.Source)))
                problem(id, "needs at least one citation of a procedure seed (a law: citation alone is not enough)");
            CheckCitations(outcome.Sources, profileIds, lawIds, id, problem);

            foreach (var note in outcome.Notes)
            {
                if (string.IsNullOrWhiteSpace(note.Text)) problem(id, "a note has no text");
                if (note.Sources.Count == 0) problem(id, "a note needs at least one citation");
                if (note.When is not null) CheckCondition(note.When, allVariables, id, "step of this walk", problem);
                CheckCitations(note.Sources, profileIds, lawIds, id, problem);
            }

            foreach (var offer in outcome.Offers.Where(o => !ContentIds.IsKebab(o) || o == walk.Id))
                problem(id, $"offers '{offer}': name another walk by its id");
            if (outcome.Checklist is { } list)
            {
                if (string.IsNullOrWhiteSpace(list.Title)) problem(id, "a checklist needs a title");
                if (list.Items.Count == 0) problem(id, "a checklist needs items");
                foreach (var dup in list.Items.GroupBy(i => i.Id).Where(g => g.Count() > 1)) problem(id, $"duplicate checklist item id '{dup.Key}'");
                foreach (var item in list.Items)
                {
                    if (!IsIdentifier(item.Id) || string.IsNullOrWhiteSpace(item.Text)) problem(id, $"checklist item '{item.Id}' needs an id and text");
                    if (!item.Sources.Any(c => !LegalSources.IsLegal(c.Source))) problem(id, $"checklist item '{item.Id}' needs a seed citation");
                    CheckCitations(item.Sources, profileIds, lawIds, id, problem);
                }
            }
        }
    }

    private static void CheckCitations(IEnumerable<Citation> citations, IReadOnlyCollection<string> profileIds, IReadOnlyCollection<string>? lawIds, string id, Action<string, string> problem)
    {
        foreach (var c in citations)
        {
            if (LegalSources.IsLegal(c.Source))
            {
                if (lawIds is not null && !lawIds.Contains(c.Source[LegalSources.Prefix.Length..]))
                    problem(id, $"unknown legal source '{c.Source}': not an id in procedures/law.yaml ({string.Join(", ", lawIds)})");
                if (c.Section.Length > 0) problem(id, $"a law: citation must leave section empty ('{c.Source}')");
            }
            else if (!profileIds.Contains(c.Source))
                problem(id, $"unknown source '{c.Source}': not a profile id in procedures/profiles.yaml and not law:<id>");
            else if (!ContentIds.IsKebab(c.Section))
                problem(id, $"citation of '{c.Source}' needs a kebab-case section id");

            var words = Locator.WordCount(c.Locator);
            if (words == 0) problem(id, $"citation of '{c.Source}' needs a locator");
            else if (words > Locator.MaxWords) problem(id, $"locator \"{c.Locator}\" has {words} words; at most {Locator.MaxWords}");
        }
    }

    /// <summary>Breadth-first from the first step; a step's following step counts only if it can fall through.</summary>
    private static void CheckReachability(Walk walk, Action<string, string> problem)
    {
        if (walk.Steps.Count == 0) return;
        var steps = new HashSet<string>();
        var outcomes = new HashSet<string>();
        var queue = new Queue<int>([0]);
        while (queue.TryDequeue(out var i))
        {
            var step = walk.Steps[i];
            if (!steps.Add(step.Id)) continue;
            foreach (var target in step.Next.Select(b => b.Target))
            {
                if (target.IsOutcome) outcomes.Add(target.Id);
                else if (walk.Steps.ToList().FindIndex(s => s.Id == target.Id) is >= 0 and var t) queue.Enqueue(t);
            }
            if (i + 1 < walk.Steps.Count && FallThrough.ValuesThatFallThrough(step).Count > 0) queue.Enqueue(i + 1);
        }
        foreach (var s in walk.Steps.Where(s => s.Id.Length > 0 && !steps.Contains(s.Id)))
            problem(s.Id, "unreachable step: no branch leads here and the step before cannot fall through to it");
        foreach (var o in walk.Outcomes.Where(o => o.Id.Length > 0 && !outcomes.Contains(o.Id)))
            problem($"outcome/{o.Id}", "unreachable outcome: no branch leads here");
    }

    private static bool IsIdentifier(string s) => IdentifierPattern().IsMatch(s);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
