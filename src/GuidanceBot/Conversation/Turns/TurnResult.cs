using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
namespace GuidanceBot.Conversation.Turns;

/// <summary>The new state and what to say. <see cref="Forget"/> asks the pipeline to delete the stored state.</summary>
public sealed record TurnResult(ConversationState State, IReadOnlyList<Reply> Replies, bool Forget = false)
{
    /// <summary>Set when a card click answered the question on screen; the front door may show that card as answered.</summary>
    public AnsweredQuestion? Answered { get; init; }

    /// <summary>What understanding decided for a typed message (ids, a band, a category: never the words), for the log.</summary>
    public Understood? Understood { get; init; }

    /// <summary>Set when the message named an authority and the conversation now uses its procedure: the cards say why.</summary>
    public AuthorityMention? AuthorityNamed { get; init; }
}
