using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;
namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Turns a turn's replies into the batch the Connector delivers: typing first where the rule says so, then the
/// clicked card's update (Teams), then the replies, each kept within the Teams size budget.
/// </summary>
public static class ConnectorReplies
{
    /// <summary>The batch to queue, or null when the turn has nothing to send.</summary>
    public static ReplyBatch? Batch(Activity incoming, string serviceUrl, TurnReplies turn, ILogger logger)
    {
        var updates = Updates(incoming, turn);
        if (turn.Activities.Count == 0 && updates.Count == 0) return null;
        var conversationId = incoming.Conversation!.Id!;
        return new ReplyBatch(serviceUrl, conversationId, incoming.Id, [.. turn.Activities.Select(a => Budgeted(a, conversationId, logger) with { Id = NewId() })])
        {
            Typing = ConversationRules.SendsTyping(incoming) ? ReplyAddressing.To(incoming, new Activity { Type = ActivityTypes.Typing }) : null,
            Updates = [.. updates.Select(u => u with { Activity = Budgeted(u.Activity, conversationId, logger) })],
        };
    }

    /// <summary>
    /// An Action.Submit click arrives as a message whose replyToId is the message holding the card; where the channel
    /// lets the bot edit its messages, that card is replaced by the answered question so it cannot be clicked again.
    /// </summary>
    private static IReadOnlyList<ActivityUpdate> Updates(Activity incoming, TurnReplies turn) =>
        ConversationRules.SupportsUpdates(incoming.ChannelId) && incoming.ReplyToId is { Length: > 0 } cardMessageId
            && turn.AnsweredCard() is { } answered
            ? [new ActivityUpdate(cardMessageId, answered)]
            : [];

    /// <summary>A reply's own id, set once: all retries of its POST carry it.</summary>
    private static string NewId() => "gb-" + Guid.NewGuid().ToString("N");

    private static Activity Budgeted(Activity activity, string conversationId, ILogger logger)
    {
        var (fitted, fit) = MessageSizeBudget.Fit(activity);
        if (fit != SizeFit.Fits)
            Log.ReplyTooLarge(logger, MessageSizeBudget.Size(activity), LogText.Safe(conversationId), MessageSizeBudget.Limit,
                fit == SizeFit.Shortened ? "the card was shortened" : "a short notice was sent instead");
        return fitted;
    }
}
