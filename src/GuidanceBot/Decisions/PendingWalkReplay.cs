// TEMPORARY stand-in until the walks branch merges; replaced by its WalkReplay.
using GuidanceBot.Walks;
namespace GuidanceBot.Decisions;
public sealed record Answer(string StepId, string Value);
public sealed record ReplayedAnswer(WalkStep Step, Choice Choice);
public abstract record WalkPosition;
public sealed record AtStep(WalkStep Step) : WalkPosition;
public sealed record AtOutcome(Outcome Outcome, IReadOnlyList<OutcomeNote> ApplicableNotes) : WalkPosition;
public sealed record WalkReplayResult(IReadOnlyList<ReplayedAnswer> Path, IReadOnlyDictionary<string, string> Variables, WalkPosition Position) { public int Consumed => Path.Count; }
public static class WalkReplay { public static WalkReplayResult Replay(Walk walk, IReadOnlyList<Answer> answers) => throw new NotImplementedException(); }
