using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// Runs one routed activity: the turn (state in and out), then its replies rendered as cards and addressed
/// back. Every channel front door (POST /api/messages, Direct Line) calls this, so they behave the same.
/// <c>handOff</c> receives the replies while the conversation is still locked: a front door queues or logs them
/// there, so two turns of one conversation arriving together reply in the order they were decided.
/// </summary>
public sealed class TurnRunner(TurnPipeline pipeline, ReplyRenderer renderer, AnsweredCardRenderer answeredCards, AuthorityContext authority)
{
    public async Task<TurnReplies> RunAsync(Activity activity, TurnInput input, CancellationToken cancellationToken, Action<TurnReplies>? handOff = null)
    {
        var context = authority.ContextFor(activity);
        TurnReplies? replies = null;
        await pipeline.RunAsync(ConversationKey.For(activity), input, context, cancellationToken, result =>
        {
            replies = Render(activity, result, context);
            handOff?.Invoke(replies);
        });
        return replies!;
    }

    private TurnReplies Render(Activity activity, TurnResult result, TurnContext context)
    {
        var render = authority.RenderFor(context, result.State);
        var replies = renderer.Render(result.Replies, render).Select(r => ReplyAddressing.To(activity, r)).ToList();
        if (activity.Type != ActivityTypes.Invoke) return new TurnReplies(replies, null) { Updates = Updates(activity, result, render) };

        // Action.Execute needs no update: the card in the invoke answer replaces the clicked one.
        var (body, others) = InvokeResponse.FromReplies(replies);
        return new TurnReplies(others, body);
    }

    /// <summary>
    /// An Action.Submit click arrives as a message whose replyToId is the message holding the card; where the channel
    /// lets the bot edit its messages, that card is replaced by the answered question so it cannot be clicked again.
    /// </summary>
    private IReadOnlyList<ActivityUpdate> Updates(Activity activity, TurnResult result, RenderContext context) =>
        result.Answered is { } answered && activity.ReplyToId is { Length: > 0 } cardMessageId && ConversationRules.SupportsUpdates(activity.ChannelId)
            ? [new ActivityUpdate(cardMessageId, ReplyAddressing.To(activity, answeredCards.Render(answered, context)) with { ReplyToId = null })]
            : [];
}
