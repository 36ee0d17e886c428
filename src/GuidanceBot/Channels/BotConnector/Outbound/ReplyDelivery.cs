namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Sends queued reply batches through the Connector in the background, so a turn can answer its HTTP request at once.
/// Each conversation has its own lane: its batches go strictly in order, one at a time, while other conversations
/// proceed independently (a throttled conversation only waits for itself). On shutdown it drains what is queued,
/// within the host's shutdown timeout.
/// </summary>
public sealed class ReplyDelivery(IServiceProvider services, ILogger<ReplyDelivery> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    // Per conversation: batches waiting, the head being in flight. A lane exists only while it has work.
    private readonly Dictionary<string, Queue<ReplyBatch>> _lanes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _abort = new();
    private int _pending;
    private TaskCompletionSource _idle = Idle();

    /// <summary>Queues a batch; returns at once. Invalid batches throw here, in the caller's turn.</summary>
    public void Enqueue(ReplyBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentException.ThrowIfNullOrEmpty(batch.ServiceUrl);
        ArgumentException.ThrowIfNullOrEmpty(batch.ConversationId);
        ArgumentNullException.ThrowIfNull(batch.Activities);

        bool startLane;
        lock (_gate)
        {
            if (_pending++ == 0)
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            startLane = !_lanes.TryGetValue(batch.ConversationId, out var lane);
            if (startLane)
                _lanes[batch.ConversationId] = lane = new Queue<ReplyBatch>();
            lane!.Enqueue(batch);
        }
        if (startLane)
            _ = Task.Run(() => RunLaneAsync(batch.ConversationId));
    }

    /// <summary>Completes when every queued batch has been delivered or given up on.</summary>
    public Task WhenIdle()
    {
        lock (_gate)
            return _idle.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdle().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Out of shutdown time: cut in-flight calls so each lane logs what it could not deliver, then stop waiting.
            await _abort.CancelAsync().ConfigureAwait(false);
            await WhenIdle().WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunLaneAsync(string conversationId)
    {
        while (true)
        {
            ReplyBatch batch;
            lock (_gate)
                batch = _lanes[conversationId].Peek();

            await DeliverAsync(batch).ConfigureAwait(false);

            lock (_gate)
            {
                var lane = _lanes[conversationId];
                lane.Dequeue();
                if (--_pending == 0)
                    _idle.TrySetResult();
                if (lane.Count == 0)
                {
                    _lanes.Remove(conversationId);
                    return;
                }
            }
        }
    }

    // Never throws: a failure is logged with the count left undelivered, and the rest of the batch is held back
    // because sending it would put the conversation out of order.
    private async Task DeliverAsync(ReplyBatch batch)
    {
        var host = Host(batch.ServiceUrl);
        var sent = 0;
        try
        {
            // Typed clients are transient: resolve one per batch so the factory's handler rotation applies.
            var connector = services.GetRequiredService<ConnectorClient>();
            if (batch.Typing is { } typing)
                await BestEffortAsync(batch, "typing", () => Post(connector, batch, typing)).ConfigureAwait(false);
            foreach (var update in batch.Updates)
                await BestEffortAsync(batch, "update", () => connector.UpdateActivityAsync(batch.ServiceUrl, batch.ConversationId, update.ActivityId, update.Activity, _abort.Token)).ConfigureAwait(false);
            foreach (var activity in batch.Activities)
            {
                var receipt = await Post(connector, batch, activity).ConfigureAwait(false);
                sent++;
                Log.ActivityDelivered(logger, activity.Type, batch.ConversationId, host, receipt.Id);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            Log.DeliveryAbandoned(logger, batch.ConversationId, batch.Activities.Count - sent);
        }
        catch (ConnectorException ex)
        {
            Log.DeliveryRefused(logger, batch.ConversationId, host, (int)ex.StatusCode, ex.ErrorCode, ex.CorrelatingOperationId, batch.Activities.Count - sent);
        }
        catch (Exception ex)
        {
            Log.DeliveryFailed(logger, ex, batch.ConversationId, host, ex.GetType().Name, batch.Activities.Count - sent);
        }
    }

    private Task<ResourceResponse> Post(ConnectorClient connector, ReplyBatch batch, GuidanceBot.Conversation.Activities.Activity activity) =>
        batch.ReplyToId is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(batch.ServiceUrl, batch.ConversationId, replyToId, activity, _abort.Token)
            : connector.SendToConversationAsync(batch.ServiceUrl, batch.ConversationId, activity, _abort.Token);

    // Typing and card updates only polish the conversation: if the Connector refuses one (the card was deleted, the
    // message is too old to edit), it is logged and the replies still go, rather than holding back the answer.
    private async Task BestEffortAsync(ReplyBatch batch, string what, Func<Task<ResourceResponse>> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            Log.BestEffortRefused(logger, what, batch.ConversationId, Host(batch.ServiceUrl), (int)ex.StatusCode, ex.ErrorCode, ex.CorrelatingOperationId);
        }
    }

    private static string Host(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid serviceUrl)";

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }
}
