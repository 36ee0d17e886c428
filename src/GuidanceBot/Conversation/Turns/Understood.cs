using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Turns;

/// <summary>The decision made on a typed message, as the log records it: the best walk's id, how sure, the risk category, a question about the procedure.</summary>
public sealed record Understood(string? WalkId, Confidence Band, string? RiskCategory, bool AsksAboutTheProcedure, bool UsedModel)
{
    /// <summary>How many of the ranked walks the trace records: as many as "Did you mean" offers.</summary>
    public const int RankedKept = 3;

    /// <summary>The best walks' ids in ranked order (at most <see cref="RankedKept"/>), for the turn's trace.</summary>
    public IReadOnlyList<string> WalkIds { get; init; } = [];

    public static Understood From(MessageMeaning meaning, bool usedModel) =>
        new(meaning.Ranking.Best, meaning.Ranking.Band, meaning.Risk?.CategoryId, meaning.AsksAboutTheProcedure, usedModel)
        {
            WalkIds = [.. meaning.Ranking.Walks.Take(RankedKept).Select(w => w.WalkId)],
        };
}
