using System.Net;
using Microsoft.Extensions.Options;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;

namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Sends queued reply batches through the Connector in the background, so a turn can answer its HTTP request at once.
/// Each conversation has its own lane: its batches go strictly in order, one at a time, while other conversations
/// proceed independently (a throttled conversation only waits for itself). On shutdown it drains what is queued,
/// within the host's shutdown timeout.
/// </summary>
public sealed class ReplyDelivery(IServiceProvider services, IOptions<ConnectorOptions> options, ILogger<ReplyDelivery> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly HeldReplies _held = new();
    // Per conversation: batches waiting, the head being in flight. A lane exists only while it has work.
    private readonly Dictionary<string, Queue<ReplyBatch>> _lanes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _abort = new();
    private int _pending;
    private TaskCompletionSource _idle = Idle();

    /// <summary>
    /// Whether a turn of this conversation may queue replies now. Checked before the turn runs: a full queue is
    /// answered with a retryable status and the turn does not happen, rather than the queue growing without bound.
    /// </summary>
    public bool HasRoom(string conversationId)
    {
        lock (_gate)
        {
            var limits = options.Value;
            var queued = _lanes.TryGetValue(conversationId, out var lane) ? lane.Count : 0;
            var full = _pending >= limits.MaxQueued || queued >= limits.MaxQueuedPerConversation;
            if (full) Log.ReplyQueueFull(logger, LogText.Safe(conversationId), queued, _pending);
            return !full;
        }
    }

    /// <summary>Activities kept to show again, across all conversations (for tests and metrics).</summary>
    public int Held => _held.Count;

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

    // Never throws. Replies held from an earlier failure go first, after a notice. A failure is logged and counted;
    // the rest of the batch is held back (sending it would put the conversation out of order) and, unless the
    // Connector refused the activity itself, kept to show again on the conversation's next turn.
    private async Task DeliverAsync(ReplyBatch batch)
    {
        var host = Host(batch.ServiceUrl);
        var conversation = LogText.Safe(batch.ConversationId);
        var earlier = _held.Take(batch.ConversationId);
        List<Activity> queue = [.. earlier.Select(a => a with { ReplyToId = batch.ReplyToId }), .. batch.Activities];
        var sent = 0;
        try
        {
            // Typed clients are transient: resolve one per batch so the factory's handler rotation applies.
            var connector = services.GetRequiredService<ConnectorClient>();
            var quick = new ConnectorClient(services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.BestEffort));
            if (batch.Typing is { } typing)
                await BestEffortAsync(batch, "typing", () => Post(quick, batch, typing)).ConfigureAwait(false);
            foreach (var update in batch.Updates)
                await BestEffortAsync(batch, "update", () => quick.UpdateActivityAsync(batch.ServiceUrl, batch.ConversationId, update.ActivityId, update.Activity, _abort.Token)).ConfigureAwait(false);
            if (earlier.Count > 0)
                await Post(connector, batch, UndeliveredNotice(earlier[0])).ConfigureAwait(false);
            foreach (var activity in queue)
            {
                var receipt = await PostFitting(connector, batch, activity, conversation).ConfigureAwait(false);
                sent++;
                Log.ActivityDelivered(logger, LogText.Safe(activity.Type), conversation, host, LogText.Safe(receipt.Id));
            }
            if (earlier.Count > 0)
            {
                Telemetry.RepliesRedelivered.Add(earlier.Count);
                Log.RepliesRedelivered(logger, conversation, earlier.Count);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            Log.DeliveryAbandoned(logger, conversation, queue.Count - sent);
            Telemetry.RepliesUndelivered.Add(queue.Count - sent);
        }
        catch (ConnectorException ex)
        {
            Log.DeliveryRefused(logger, conversation, host, (int)ex.StatusCode, LogText.Safe(ex.ErrorCode), LogText.Safe(ex.CorrelatingOperationId), queue.Count - sent);
            Telemetry.RepliesUndelivered.Add(queue.Count - sent);
            // A 400 says the activity itself is wrong: sending it again would fail again.
            if (ex.StatusCode != HttpStatusCode.BadRequest) Hold(batch.ConversationId, conversation, queue[sent..]);
        }
        catch (Exception ex)
        {
            Log.DeliveryFailed(logger, ex, conversation, host, ex.GetType().Name, queue.Count - sent);
            Telemetry.RepliesUndelivered.Add(queue.Count - sent);
            Hold(batch.ConversationId, conversation, queue[sent..]);
        }
    }

    private void Hold(string conversationId, string conversation, List<Activity> rest)
    {
        var forgotten = _held.Hold(conversationId, rest);
        Log.RepliesHeld(logger, conversation, rest.Count - Math.Min(forgotten, rest.Count), forgotten);
    }

    // Teams' own size check can be stricter than the budget the batch was fitted to: a 413 gets the short notice instead.
    private async Task<ResourceResponse> PostFitting(ConnectorClient connector, ReplyBatch batch, Activity activity, string conversation)
    {
        try
        {
            return await Post(connector, batch, activity).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            Log.ReplyReplacedAfter413(logger, conversation);
            return await Post(connector, batch, activity with { Text = MessageSizeBudget.TooLargeNotice, Attachments = null, Id = activity.Id + "-short" }).ConfigureAwait(false);
        }
    }

    /// <summary>A plain line, addressed as the held reply was, saying what follows.</summary>
    private static Activity UndeliveredNotice(Activity held) => new()
    {
        Type = ActivityTypes.Message,
        Id = held.Id is { } id ? id + "-notice" : null,
        ChannelId = held.ChannelId,
        ServiceUrl = held.ServiceUrl,
        Conversation = held.Conversation,
        From = held.From,
        Recipient = held.Recipient,
        Locale = held.Locale,
        Text = NoticeText.For(Notice.Undelivered),
    };

    private Task<ResourceResponse> Post(ConnectorClient connector, ReplyBatch batch, Activity activity) =>
        batch.ReplyToId is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(batch.ServiceUrl, batch.ConversationId, replyToId, activity, _abort.Token)
            : connector.SendToConversationAsync(batch.ServiceUrl, batch.ConversationId, activity, _abort.Token);

    // Typing and card updates only polish the conversation: one short attempt (the best-effort client), and if it
    // fails or is refused (the card was deleted, the message is too old to edit) it is logged and the replies still go.
    private async Task BestEffortAsync(ReplyBatch batch, string what, Func<Task<ResourceResponse>> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            Log.BestEffortRefused(logger, what, LogText.Safe(batch.ConversationId), Host(batch.ServiceUrl), (int)ex.StatusCode, LogText.Safe(ex.ErrorCode), LogText.Safe(ex.CorrelatingOperationId));
        }
        catch (Exception ex) when (!_abort.IsCancellationRequested)
        {
            Log.BestEffortFailed(logger, what, LogText.Safe(batch.ConversationId), Host(batch.ServiceUrl), ex.GetType().Name);
        }
    }

    private static string Host(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? LogText.Safe(uri.Host) : "(invalid serviceUrl)";

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }
}
