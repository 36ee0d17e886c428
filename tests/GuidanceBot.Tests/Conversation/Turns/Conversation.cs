using GuidanceBot.TestSupport;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Tests.Content.Walks;
namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>Drives the turn handler turn by turn, as a worker would, keeping the state between turns.</summary>
public sealed class Conversation(WalkCatalog walks, string profile = "generic", GuidanceBot.Conversation.Understanding.Understander? understander = null)
{
    private readonly TurnHandler _handler = new(walks, RepoWalks.Procedures, understander);

    /// <summary>The last turn's result (its notices, the authority it switched to).</summary>
    public TurnResult? Last { get; private set; }

    public ConversationState State { get; private set; } = ConversationState.Empty;

    public Reply Say(string text) => Single(new MessageInput(text, null, HasValue: false));

    public Reply Click(CardAction action) => Single(new MessageInput(null, action, HasValue: true));

    public IReadOnlyList<Reply> Send(TurnInput input)
    {
        var result = _handler.Handle(State, input, RepoWalks.Context(profile));
        Last = result;
        State = result.State;
        return result.Replies;
    }

    private Reply Single(TurnInput input) => Assert.Single(Send(input));
}
