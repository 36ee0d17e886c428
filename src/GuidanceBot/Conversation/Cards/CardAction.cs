using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Cards;

/// <summary>What a click on one of our card buttons asks for; <see cref="ButtonData"/> writes and reads the format.</summary>
public abstract record CardAction;

public sealed record AnswerAction(string WalkId, string StepId, string Value) : CardAction;
/// <summary>Start a walk; <see cref="Keep"/> keeps the finished walk beneath it (an outcome's offer), so back returns to it.</summary>
public sealed record StartAction(string WalkId, bool Keep = false) : CardAction;
public sealed record ChangeAction(string WalkId, string StepId) : CardAction;
public sealed record ChecklistAction(string WalkId, string OutcomeId, IReadOnlySet<string> Ticked) : CardAction;
public sealed record CommandAction(Command Command) : CardAction;
public sealed record AuthorityAction(string ProfileId) : CardAction;
/// <summary>Use these answers, read from the worker's message and confirmed, in this walk.</summary>
public sealed record TakeAction(string WalkId, IReadOnlyList<(string StepId, string Value)> Answers) : CardAction;
/// <summary>"Not this one": show these walks instead of the one started.</summary>
public sealed record NotThisAction(IReadOnlyList<string> WalkIds) : CardAction;
