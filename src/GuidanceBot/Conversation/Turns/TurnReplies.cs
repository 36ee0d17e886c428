using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Conversation.Turns;

/// <summary>The replies of one turn, addressed to the sender; for an invoke, the answer body and the other replies.</summary>
public sealed record TurnReplies(IReadOnlyList<Activity> Activities, JsonObject? InvokeBody)
{
    /// <summary>Messages to replace before the replies are sent (the clicked card, shown as answered). Empty unless the channel supports it.</summary>
    public IReadOnlyList<ActivityUpdate> Updates { get; init; } = [];
}
