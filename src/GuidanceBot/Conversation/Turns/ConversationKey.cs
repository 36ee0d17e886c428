using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Conversation.Turns;

/// <summary>State is kept per channel and conversation (a Teams channel thread is its own conversation).</summary>
public static class ConversationKey
{
    public static string For(Activity activity) => $"{activity.ChannelId ?? "unknown"}/{activity.Conversation?.Id}";
}
