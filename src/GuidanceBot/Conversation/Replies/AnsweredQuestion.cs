using GuidanceBot.Content.Walks;
namespace GuidanceBot.Conversation.Replies;

/// <summary>
/// The question a card click just answered, and the choice taken. Where the channel can update messages, the
/// clicked card is replaced by this (no buttons), so it cannot be clicked again.
/// </summary>
public sealed record AnsweredQuestion(Walk Walk, WalkStep Step, int Number, Choice Chosen);
