using GuidanceBot.Conversation.State;
namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// Load state → handle the turn → save with the ETag it was read at. If another instance wrote in between,
/// the turn is run again on the fresh state; replies leave only after the save succeeded, so a retried
/// turn never speaks twice. <c>onCommitted</c> runs after the save while this conversation is still locked,
/// so replies handed on there cannot be overtaken by the conversation's next turn.
/// </summary>
public sealed class TurnPipeline(IConversationStateStore store, TurnHandler handler, KeyedLock locks, ILogger<TurnPipeline> logger)
{
    private const int MaxAttempts = 8;

    public async Task<TurnResult> RunAsync(string conversationKey, TurnInput input, TurnContext context, CancellationToken cancellationToken, Action<TurnResult>? onCommitted = null)
    {
        using var held = await locks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await store.ReadAsync(conversationKey, cancellationToken);
            var state = stored is null ? ConversationState.Empty : StateSerializer.Deserialize(stored.Json);
            var result = handler.Handle(state, input, context);

            if (result.Forget)
                await store.DeleteAsync(conversationKey, cancellationToken);
            else if (!ReferenceEquals(result.State, state) // nothing changed: nothing to write
                && await store.TryWriteAsync(conversationKey, StateSerializer.Serialize(result.State), stored?.ETag, cancellationToken) is null)
            {
                Log.StateConflict(logger, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
                continue;
            }
            onCommitted?.Invoke(result);
            return result;

        }
        throw new StateContentionException($"State kept changing during {MaxAttempts} attempts.");
    }
}
