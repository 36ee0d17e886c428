using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Decisions;

/// <summary>An answer that replay accepted: the step it answered, the choice it picked, and whether it was taken from the worker's message.</summary>
public sealed record ReplayedAnswer(WalkStep Step, Choice Choice, bool Taken = false);

/// <summary>Where a replayed walk stands: waiting on a question, or finished at an outcome.</summary>
public abstract record WalkPosition;

/// <summary>The next question to ask.</summary>
public sealed record AtStep(WalkStep Step) : WalkPosition;

/// <summary>The walk has ended; only the steps and notes whose condition holds for these answers are included.</summary>
public sealed record AtOutcome(Outcome Outcome, IReadOnlyList<OutcomeNote> ApplicableNotes) : WalkPosition
{
    public IReadOnlyList<string> ApplicableSteps { get; init; } = [];
}

/// <summary>
/// The result of replaying stored answers. <see cref="Consumed"/> answers were used, in order; the rest
/// (<see cref="Ignored"/>) did not fit the walk at that point and were dropped.
/// </summary>
public sealed record WalkReplayResult(
    IReadOnlyList<ReplayedAnswer> Path,
    IReadOnlyDictionary<string, string> Variables,
    WalkPosition Position,
    int Ignored)
{
    public int Consumed => Path.Count;
    public bool IsFinished => Position is AtOutcome;
}
