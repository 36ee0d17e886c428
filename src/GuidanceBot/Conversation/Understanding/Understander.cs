using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Understanding what a worker typed, given where the conversation is: a plain function over plain records
/// (<see cref="Understand"/>), offline. Cheap checks come first (an exact answer, a walk's name, risk words, an
/// authority's name) and the sentence model runs only when they do not settle it. The ranking, risk meaning and
/// passage vectors are built in the background at start-up; <see cref="WhenReady"/> completes when they are.
/// </summary>
public sealed class Understander
{
    /// <summary>How long a message that needs the model waits for it at start-up before it is read without it.</summary>
    private static readonly TimeSpan ModelWait = TimeSpan.FromSeconds(15);

    private readonly WalkCatalog _walks;
    private readonly AuthorityNames _authorities;
    private readonly RiskDetector _risk;
    private readonly Task<Parts> _parts;

    private sealed record Parts(SentenceEmbedder Embedder, RiskMeaning Risk, WalkRanker Ranker, PassageIndex Passages);

    /// <param name="embedder">Creates the sentence model; null runs without it (words only), for tests of the cheap path.</param>
    /// <param name="cacheFile">Where the content's vectors are kept between restarts; null: not kept.</param>
    public Understander(WalkCatalog walks, ProcedureLibrary procedures, RiskCues risk, Func<SentenceEmbedder>? embedder, string proceduresDirectory, string? cacheFile = null)
    {
        _walks = walks;
        _authorities = new AuthorityNames(procedures.Profiles);
        _risk = new RiskDetector(risk);
        _parts = embedder is null
            ? Task.FromResult<Parts>(null!)
            : Task.Run(() =>
            {
                var model = embedder();
                var cache = cacheFile is null ? null : new VectorCache(cacheFile, $"{SentenceEmbedder.ModelName}/{model.MessageTokens}");
                Func<IReadOnlyList<string>, float[][]> embed = cache is null ? texts => model.EmbedBatch(texts) : texts => cache.Embed(texts, t => model.EmbedBatch(t));
                var parts = new Parts(model, new RiskMeaning(risk, embed), new WalkRanker(walks, embed), new PassageIndex(procedures, proceduresDirectory, embed));
                WarmUp(parts, procedures.Profiles.FirstOrDefault()?.Id ?? "generic");
                NativeMemory.ReturnFreed(); // what building the model and the vectors used and freed
                return parts;
            });
    }

    /// <summary>Every path a message can take, run once at start-up, so the first workers' messages are not the slow ones.</summary>
    private void WarmUp(Parts parts, string profile)
    {
        foreach (var walk in _walks.Walks.Take(3))
        foreach (var text in walk.Examples.Take(2).Append("what does the procedure say about " + walk.Title))
            Understand(new MessageReading(text, t => parts.Embedder.Embed(t), _authorities.Without), new Position(null, null, profile), parts);
    }

    /// <summary>Completes when the model and its vectors are loaded (a second or so after start-up).</summary>
    public Task WhenReady => _parts;

    /// <summary>A reading of the text for one turn; its embedding is computed at most once, and only if needed.</summary>
    /// <remarks>
    /// The model reads the message without the name of the authority it names: "Dorset AAT - he's thinking of walking
    /// in front of a bus" is then as near to a risk sentence as without it, not nearer to walk examples that name Dorset.
    /// </remarks>
    public MessageReading Read(string text) => new(text, t => Model()?.Embedder.Embed(t) ?? [], _authorities.Without);

    /// <summary>The model and its vectors; a message that needs them in the first seconds after start-up waits for them.</summary>
    private Parts? Model()
    {
        try
        {
            return _parts.Wait(ModelWait) ? _parts.Result : null;
        }
        catch (AggregateException)
        {
            return null; // could not load: read by words only (logged at start-up by whoever awaits WhenReady)
        }
    }

    /// <summary>The text without the name of the one authority it names, empty when it is only that (<see cref="AuthorityNames.Rest"/>).</summary>
    public string WithoutAuthority(string text) => _authorities.Rest(text);

    public MessageMeaning Understand(string text, Position position) => Understand(Read(text), position);

    public MessageMeaning Understand(MessageReading reading, Position position) => Understand(reading, position, null);

    private MessageMeaning Understand(MessageReading reading, Position position, Parts? ready)
    {
        var authority = _authorities.Find(reading.Words);
        var risk = _risk.ByWords(reading.Words);

        // An exact answer to the question on screen, or a walk's own name: no model.
        if (position.Step is { } step && AnswerRecognizer.Recognize(step, reading.Text) is { } answer)
            return MessageMeaning.Empty with { Answer = answer, Authority = authority, Risk = risk };
        if (WalkNames.Exact(_walks.Walks, reading.Text) is { } named)
            return MessageMeaning.Empty with { Authority = authority, Risk = risk, Ranking = new WalkRanking([new WalkScore(named.Id, 1f)], Confidence.Confident) { ByName = true } };

        if (reading.Embedding is not { Length: > 0 } embedding || (ready ?? Model()) is not { } parts)
            return MessageMeaning.Empty with { Authority = authority, Risk = risk, Ranking = ByNamesOnly(reading) };

        var ranking = parts.Ranker.Rank(reading.Text, reading.Words, embedding);
        // A message that only names someone ("her son", "the daughter") reports nothing that happened: its likeness
        // to risk sentences (which name relatives) is no sign of risk. Words still find any risk it names.
        if (!RelationWords.OnlyNamesSomeone(reading.Words)) risk ??= parts.Risk.ByMeaning(embedding, ranking.NearestExample);
        var asks = QuestionForm.AsksAboutTheProcedure(reading.Words);
        var passages = asks
            ? parts.Passages.Find(reading.Text, embedding, authority?.ProfileId ?? position.ProfileId)
            : [];
        // Answers stated for the walk in progress, else for the walk the message is surely about.
        var walk = position.Walk ?? (ranking.Band == Confidence.Confident && !asks ? _walks.Find(ranking.Best!) : null);
        var stated = walk is null ? [] : AnswerCues.Find(walk, reading.Text);
        // "yes, her daughter" or "review, the SW is doing it": the answer it opens with, offered to confirm like a cue's.
        if (position.Step is { } onScreen && !stated.Any(s => s.StepId == onScreen.Id) && AnswerRecognizer.Opening(onScreen, reading.Text) is { } opening)
            stated = [.. stated, new StatedAnswer(onScreen.Id, opening, "opening answer")];
        return new MessageMeaning(null, authority, risk, ranking, asks, passages, stated);
    }

    /// <summary>Each walk's parts of the ranking score (for tuning).</summary>
    public IReadOnlyList<(string WalkId, float Meaning, float Lexical, bool Named, float Top2, float Top3)> RankingParts(MessageReading reading) =>
        _parts.Result.Ranker.Parts(reading.Text, reading.Words, reading.Embedding!);

    /// <summary>The nearest risk meaning sentence's cosine and the nearest procedure question's (for tuning).</summary>
    public (float Risk, float Anchor) RiskMeaningScores(float[] embedding) => _parts.Result.Risk.Scores(embedding);

    /// <summary>Without the model (not loaded yet, or not wanted): a walk whose key word the message names.</summary>
    private WalkRanking ByNamesOnly(MessageReading reading) =>
        WalkNames.Mentioned(_walks.Walks, reading.Text) is { } walk ? new WalkRanking([new WalkScore(walk.Id, 0.5f)], Confidence.Unsure) : WalkRanking.Nothing;
}
