using GuidanceBot.Content.Risk;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>Why a message was read as suggesting risk: the category, and whether by its words or by its meaning.</summary>
public sealed record RiskFinding(string CategoryId, RiskBasis Basis);

public enum RiskBasis { Words, Meaning }

/// <summary>
/// Does a message suggest that someone is in danger, being abused or neglected, may harm themselves, or that a
/// child is at risk? By words (dialogs/risk.yaml: any cue phrase, or both phrases of a pair, not inside an exclude
/// phrase; long words tolerate one typing slip); <see cref="RiskMeaning"/> adds what the words miss. When in doubt
/// it fires: a false alarm costs one click, a miss can cost a life.
/// </summary>
public sealed class RiskDetector(RiskCues cues)
{
    private readonly IReadOnlyList<Phrase> _globalExclude = cues.Exclude.Select(e => new Phrase(e)).ToList();

    private readonly IReadOnlyList<(string Id, Phrase[] Words, (Phrase A, Phrase B)[] Pairs, Phrase[] Exclude)> _categories = cues.Categories
        .Select(c => (c.Id,
            c.AllWords.Select(w => new Phrase(w)).ToArray(),
            c.AllPairs.Select(p => (new Phrase(p.First), new Phrase(p.Second))).ToArray(),
            c.AllExclude.Select(e => new Phrase(e)).ToArray()))
        .ToList();

    // Every phrase that can make a category fire; a message with none of their first words cannot.
    private readonly FirstWordFilter _anyCue = new(cues.Categories.SelectMany(c =>
        c.AllWords.Concat(c.AllPairs.SelectMany(p => new[] { p.First, p.Second }))).Select(w => new Phrase(w)), allowSlips: true);

    /// <summary>By words only: cheap, needs no model, run on every typed message.</summary>
    public RiskFinding? ByWords(string[] words)
    {
        if (!_anyCue.MayOccurIn(words)) return null;
        foreach (var category in _categories)
        {
            var masks = _globalExclude.Concat(category.Exclude).SelectMany(e => e.In(words)).ToList();
            bool Found(Phrase phrase) => phrase.In(words, allowSlips: true).Any(o => !masks.Any(o.Within));
            if (category.Words.Any(Found) || category.Pairs.Any(p => Found(p.A) && Found(p.B)))
                return new RiskFinding(category.Id, RiskBasis.Words);
        }
        return null;
    }
}

/// <summary>
/// Risk by meaning, for what words alone miss ("says she's got tablets saved up"): the message's embedding against
/// each category's meaning sentences (dialogs/risk.yaml), weighed against the procedure questions that only name
/// safeguarding and against the nearest walk example. Thresholds tuned on the dev half of tests/routing/.
/// </summary>
public sealed class RiskMeaning
{
    /// <summary>Cosine to the nearest meaning sentence above which a message is read as suggesting risk, whatever else it is near.</summary>
    public const float MeaningThreshold = 0.62f;

    /// <summary>Above this, a message clearly nearer to a risk sentence than to anything else suggests risk.</summary>
    public const float NearerThreshold = 0.45f;

    /// <summary>How much nearer to a risk sentence than to anything else, for <see cref="NearerThreshold"/>.</summary>
    public const float NearerMargin = 0.10f;

    private readonly float[][] _procedureQuestions;
    private readonly IReadOnlyList<(string Id, float[][] Meaning)> _categories;

    /// <param name="embed">Embeds the meaning sentences at start-up (in batches).</param>
    public RiskMeaning(RiskCues cues, Func<IReadOnlyList<string>, float[][]> embed)
    {
        _procedureQuestions = embed(cues.ProcedureQuestions.Select(q => q.Text).ToList());
        _categories = cues.Categories.Select(c => (c.Id, embed(c.AllMeaning.ToList()))).ToList();
    }

    /// <summary>
    /// The nearest category, when its sentence is very near, or fairly near and clearly nearer than anything else the
    /// message could be (a procedure question that names safeguarding, or <paramref name="nearestOther"/>: the nearest walk example).
    /// </summary>
    public RiskFinding? ByMeaning(float[] message, float nearestOther = 0f)
    {
        var (risk, anchor) = Scores(message);
        anchor = Math.Max(anchor, nearestOther);
        var best = _categories
            .Select(c => (c.Id, Score: c.Meaning.Select(m => SentenceEmbedder.Cosine(message, m)).DefaultIfEmpty(0f).Max()))
            .MaxBy(x => x.Score);
        if (best.Id is null) return null;
        var risky = risk >= MeaningThreshold || (risk >= NearerThreshold && risk > anchor + NearerMargin);
        return risky ? new RiskFinding(best.Id, RiskBasis.Meaning) : null;
    }

    /// <summary>The nearest meaning sentence's cosine, and the nearest procedure question's (for tuning).</summary>
    public (float Risk, float Anchor) Scores(float[] message) => (
        _categories.SelectMany(c => c.Meaning).Select(m => SentenceEmbedder.Cosine(message, m)).DefaultIfEmpty(0f).Max(),
        _procedureQuestions.Select(q => SentenceEmbedder.Cosine(message, q)).DefaultIfEmpty(0f).Max());
}
