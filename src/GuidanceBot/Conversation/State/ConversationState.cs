using System.Collections.Immutable;
using GuidanceBot.Conversation.Decisions;

namespace GuidanceBot.Conversation.State;

/// <summary>
/// Everything the bot remembers about one conversation: walk ids, step ids and chosen answer values.
/// Never free text the user typed.
/// </summary>
public sealed record ConversationState
{
    public static readonly ConversationState Empty = new();

    /// <summary>The welcome card has been shown in this conversation.</summary>
    public bool Welcomed { get; init; }

    /// <summary>A profile id the worker picked; null means "use the configured or tenant default".</summary>
    public string? Authority { get; init; }

    /// <summary>The dialog stack, bottom first. Empty means the worker is at the menu.</summary>
    public ImmutableList<DialogFrame> Stack { get; init; } = [];
}

/// <summary>
/// One walk in progress: its id and the answers given so far, in order. <see cref="Pending"/>: answers the worker
/// confirmed from their message for questions not reached yet; each is used when its question comes up.
/// </summary>
public sealed record DialogFrame(string WalkId, ImmutableList<Answer> Answers)
{
    public ImmutableList<Answer>? Pending { get; init; }

    /// <summary>
    /// Answers read from the worker's message and shown to confirm ("Is that right?"), until the next turn: a typed
    /// yes takes them as the card's button would, a typed no asks the questions instead. Choice values, never typed text.
    /// </summary>
    public ImmutableList<Answer>? Offered { get; init; }
}
