using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// The one entry point for a turn, from either front door: route the activity, lock its conversation, load the
/// state, run the turn (<see cref="TurnHandler"/>), render the replies as cards, save the state with the ETag it
/// was read at, and return the replies still holding the lock. If another instance saved in between, the turn
/// runs again on the fresh state; replies are returned only after the save succeeded, so a retried turn never
/// speaks twice, and they are rendered before it, so a reply that cannot be rendered leaves the state unchanged.
/// </summary>
public sealed class ConversationTurns(
    IConversationStateStore store, KeyedLock locks, TurnHandler handler, ReplyRenderer renderer,
    AnsweredCardRenderer answeredCards, AuthorityContext authority, ILogger<ConversationTurns> logger, Understander? understander = null)
{

    private const int MaxAttempts = 8;

    public async Task<TurnReplies> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var telemetry = TurnTelemetry.Start(activity.Type);
        try
        {
            var replies = await RunTurnAsync(activity, telemetry, cancellationToken);
            telemetry.Ended(replies.Status);
            return replies;
        }
        catch (Exception ex)
        {
            telemetry.Failed(ex);
            throw;
        }
    }

    private async Task<TurnReplies> RunTurnAsync(Activity activity, TurnTelemetry telemetry, CancellationToken cancellationToken)
    {
        TurnInput input;
        switch (ActivityRouter.Route(activity))
        {
            case TurnRoute turn: input = turn.Input; break;
            case NotImplementedRoute: return TurnReplies.Of(TurnStatus.NotImplemented);
            case BadInvokeRoute bad: return TurnReplies.Of(TurnStatus.BadInvoke, bad.Message);
            default: return TurnReplies.Of(TurnStatus.Ignored);
        }

        // Typed words are read once per turn, so a turn retried after a lost race does not run the model again.
        if (input is MessageInput { Action: null, Text: { Length: > 0 } text } typed && understander is not null)
            input = typed with { Reading = understander.Read(text) };

        var key = ConversationKey.For(activity);
        var context = authority.ContextFor(activity);
        var held = await locks.AcquireAsync(key, cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var stored = await store.ReadAsync(key, cancellationToken);
                var state = stored is null ? ConversationState.Empty : StateSerializer.Deserialize(stored.Json);
                var result = handler.Handle(state, input, context);
                var render = authority.RenderFor(context, result.State, result.AuthorityNamed);
                var replies = renderer.Render(result.Replies, render).Select(r => ReplyAddressing.To(activity, r)).ToList();

                if (result.Forget)
                    await store.DeleteAsync(key, cancellationToken);
                else if (!ReferenceEquals(result.State, state) // nothing changed: nothing to write
                    && await store.TryWriteAsync(key, StateSerializer.Serialize(result.State), stored?.ETag, cancellationToken) is null)
                {
                    Log.StateConflict(logger, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
                    continue;
                }
                if (result.Understood is { } understood)
                    Log.MessageUnderstood(logger, understood.WalkId, understood.Band.ToString(), understood.RiskCategory, understood.AsksAboutTheProcedure, understood.UsedModel);
                telemetry.Ran(TurnFacts.Of(state, result), attempt);
                return Replies(activity, result, render, replies, held);
            }
            throw new StateContentionException($"State kept changing during {MaxAttempts} attempts.");
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private TurnReplies Replies(Activity activity, TurnResult result, RenderContext render, List<Activity> replies, IDisposable held)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            // Action.Execute needs no update: the card in the invoke answer replaces the clicked one.
            var (body, others) = InvokeResponse.FromReplies(replies);
            return new TurnReplies(TurnStatus.Ran, others, body, held);
        }
        Func<Activity?>? answered = result.Answered is { } question && activity.ReplyToId is { Length: > 0 }
            ? () => ReplyAddressing.To(activity, answeredCards.Render(question, render)) with { ReplyToId = null }
            : null;
        return new TurnReplies(TurnStatus.Ran, replies, null, held, answered);
    }
}
