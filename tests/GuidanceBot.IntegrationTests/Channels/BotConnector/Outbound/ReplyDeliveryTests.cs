using System.Net;
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
    public async Task A_failed_batch_holds_back_its_own_rest_but_not_the_next_batch()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Text == "b"
            ? FakeConnector.Status(HttpStatusCode.InternalServerError)
            : FakeConnector.Created("x"));

        harness.Delivery.Enqueue(Batch(Personal, null, "a", "b", "c"));
        harness.Delivery.Enqueue(Batch(Personal, null, "d"));
        await harness.Idle();

        Assert.Equal(["a", "d"], harness.Connector.Delivered.Select(r => r.Text));
        Assert.DoesNotContain(harness.Connector.Requests, r => r.Text == "c");
        Assert.Equal(2, Assert.Single(harness.Logs.Named("DeliveryRefused")).State["Undelivered"]);
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
