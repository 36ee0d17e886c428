using System.Diagnostics.Metrics;
using System.Net;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using Microsoft.Extensions.Logging;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

public sealed class ReplyDeliveryTests
{
    private const string ServiceUrl = "https://smba.example/teams";
    private const string TeamsChannel = "19:abc@thread.skype;messageid=1498171086622";
    private const string Personal = "a:1Xy";

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static ReplyBatch Batch(string conversationId, string? replyToId, params string[] texts) =>
        new(ServiceUrl, conversationId, replyToId, [.. texts.Select(Message)]);

    [Fact]
    public async Task A_batch_with_reply_to_id_is_posted_as_replies_in_order()
    {
        await using var harness = new OutboundHarness();

        harness.Delivery.Enqueue(Batch(TeamsChannel, "1:inbound", "one", "two"));
        await harness.Idle();

        Assert.Equal(["one", "two"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.All(harness.Connector.Requests, r => Assert.Equal(
            "https://smba.example/teams/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622/activities/1%3Ainbound", r.Url));
    }

    [Fact]
    public async Task A_batch_without_reply_to_id_is_sent_to_the_conversation()
    {
        await using var harness = new OutboundHarness();

        harness.Delivery.Enqueue(Batch(Personal, null, "proactive"));
        await harness.Idle();

        Assert.Equal("https://smba.example/teams/v3/conversations/a%3A1Xy/activities", Assert.Single(harness.Connector.Delivered).Url);
    }

    [Fact]
    public async Task Batches_of_one_conversation_are_delivered_in_order_even_when_the_first_is_slow()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = async (request, ct) =>
        {
            // The first message is slow and fails once, giving a later batch every chance to overtake it.
            if (request.Text == "1")
            {
                await Task.Delay(50, ct);
                if (request.Attempt == 0)
                    return FakeConnector.Status(HttpStatusCode.ServiceUnavailable);
            }
            return FakeConnector.Created("x");
        };

        harness.Delivery.Enqueue(Batch(Personal, null, "1", "2"));
        harness.Delivery.Enqueue(Batch(Personal, null, "3"));
        harness.Delivery.Enqueue(Batch(Personal, "1:in", "4", "5"));
        await harness.Idle();

        Assert.Equal(["1", "2", "3", "4", "5"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.Equal(["1", "1", "2", "3", "4", "5"], harness.Connector.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task A_throttled_conversation_does_not_hold_up_another()
    {
        await using var harness = new OutboundHarness();
        var freeDelivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Connector.Respond = async (request, cancellationToken) =>
        {
            if (!request.Url.Contains("a%3A1Xy"))
            {
                freeDelivered.TrySetResult();
                return FakeConnector.Created("x");
            }
            // The throttled conversation's first attempt waits for the other conversation's delivery. If the two
            // shared one queue, that delivery could not happen and this wait would time out. No timing margins.
            if (request.Attempt == 0)
            {
                await Task.WhenAny(freeDelivered.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
                return FakeConnector.Status(HttpStatusCode.TooManyRequests, retryAfter: "1");
            }
            return FakeConnector.Created("x");
        };

        harness.Delivery.Enqueue(Batch(Personal, null, "throttled"));
        harness.Delivery.Enqueue(Batch(TeamsChannel, null, "free"));
        await harness.Idle();

        Assert.True(freeDelivered.Task.IsCompletedSuccessfully, "the free conversation waited for the throttled one");
        Assert.Equal(["free", "throttled"], harness.Connector.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task A_refused_activity_is_not_retried_and_is_logged_with_ids_and_the_undelivered_count()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Text == "secret words one"
            ? FakeConnector.Status(HttpStatusCode.BadRequest)
            : FakeConnector.Created("x"));

        harness.Delivery.Enqueue(Batch(TeamsChannel, "1:in", "secret words one", "secret words two"));
        await harness.Idle();

        Assert.Equal(["secret words one"], harness.Connector.Requests.Select(r => r.Text));
        var refused = Assert.Single(harness.Logs.Named("DeliveryRefused"));
        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Equal(TeamsChannel, refused.State["ConversationId"]);
        Assert.Equal(400, refused.State["StatusCode"]);
        Assert.Equal(2, refused.State["Undelivered"]);
        Assert.Equal("smba.example", refused.State["ServiceHost"]);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_batch_holds_back_its_own_rest_and_shows_it_after_a_notice_before_the_next_batch()
    {
        await using var harness = new OutboundHarness();
        var down = true;
        harness.Connector.Respond = (request, _) => Task.FromResult(down && request.Text == "b"
            ? FakeConnector.Status(HttpStatusCode.InternalServerError)
            : FakeConnector.Created("x"));

        harness.Delivery.Enqueue(Batch(Personal, null, "a", "b", "c"));
        await harness.Idle();
        Assert.Equal(["a"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.DoesNotContain(harness.Connector.Requests, r => r.Text == "c");
        Assert.Equal(2, Assert.Single(harness.Logs.Named("DeliveryRefused")).State["Undelivered"]);
        Assert.Equal(2, harness.Delivery.Held);

        down = false;
        harness.Delivery.Enqueue(Batch(Personal, "1:next", "d"));
        await harness.Idle();

        Assert.Equal(["a", NoticeText.For(Notice.Undelivered), "b", "c", "d"], harness.Connector.Delivered.Select(r => r.Text));
        // Shown again as replies to the message that is being answered now.
        Assert.All(harness.Connector.Delivered.Skip(1), r => Assert.EndsWith("/activities/1%3Anext", r.Url));
        Assert.Equal(0, harness.Delivery.Held);
    }

    [Fact]
    public async Task An_activity_the_connector_refuses_as_bad_is_not_held_to_be_sent_again()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Text == "bad"
            ? FakeConnector.Status(HttpStatusCode.BadRequest)
            : FakeConnector.Created("x"));

        harness.Delivery.Enqueue(Batch(Personal, null, "bad"));
        await harness.Idle();
        harness.Delivery.Enqueue(Batch(Personal, null, "next"));
        await harness.Idle();

        Assert.Equal(["next"], harness.Connector.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task What_is_held_is_bounded_per_conversation_keeping_the_newest()
    {
        await using var harness = new OutboundHarness();
        var down = true;
        harness.Connector.Respond = (_, _) => Task.FromResult(down ? FakeConnector.Status(HttpStatusCode.ServiceUnavailable) : FakeConnector.Created("x"));

        for (var i = 0; i < 4; i++) harness.Delivery.Enqueue(Batch(Personal, null, $"{i}a", $"{i}b"));
        await harness.Idle();
        Assert.Equal(HeldReplies.DefaultPerConversation, harness.Delivery.Held);

        down = false;
        harness.Delivery.Enqueue(Batch(Personal, null, "now"));
        await harness.Idle();
        Assert.Equal([NoticeText.For(Notice.Undelivered), "2a", "2b", "3a", "3b", "now"], harness.Connector.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task A_reply_the_channel_says_is_too_large_is_replaced_by_a_short_notice_and_the_rest_still_go()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Text == "huge"
            ? FakeConnector.Status(HttpStatusCode.RequestEntityTooLarge)
            : FakeConnector.Created("x"));

        harness.Delivery.Enqueue(Batch(Personal, null, "huge", "after"));
        await harness.Idle();

        Assert.Equal([MessageSizeBudget.TooLargeNotice, "after"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.Single(harness.Logs.Named("ReplyReplacedAfter413"));
    }

    [Fact]
    public async Task Typing_and_card_updates_get_one_short_attempt_and_the_answer_still_goes()
    {
        await using var harness = new OutboundHarness(settings: new Dictionary<string, string?> { ["Connector:BestEffortTimeout"] = "00:00:00.200" });
        harness.Connector.Respond = async (request, ct) =>
        {
            if (request.Method == HttpMethod.Put) return FakeConnector.Status(HttpStatusCode.ServiceUnavailable);
            if (request.Json.GetProperty("type").GetString() == "typing") await Task.Delay(Timeout.Infinite, ct);
            return FakeConnector.Created("x");
        };

        harness.Delivery.Enqueue(Batch(Personal, null, "answer") with
        {
            Typing = new Activity { Type = ActivityTypes.Typing },
            Updates = [new ActivityUpdate("1:card", Message("answered"))],
        });
        await harness.Idle();

        Assert.Equal(["answer"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.Single(harness.Connector.Requests, r => r.Method == HttpMethod.Put);
        Assert.Single(harness.Connector.Requests, r => r.Json.GetProperty("type").GetString() == "typing");
        Assert.Single(harness.Logs.Named("BestEffortFailed"));
        Assert.Single(harness.Logs.Named("BestEffortRefused"));
    }

    [Fact]
    public async Task The_queue_is_bounded_per_conversation_so_a_hanging_channel_gets_back_pressure_not_memory()
    {
        await using var harness = new OutboundHarness(settings: new Dictionary<string, string?> { ["Connector:MaxQueuedPerConversation"] = "2" });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Connector.Respond = async (_, ct) => { await release.Task.WaitAsync(ct); return FakeConnector.Created("x"); };

        Assert.True(harness.Delivery.HasRoom(Personal));
        harness.Delivery.Enqueue(Batch(Personal, null, "1"));
        harness.Delivery.Enqueue(Batch(Personal, null, "2"));

        Assert.False(harness.Delivery.HasRoom(Personal));
        Assert.True(harness.Delivery.HasRoom(TeamsChannel));
        release.SetResult();
        await harness.Idle();
        Assert.True(harness.Delivery.HasRoom(Personal));
    }

    [Fact]
    public async Task Replies_lost_for_good_are_counted_in_the_metrics()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => Task.FromResult(FakeConnector.Status(HttpStatusCode.BadRequest));
        long undelivered = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Name == "guidancebot.replies.undelivered") l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref undelivered, value));
        listener.Start();

        harness.Delivery.Enqueue(Batch(Personal, null, "x", "y", "z"));
        await harness.Idle();

        // Other tests may add to the same counter at the same time: at least this batch's three.
        Assert.True(Interlocked.Read(ref undelivered) >= 3);
    }

    [Fact]
    public async Task A_network_failure_that_outlasts_the_retries_is_logged_not_thrown()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => throw new HttpRequestException("connection refused");

        harness.Delivery.Enqueue(Batch(Personal, null, "x", "y"));
        await harness.Idle();

        Assert.Equal(4, harness.Connector.Requests.Count);
        var failed = Assert.Single(harness.Logs.Named("DeliveryFailed"));
        Assert.Equal(nameof(HttpRequestException), failed.State["ErrorType"]);
        Assert.Equal(2, failed.State["Undelivered"]);
    }

    [Fact]
    public async Task Stopping_drains_what_is_queued()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = async (_, ct) => { await Task.Delay(20, ct); return FakeConnector.Created("x"); };

        harness.Delivery.Enqueue(Batch(Personal, null, "1", "2", "3"));
        harness.Delivery.Enqueue(Batch(TeamsChannel, null, "4"));
        using var shutdown = new CancellationTokenSource(OutboundHarness.Patience);
        await harness.Delivery.StopAsync(shutdown.Token);

        Assert.Equal(4, harness.Connector.Delivered.Count);
    }

    [Fact]
    public async Task Stopping_past_the_shutdown_timeout_gives_up_and_logs_what_was_not_delivered()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return FakeConnector.Created("x"); };

        harness.Delivery.Enqueue(Batch(Personal, null, "1", "2"));
        harness.Delivery.Enqueue(Batch(Personal, null, "3"));
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await harness.Delivery.StopAsync(shutdown.Token).WaitAsync(OutboundHarness.Patience);
        await harness.Idle();

        Assert.Empty(harness.Connector.Delivered);
        Assert.Equal([2, 1], harness.Logs.Named("DeliveryAbandoned").Select(e => (int)e.State["Undelivered"]!));
    }
}
