using System.Net;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

/// <summary>Typing, then card updates, then replies; a refused typing or update does not hold the replies back.</summary>
public sealed class ReplyBatchOrderTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Conversation = "a:1personal";

    private static ReplyBatch Batch() =>
        new(ServiceUrl, Conversation, "1:click", [new Activity { Type = ActivityTypes.Message, Text = "next question" }])
        {
            Typing = new Activity { Type = ActivityTypes.Typing },
            Updates = [new ActivityUpdate("1:card", new Activity { Type = ActivityTypes.Message, Text = "answered" })],
        };

    [Fact]
    public async Task Deliver_BatchWithTypingAndUpdate_SendsTypingThenPutThenReply()
    {
        await using var harness = new OutboundHarness();
        harness.Delivery.Enqueue(Batch());
        await harness.Idle();

        var sent = harness.Connector.Delivered;
        Assert.Equal(3, sent.Count);
        Assert.Equal((HttpMethod.Post, "typing"), (sent[0].Method, sent[0].Json.GetProperty("type").GetString()));
        Assert.Equal(HttpMethod.Put, sent[1].Method);
        Assert.Equal(ServiceUrl + "v3/conversations/a%3A1personal/activities/1%3Acard", sent[1].Url);
        Assert.Equal("1:card", sent[1].Json.GetProperty("id").GetString());
        Assert.Equal((HttpMethod.Post, "next question"), (sent[2].Method, sent[2].Text));
        Assert.Equal(ServiceUrl + "v3/conversations/a%3A1personal/activities/1%3Aclick", sent[2].Url);
    }

    [Fact]
    public async Task Deliver_UpdateRefused_StillSendsTheReplyAndLogsIt()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Method == HttpMethod.Put
            ? FakeConnector.Status(HttpStatusCode.NotFound)
            : FakeConnector.Created("1:ok"));
        harness.Delivery.Enqueue(Batch());
        await harness.Idle();

        Assert.Equal(["typing", "message"], harness.Connector.Delivered.Select(r => r.Json.GetProperty("type").GetString()));
        var refused = Assert.Single(harness.Logs.Named("BestEffortRefused"));
        Assert.Equal(5001, refused.EventId.Id);
        Assert.Equal("update", refused.State["What"]);
    }

    [Fact]
    public async Task Deliver_TypingRefused_StillSendsTheRest()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Json.GetProperty("type").GetString() == "typing"
            ? FakeConnector.Status(HttpStatusCode.Forbidden)
            : FakeConnector.Created("1:ok"));
        harness.Delivery.Enqueue(Batch());
        await harness.Idle();

        Assert.Equal([HttpMethod.Put, HttpMethod.Post], harness.Connector.Delivered.Select(r => r.Method));
    }
}
