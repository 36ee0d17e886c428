namespace GuidanceBot.Conversation.Replies;

/// <summary>Short lines the bot adds above a card, named so tests assert ids rather than sentences.</summary>
public enum Notice
{
    None,
    Unreadable,
    StaleClick,
    FirstQuestion,
    WentBack,
    StartedOver,
    Cancelled,
    NotPlaced,
    NoWalkToChange,
    UnknownWalk,
    AuthorityChanged,
    ChangingAnswer,
    BackToOutcome,
    NoRecordYet,
    SoundsLike,
    DidYouMean,
    NotThisOne,
    OtherTopic,
    NothingMatched,
    FromYourMessage,
    RiskFirst,
    Resumed,
    LostWalk,
    Undelivered,
}
