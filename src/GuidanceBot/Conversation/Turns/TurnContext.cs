using GuidanceBot.Conversation.State;
namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// What a turn knows besides the state and the input: the profile to use when the conversation has not
/// chosen one (from its Teams tenant or the configured default), and today's date for the decision record.
/// </summary>
public sealed record TurnContext(string DefaultProfileId, DateOnly Today)
{
    public string ProfileFor(ConversationState state) => state.Authority ?? DefaultProfileId;
}
