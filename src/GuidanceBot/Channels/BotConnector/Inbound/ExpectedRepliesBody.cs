using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.Channels.BotConnector.Inbound;

/// <summary>
/// The answer to deliveryMode "expectReplies": the replies, and an invoke's body. Written straight to the response
/// with the protocol's options (camelCase, nulls left out), not built as a node tree first.
/// </summary>
public sealed record ExpectedRepliesBody(IReadOnlyList<Activity> Activities, JsonObject? Body);
