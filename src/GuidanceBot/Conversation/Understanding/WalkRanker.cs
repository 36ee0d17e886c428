using GuidanceBot.Content.Walks;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>How sure the ranking is: start the best walk, offer the best three, or nothing matched.</summary>
public enum Confidence { None, Unsure, Confident }

public sealed record WalkScore(string WalkId, float Score);

/// <summary>The walks in order of how well they match a message, and how sure that order is.</summary>
public sealed record WalkRanking(IReadOnlyList<WalkScore> Walks, Confidence Band)
{
    public static WalkRanking Nothing { get; } = new([], Confidence.None);

    /// <summary>The message is a walk's own name or key word, typed on its own (no model was needed).</summary>
    public bool ByName { get; init; }

    /// <summary>The cosine of the message to the nearest example of any walk (by meaning alone).</summary>
    public float NearestExample { get; init; }

    public string? Best => Walks.Count > 0 ? Walks[0].WalkId : null;
}

/// <summary>
/// Ranks the walks for a message by meaning (the three nearest of each walk's examples, title and summary, by
/// cosine of sentence embeddings), by words (BM25 over the same texts, typos corrected) and by a walk's own names and key
/// words appearing in it, less a penalty when it holds none of a walk's <c>rankLowerWithout</c> words. The weights and thresholds were tuned on the dev half of tests/routing/.
/// </summary>
public sealed class WalkRanker
{
    public const float LexicalWeight = 0.60f;
    public const float LexicalSaturation = 4f;
    public const float NameWeight = 0.10f;
    public const float ConfidentScore = 0.60f;
    public const float ConfidentMargin = 0.08f;
    public const float UnsureScore = 0.45f;
    /// <summary>Taken off a walk's score when the message holds none of its <c>rankLowerWithout</c> words.</summary>
    public const float WithoutWordsPenalty = 0.10f;

    private readonly IReadOnlyList<(string WalkId, float[][] Vectors, Phrase[] Names, Phrase[] Needed)> _walks;
    private readonly LexicalIndex _lexical;

    /// <param name="more">More phrasings beside the walks' own examples (the benchmark's cross-validation uses it).</param>
    public WalkRanker(WalkCatalog catalog, Func<IReadOnlyList<string>, float[][]> embed, IEnumerable<(string WalkId, string Text)>? more = null)
    {
        var texts = catalog.Walks.SelectMany(w => Texts(w).Select(t => (w.Id, t))).Concat(more ?? []).ToList();
        var vectors = embed(texts.Select(t => t.Item2).ToList());
        _walks = catalog.Walks.Select(w => (
            w.Id,
            texts.Select((t, i) => (t, i)).Where(x => x.t.Item1 == w.Id).Select(x => vectors[x.i]).ToArray(),
            w.Keywords.Append(w.Title).Select(k => new Phrase(k)).Where(p => p.Words.Length > 0).ToArray(),
            w.RankLowerWithout.Select(k => new Phrase(k)).Where(p => p.Words.Length > 0).ToArray())).ToList();
        _lexical = new LexicalIndex(texts.Select(t => (t.Item1, t.Item2)));
    }

    private static IEnumerable<string> Texts(Walk walk) => walk.Examples.Append(walk.Title).Append(walk.Summary);

    /// <summary>Each walk's parts of the score, for tuning the weights on the dev half.</summary>
    public IReadOnlyList<(string WalkId, float Meaning, float Lexical, bool Named, float Top2, float Top3)> Parts(string text, string[] words, float[] embedding)
    {
        var lexical = _lexical.Rank(text).ToDictionary(x => x.Key, x => x.Score);
        return _walks.Select(w =>
        {
            var sims = w.Vectors.Select(v => SentenceEmbedder.Cosine(embedding, v)).OrderByDescending(s => s).ToList();
            return (w.WalkId, sims[0], lexical.GetValueOrDefault(w.WalkId), w.Names.Any(n => n.In(words).Any()), sims.Take(2).Average(), sims.Take(3).Average());
        }).ToList();
    }

    public WalkRanking Rank(string text, string[] words, float[] embedding)
    {
        var lexical = _lexical.Rank(text, 20).ToDictionary(x => x.Key, x => x.Score);
        var nearest = 0f;
        var scores = _walks.Select(w =>
        {
            // By meaning: the mean of the three nearest of the walk's texts (steadier than the single nearest).
            var (first, second, third) = (float.MinValue, float.MinValue, float.MinValue);
            foreach (var v in w.Vectors)
            {
                var sim = SentenceEmbedder.Cosine(embedding, v);
                if (sim > first) (first, second, third) = (sim, first, second);
                else if (sim > second) (second, third) = (sim, second);
                else if (sim > third) third = sim;
            }
            nearest = Math.Max(nearest, first);
            var meaning = (first + second + third) / 3f;
            var lex = lexical.TryGetValue(w.WalkId, out var s) ? s / (s + LexicalSaturation) : 0f;
            var named = w.Names.Any(n => n.In(words).Any()) ? 1f : 0f;
            var without = w.Needed.Length > 0 && !w.Needed.Any(n => n.In(words, exact: true).Any()) ? WithoutWordsPenalty : 0f;
            return new WalkScore(w.WalkId, meaning + LexicalWeight * lex + NameWeight * named - without);
        }).OrderByDescending(s => s.Score).ToList();
        return new WalkRanking(scores, Band(scores)) { NearestExample = nearest };
    }

    private static Confidence Band(IReadOnlyList<WalkScore> scores)
    {
        if (scores.Count == 0 || scores[0].Score < UnsureScore) return Confidence.None;
        var margin = scores.Count > 1 ? scores[0].Score - scores[1].Score : scores[0].Score;
        return scores[0].Score >= ConfidentScore && margin >= ConfidentMargin ? Confidence.Confident : Confidence.Unsure;
    }
}
