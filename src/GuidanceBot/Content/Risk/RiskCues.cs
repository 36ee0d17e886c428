namespace GuidanceBot.Content.Risk;

/// <summary>
/// What dialogs/risk.yaml holds: the words, word pairs and example sentences that mark a message as suggesting
/// someone may be at risk, so it gets the safeguarding card (999 first) before anything else. Reviewable content.
/// </summary>
public sealed record RiskCues(
    IReadOnlyList<string> Exclude,
    IReadOnlyList<ProcedureQuestion> ProcedureQuestions,
    IReadOnlyList<RiskCategory> Categories)
{
    /// <summary>Which outcome the safeguarding card shows: the one a walk reaches from one answer (immediate danger: yes).</summary>
    public RiskCard Card { get; init; } = new("safeguarding", "danger", "yes");
}

/// <summary>The walk, question and answer whose outcome is the safeguarding card.</summary>
public sealed record RiskCard(string WalkId, string StepId, string Value);

/// <summary>A question about the safeguarding procedure that names risk but reports none (a negative example).</summary>
public sealed record ProcedureQuestion(string Text, string? Walk);

/// <summary>
/// One kind of risk. <see cref="Words"/>: any one phrase is enough; <see cref="Pairs"/>: both phrases must appear;
/// <see cref="Exclude"/>: phrases inside which a cue does not count; <see cref="Meaning"/>: sentences that say the
/// risk indirectly, compared by meaning. <see cref="Types"/> (abuse and neglect) add their own lists to the category's.
/// </summary>
public sealed record RiskCategory(
    string Id,
    string Title,
    IReadOnlyList<string> Words,
    IReadOnlyList<(string First, string Second)> Pairs,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> Meaning,
    IReadOnlyList<RiskCategory> Types)
{
    /// <summary>Directory entries (ids in procedures/&lt;profile&gt;/directory.yaml) the card lists when the worker's procedure has them (crisis lines).</summary>
    public IReadOnlyList<string> Directory { get; init; } = [];

    public IEnumerable<string> AllWords => Words.Concat(Types.SelectMany(t => t.AllWords));
    public IEnumerable<(string First, string Second)> AllPairs => Pairs.Concat(Types.SelectMany(t => t.AllPairs));
    public IEnumerable<string> AllExclude => Exclude.Concat(Types.SelectMany(t => t.AllExclude));
    public IEnumerable<string> AllMeaning => Meaning.Concat(Types.SelectMany(t => t.AllMeaning));
}
