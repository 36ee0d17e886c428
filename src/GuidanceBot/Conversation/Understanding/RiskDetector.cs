using GuidanceBot.Content.Risk;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>Why a message was read as suggesting risk: the category, and whether by its words or by its meaning.</summary>
public sealed record RiskFinding(string CategoryId, RiskBasis Basis);

public enum RiskBasis { Words, Meaning }

/// <summary>
/// Does a message suggest that someone is in danger, being abused or neglected, may harm themselves, or that a
/// child is at risk? By words first (dialogs/risk.yaml: any cue phrase, or both phrases of a pair, not inside an
/// exclude phrase; long words tolerate one typing slip), then by meaning (the message is closer to a category's
/// meaning sentences than the threshold, and closer to them than to the procedure questions that merely name
/// safeguarding). When in doubt it fires: a false alarm costs one click, a miss can cost a life.
/// </summary>
public sealed class RiskDetector
{
    /// <summary>Cosine to the nearest meaning sentence above which a message is read as suggesting risk, whatever else it is near.</summary>
    public const float MeaningThreshold = 0.62f;

    /// <summary>Above this, a message nearer to a risk sentence than to any walk's example or procedure question suggests risk.</summary>
    public const float NearerThreshold = 0.45f;

    /// <summary>How much nearer to a risk sentence than to anything else, for <see cref="NearerThreshold"/>.</summary>
    public const float NearerMargin = 0.10f;

    private readonly IReadOnlyList<Category> _categories;
    private readonly IReadOnlyList<Phrase> _globalExclude;
    private readonly float[][] _procedureQuestions;

    private sealed record Category(string Id, Phrase[] Words, (Phrase A, Phrase B)[] Pairs, Phrase[] Exclude, float[][] Meaning);

    /// <param name="embed">Embeds the meaning sentences at start-up (in batches).</param>
    public RiskDetector(RiskCues cues, Func<IReadOnlyList<string>, float[][]> embed)
    {
        _globalExclude = cues.Exclude.Select(e => new Phrase(e)).ToList();
        _procedureQuestions = embed(cues.ProcedureQuestions.Select(q => q.Text).ToList());
        _categories = cues.Categories.Select(c => new Category(
            c.Id,
            c.AllWords.Select(w => new Phrase(w)).ToArray(),
            c.AllPairs.Select(p => (new Phrase(p.First), new Phrase(p.Second))).ToArray(),
            c.AllExclude.Select(e => new Phrase(e)).ToArray(),
            embed(c.AllMeaning.ToList()))).ToList();
    }

    /// <summary>By words only: cheap, run on every typed message.</summary>
    public RiskFinding? ByWords(string[] words)
    {
        foreach (var category in _categories)
        {
            var masks = _globalExclude.Concat(category.Exclude).SelectMany(e => e.In(words)).ToList();
            bool Found(Phrase phrase) => phrase.In(words, allowSlips: true).Any(o => !masks.Any(o.Within));
            if (category.Words.Any(Found) || category.Pairs.Any(p => Found(p.A) && Found(p.B)))
                return new RiskFinding(category.Id, RiskBasis.Words);
        }
        return null;
    }

    /// <summary>
    /// By meaning: the nearest category, when its sentence is very near, or fairly near and nearer than anything
    /// else the message could be (a procedure question that names safeguarding, <paramref name="nearestOther"/>:
    /// the nearest walk example).
    /// </summary>
    public RiskFinding? ByMeaning(float[] message, float nearestOther = 0f)
    {
        var anchor = Math.Max(nearestOther, _procedureQuestions.Select(q => SentenceEmbedder.Cosine(message, q)).DefaultIfEmpty(0f).Max());
        var best = _categories
            .Select(c => (c.Id, Score: c.Meaning.Select(m => SentenceEmbedder.Cosine(message, m)).DefaultIfEmpty(0f).Max()))
            .MaxBy(x => x.Score);
        if (best.Id is null) return null;
        var risky = best.Score >= MeaningThreshold || (best.Score >= NearerThreshold && best.Score > anchor + NearerMargin);
        return risky ? new RiskFinding(best.Id, RiskBasis.Meaning) : null;
    }

    /// <summary>The nearest meaning sentence's cosine, and the nearest procedure question's (for tuning).</summary>
    public (float Risk, float Anchor) MeaningScores(float[] message) => (
        _categories.SelectMany(c => c.Meaning).Select(m => SentenceEmbedder.Cosine(message, m)).DefaultIfEmpty(0f).Max(),
        _procedureQuestions.Select(q => SentenceEmbedder.Cosine(message, q)).DefaultIfEmpty(0f).Max());
}
