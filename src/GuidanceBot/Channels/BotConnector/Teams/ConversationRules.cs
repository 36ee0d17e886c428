using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Teams;

/// <summary>When the bot speaks in a conversation, and what the channel lets it do there.</summary>
public static class ConversationRules
{
    public const string TeamsChannel = "msteams";

    /// <summary>A Teams channel or group chat (or any conversation the channel marks as a group).</summary>
    public static bool IsGroup(ConversationAccount? conversation) =>
        conversation is not null
        && (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat");

    /// <summary>
    /// In a channel or group chat the bot answers only when @mentioned, so it never talks over people; in a
    /// personal chat it answers everything. A card submit (a value, no text) is always handled: Teams sends
    /// no mention with it, and dropping it would silently lose the click (protocol.md 5.2).
    /// </summary>
    public static bool ShouldAnswer(Activity message) =>
        message.HasValue || !IsGroup(message.Conversation) || MentionText.MentionsBot(message.Entities, message.Recipient?.Id);

    /// <summary>
    /// Only Teams lets the bot replace a message it sent (PUT activities/{id}); Direct Line, Web Chat and test
    /// channels keep the old card, and a stale click there is handled by the turn instead.
    /// </summary>
    public static bool SupportsUpdates(string? channelId) => string.Equals(channelId, TeamsChannel, StringComparison.Ordinal);

    /// <summary>
    /// Typing goes first when a Teams message turn's replies go through the Connector: the reply is queued and
    /// delivered in the background (retries can take seconds), so the worker sees at once that an answer is
    /// coming. Not for installs and member events (nobody is waiting) nor for invokes (the answer is the HTTP response).
    /// </summary>
    public static bool SendsTyping(Activity incoming) =>
        incoming.Type == ActivityTypes.Message && string.Equals(incoming.ChannelId, TeamsChannel, StringComparison.Ordinal);
}
