namespace GuidanceBot.Conversation.Decisions;

/// <summary>One answer as the conversation stores it: which step, which choice value (never typed text). A walk's answers list is its whole state.</summary>
public sealed record Answer(string StepId, string Value);
