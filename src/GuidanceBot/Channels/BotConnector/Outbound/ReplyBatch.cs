using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// The activities one turn sends, in order. With <paramref name="ReplyToId"/> they are replies to that activity;
/// without it they are sent to the conversation. Delivery order: <see cref="Typing"/>, then <see cref="Updates"/>,
/// then <paramref name="Activities"/>.
/// </summary>
public sealed record ReplyBatch(string ServiceUrl, string ConversationId, string? ReplyToId, IReadOnlyList<Activity> Activities)
{
    /// <summary>A typing activity sent before anything else, so the user sees an answer is coming.</summary>
    public Activity? Typing { get; init; }

    /// <summary>Earlier messages to replace (PUT) before the replies, e.g. a clicked card shown as answered.</summary>
    public IReadOnlyList<ActivityUpdate> Updates { get; init; } = [];
}
