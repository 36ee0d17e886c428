using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Turns;

/// <summary>The decision made on a typed message, as the log records it: the best walk's id, how sure, the risk category, a question about the procedure.</summary>
public sealed record Understood(string? WalkId, Confidence Band, string? RiskCategory, bool AsksAboutTheProcedure, bool UsedModel)
{
    public static Understood From(MessageMeaning meaning, bool usedModel) =>
        new(meaning.Ranking.Best, meaning.Ranking.Band, meaning.Risk?.CategoryId, meaning.AsksAboutTheProcedure, usedModel);
}
