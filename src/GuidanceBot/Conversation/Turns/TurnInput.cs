using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Conversation.Cards;
namespace GuidanceBot.Conversation.Turns;

/// <summary>What a turn is about, read from the activity. The text is used for this turn only and never stored.</summary>
public abstract record TurnInput;

/// <summary>A typed message, a card submit (Action.Submit arrives as a message with a value) or both.</summary>
public sealed record MessageInput(string? Text, CardAction? Action, bool HasValue) : TurnInput
{
    /// <summary>The typed text read once for the turn (its embedding made at most once, even if the turn is retried).</summary>
    public MessageReading? Reading { get; init; }
}

/// <summary>An Action.Execute click (invoke adaptiveCard/action); the reply card replaces the clicked one.</summary>
public sealed record CardInvokeInput(CardAction? Action) : TurnInput;

/// <summary>Members joined the conversation (the bot, a user, or both).</summary>
public sealed record MembersAddedInput : TurnInput;

/// <summary>The app was installed (add) or removed (remove) in this conversation.</summary>
public sealed record InstallationInput(bool Removed) : TurnInput;
