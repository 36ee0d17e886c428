using GuidanceBot.Protocol;

namespace GuidanceBot.Outbound;

/// <summary>
/// The activities one turn sends, in order. With <paramref name="ReplyToId"/> they are replies to that activity;
/// without it they are sent to the conversation.
/// </summary>
public sealed record ReplyBatch(string ServiceUrl, string ConversationId, string? ReplyToId, IReadOnlyList<Activity> Activities);
