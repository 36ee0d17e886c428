namespace GuidanceBot.Conversation.Understanding;

/// <summary>Where the conversation is when a message arrives: the walk and question on screen (if any), the authority in use.</summary>
public sealed record Position(Content.Walks.Walk? Walk, Content.Walks.WalkStep? Step, string ProfileId);

/// <summary>
/// What a message means for the turn: an answer to the question on screen; or the walks it asks for, ranked; the
/// answers it states for a walk's questions (by their cues); whether it asks about the procedure (and the passages
/// that answer it); whether it suggests risk to someone; an authority it names.
/// </summary>
public sealed record MessageMeaning(
    string? Answer,
    AuthorityMention? Authority,
    RiskFinding? Risk,
    WalkRanking Ranking,
    bool AsksAboutTheProcedure,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<StatedAnswer> Stated)
{
    public static MessageMeaning Empty { get; } = new(null, null, null, WalkRanking.Nothing, false, [], []);
}
