using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
namespace GuidanceBot.Conversation.Replies;

/// <summary>What the bot decided to say this turn; Cards/ReplyRenderer turns each into an activity.</summary>
public abstract record Reply;

public sealed record WelcomeReply : Reply;

public sealed record MenuReply(Notice Notice) : Reply;

/// <summary>The picker of procedure profiles ("change authority").</summary>
public sealed record AuthorityReply : Reply;

/// <summary>The plain-text decision record of a finished walk, to copy into the case record.</summary>
public sealed record RecordReply(Walk Walk, WalkReplayResult Result, DateOnly Date) : Reply;

/// <summary>What is still unticked on an outcome's checklist (the ticks themselves are not stored).</summary>
public sealed record ChecklistReply(Checklist Checklist, IReadOnlySet<string> Ticked) : Reply;

public sealed record QuestionReply(Walk Walk, WalkStep Step, int Number, bool CanGoBack, Notice Notice, bool ShowHelp) : Reply
{
    /// <summary>When the walk was started from the worker's own words: the next best walks, offered by "Not this one".</summary>
    public IReadOnlyList<Walk> Alternatives { get; init; } = [];
}

/// <summary>
/// The safeguarding card, before anything else: the worker's message suggests someone may be at risk. The walk in
/// progress (<see cref="Kept"/>) is kept to go back to; <see cref="CarryOn"/> is the walk the message also asked for.
/// </summary>
public sealed record RiskReply(string CategoryId, Walk? Kept, Walk? CarryOn) : Reply;

/// <summary>Walks to choose from: "Did you mean...", the next best after "Not this one", or another topic mid-walk.</summary>
public sealed record SuggestReply(IReadOnlyList<Walk> Walks, Notice Notice, Walk? Resume = null) : Reply;

/// <summary>Answers read from the worker's message (by their cues), shown to confirm or change before they are used.</summary>
public sealed record ConfirmReply(Walk Walk, IReadOnlyList<(WalkStep Step, Choice Choice)> Taken, Notice Notice) : Reply
{
    /// <summary>At most this many answers are shown (so the card's buttons fit one row); nothing not shown is taken.</summary>
    public const int MaxShown = 3;

    /// <summary>When the walk was chosen from the worker's words: the next best walks, offered by "Not this one".</summary>
    public IReadOnlyList<Walk> Alternatives { get; init; } = [];

    /// <summary>The message was also like a disclosure (by meaning, not by its words), or said more than the answer: offer the safeguarding walk beside it.</summary>
    public bool OfferSafeguarding { get; init; }
}

/// <summary>A question about the procedure: the worker's own procedure's passages, and the walk to run if there is one.</summary>
public sealed record PassagesReply(IReadOnlyList<PassageQuote> Passages, IReadOnlyList<Walk> Walks, Walk? Resume = null) : Reply;

/// <summary>A paragraph of a procedure's published text, as quoted on a card.</summary>
public sealed record PassageQuote(string ProfileId, string SectionId, string Text);

public sealed record OutcomeReply(Walk Walk, WalkReplayResult Result, Notice Notice) : Reply;
