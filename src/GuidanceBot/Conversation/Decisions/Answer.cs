namespace GuidanceBot.Conversation.Decisions;

/// <summary>One answer as the conversation stores it: which step, which choice value. The answers list is the whole state.</summary>
public sealed record Answer(string StepId, string Value);
