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

public sealed record QuestionReply(Walk Walk, WalkStep Step, int Number, bool CanGoBack, Notice Notice, bool ShowHelp) : Reply;

public sealed record OutcomeReply(Walk Walk, WalkReplayResult Result, Notice Notice) : Reply;
