using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

/// <summary>A Connector that fails, hangs or throttles, seen from the front door: nothing a worker should see is lost silently.</summary>
public sealed class FailingChannelTests
{
    private static BotFactory Bot(params (string Key, string Value)[] settings)
    {
        var bot = new BotFactory();
        foreach (var (key, value) in OutboundHarness.FastRetries) bot.Settings[key] = value;
        foreach (var (key, value) in settings) bot.Settings[key] = value;
        return bot;
    }

    private static Task Idle(BotFactory bot) =>
        bot.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(OutboundHarness.Patience);

    private static JsonObject Message(BotClient chat, string text) => chat.Activity("message", new JsonObject { ["text"] = text });

    [Fact]
    public async Task A_full_reply_queue_refuses_the_turn_with_a_retryable_503_and_the_turn_does_not_happen()
    {
        using var bot = Bot(("Connector:MaxQueuedPerConversation", "1"));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Connector.Respond = async (_, ct) => { await release.Task.WaitAsync(ct); return FakeConnector.Created("x"); };
        var chat = new BotClient(bot.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.OK, (await chat.Post(Message(chat, "advocacy"))).StatusCode);
        var refused = await chat.Post(Message(chat, "5"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        release.SetResult();
        await Idle(bot);
        // The refused "5" was not applied: the walk still waits on its first question, and 5 answers it now.
        var outcome = BotClient.Card(Assert.Single(await chat.Say("5")));
        Assert.Equal("outcome:advocacy:power-only", BotClient.CardId(outcome));
    }

    [Fact]
    public async Task Replies_the_channel_could_not_take_are_shown_again_first_on_the_next_turn_after_a_notice()
    {
        using var bot = Bot();
        var down = true;
        bot.Connector.Respond = (request, _) => Task.FromResult(down
            ? FakeConnector.Status(HttpStatusCode.BadGateway)
            : FakeConnector.Created("x"));
        var chat = new BotClient(bot.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));

        await chat.Post(Message(chat, "advocacy"));
        await Idle(bot);
        Assert.Empty(bot.Connector.Delivered);
        down = false;
        await chat.Post(Message(chat, "5"));
        await Idle(bot);

        var delivered = bot.Connector.Delivered.Where(r => r.Json.GetProperty("type").GetString() == "message").ToList();
        Assert.Equal(3, delivered.Count);
        Assert.Equal(NoticeText.For(Notice.Undelivered), delivered[0].Text);
        Assert.Equal("question:advocacy:process", BotClient.CardId(BotClient.Card(delivered[1].Json)));
        Assert.Equal("outcome:advocacy:power-only", BotClient.CardId(BotClient.Card(delivered[2].Json)));
        Assert.Equal(0, bot.Services.GetRequiredService<ReplyDelivery>().Held);
    }

    [Fact]
    public async Task Every_retry_of_a_reply_carries_the_same_id_of_the_bots_own()
    {
        using var bot = Bot();
        bot.Connector.Respond = (request, _) => Task.FromResult(request.Attempt < 2
            ? FakeConnector.Status(HttpStatusCode.GatewayTimeout)
            : FakeConnector.Created("x"));
        var chat = new BotClient(bot.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));

        await chat.Post(Message(chat, "advocacy"));
        await Idle(bot);

        var posts = bot.Connector.Requests.Where(r => r.Json.GetProperty("type").GetString() == "message").ToList();
        Assert.Equal(3, posts.Count);
        var id = posts[0].Json.GetProperty("id").GetString();
        Assert.StartsWith("gb-", id);
        Assert.All(posts, p => Assert.Equal(id, p.Json.GetProperty("id").GetString()));
        Assert.Single(bot.Connector.Delivered, r => r.Json.GetProperty("type").GetString() == "message");
    }
}
