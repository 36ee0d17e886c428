// TEMPORARY until the outbound branch merges.
using GuidanceBot.Protocol;
namespace GuidanceBot.Outbound;
public sealed record ReplyBatch(string ServiceUrl, string ConversationId, string? ReplyToId, IReadOnlyList<Activity> Activities);
public sealed class ReplyDelivery { public void Enqueue(ReplyBatch batch) { } }
