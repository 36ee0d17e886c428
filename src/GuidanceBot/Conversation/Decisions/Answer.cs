namespace GuidanceBot.Conversation.Decisions;

/// <summary>
/// One answer as the conversation stores it: which step, which choice value (never typed text). A walk's answers
/// list is its whole state. <see cref="Taken"/>: read from the worker's message (by a cue) and confirmed by them.
/// </summary>
public sealed record Answer(string StepId, string Value, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] bool Taken = false);
