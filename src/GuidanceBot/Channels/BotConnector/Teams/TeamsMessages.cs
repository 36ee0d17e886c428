using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.Channels.BotConnector.Teams;

/// <summary>What the bot hears of a Teams message before the conversation reads it.</summary>
public static class TeamsMessages
{
    /// <summary>
    /// Null when the message is not for the bot (a channel or group chat message that does not @mention it).
    /// Otherwise the activity as the bot should read it: a message without its own @mentions; anything else as it is.
    /// </summary>
    public static Activity? Heard(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message) return activity;
        if (!ConversationRules.ShouldAnswer(activity)) return null;
        return activity with { Text = MentionText.StripBotMentions(activity.Text, activity.Entities, activity.Recipient?.Id) };
    }
}
