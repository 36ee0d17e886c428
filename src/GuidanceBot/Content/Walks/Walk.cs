namespace GuidanceBot.Content.Walks;

/// <summary>A guided walk loaded from dialogs/&lt;id&gt;.yaml: ordered questions, branches and named outcomes.</summary>
public sealed record Walk(
    string Id,
    string Title,
    string Summary,
    string Group,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<WalkStep> Steps,
    IReadOnlyList<Outcome> Outcomes)
{
    /// <summary>A variable every condition may test: the procedure profile in use (its values are the profile ids).</summary>
    public const string AuthorityVariable = "authority";

    /// <summary>The procedure sections (ids in procedures/&lt;profile&gt;/procedure.yaml) this walk follows.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>
    /// How workers ask for this walk, in their own words: the phrasings free-text understanding compares a message
    /// with (reviewable content; see dialogs/README.md).
    /// </summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>
    /// Words without which a message is ranked lower for this walk: a message that names a family member is not about
    /// a carer's own needs unless it says "carer", "caring" or "looks after" (see dialogs/README.md).
    /// </summary>
    public IReadOnlyList<string> RankLowerWithout { get; init; } = [];

    public WalkStep? FindStep(string id) => Steps.FirstOrDefault(s => s.Id == id);
    public Outcome? FindOutcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);
}

public enum AnswerKind { YesNo, Choice }

/// <summary>One question. Its answer sets <see cref="Sets"/>; <see cref="Next"/> is tried in order, the first match wins.</summary>
public sealed record WalkStep(
    string Id,
    string Question,
    string? Help,
    AnswerKind Kind,
    string Sets,
    IReadOnlyList<Choice> Choices,
    IReadOnlyList<Branch> Next);

/// <summary>A possible answer. For yes/no steps the loader supplies "yes" and "no".</summary>
public sealed record Choice(string Value, string Label)
{
    /// <summary>Phrases that, in a worker's message, state this answer (shown to the worker to confirm, never assumed).</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];
}

/// <summary>Go to <see cref="Target"/> when <see cref="When"/> holds (null = always).</summary>
public sealed record Branch(Condition? When, BranchTarget Target);

/// <summary>Either a step id or an outcome id.</summary>
public sealed record BranchTarget(string Id, bool IsOutcome)
{
    public override string ToString() => IsOutcome ? $"outcome {Id}" : $"step {Id}";
}

/// <summary>Declarative conditions only: "variable is one of values", all of, any of.</summary>
public abstract record Condition;
public sealed record IsCondition(string Variable, IReadOnlyList<string> Values) : Condition;
public sealed record AllCondition(IReadOnlyList<Condition> Conditions) : Condition;
public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition;

/// <summary>A named end of a walk: what to do, the rule that applied, and where the procedure says so.</summary>
public sealed record Outcome(
    string Id,
    string Title,
    string Rule,
    IReadOnlyList<OutcomeStep> Do,
    IReadOnlyList<OutcomeNote> Notes,
    IReadOnlyList<Citation> Sources)
{
    /// <summary>Other walks this outcome offers next (for example advocacy after an assessment is decided).</summary>
    public IReadOnlyList<string> Offers { get; init; } = [];

    /// <summary>A list the worker can tick through on the card (for example what a referral must hold).</summary>
    public Checklist? Checklist { get; init; }

    /// <summary>
    /// Show the local directory of the worker's procedure: null = not at all; empty = every category;
    /// otherwise these category ids (a profile without one of them simply shows none for it).
    /// </summary>
    public IReadOnlyList<string>? Directory { get; init; }
}

/// <summary>Items shown as toggles; each traced to the procedure like any other statement.</summary>
public sealed record Checklist(string Title, IReadOnlyList<ChecklistItem> Items);

public sealed record ChecklistItem(string Id, string Text, IReadOnlyList<Citation> Sources);

/// <summary>
/// One thing to do, shown only when its condition holds (null: always): an authority's own rule is a step of its
/// own, chosen by profile (when: { authority: dorset }), not an aside under the generic steps.
/// </summary>
public sealed record OutcomeStep(Condition? When, string Text);

/// <summary>Extra guidance shown only when its condition holds (for example an IMCA note).</summary>
public sealed record OutcomeNote(Condition? When, string Text, IReadOnlyList<Citation> Sources);

/// <summary>
/// Where a statement comes from. <see cref="Source"/> is a procedure profile id (procedures/profiles.yaml)
/// or a legal reference id prefixed "law:"; <see cref="Section"/> the profile's section id;
/// <see cref="Locator"/> at most ten words found verbatim in that seed's text.
/// </summary>
public sealed record Citation(string Source, string Section, string Locator);
