using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.DirectLine;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Instances;

/// <summary>
/// Redis stops mid-walk: a turn is refused with 503 and Retry-After (never a wrong answer or a 500), /readyz says not
/// ready, and once the same server is back on its port the walk goes on from where it was, without a restart of the app.
/// Each test owns its redis-server, so stopping it disturbs no other test.
/// </summary>
public sealed class RedisDownTests : IDisposable
{
    // Long enough for the client's background reconnect (its retry backs off), short enough to fail a hung test.
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = RedisServer.StartOwn();
    private readonly BotFactory _bot;

    public RedisDownTests() => _bot = RedisBots.Instance(_redis.Address);

    public void Dispose()
    {
        _bot.Dispose();
        _redis.Dispose();
    }

    [Fact]
    public async Task While_redis_is_down_a_turn_gets_503_with_retry_after_and_the_walk_continues_when_it_returns()
    {
        var id = RedisBots.NewConversation();
        var chat = new BotClient(_bot.CreateClient(), id);
        await chat.Say("advocacy");
        await chat.Click(BotClient.Answer("process", "assessment"));
        await chat.Click(BotClient.Answer("difficulty", "yes"));
        Assert.Equal(HttpStatusCode.OK, (await RedisBots.ReadyAsync(_bot)).Status);

        _redis.Stop();

        var refused = await RedisBots.ClickAsync(chat, "appropriate", "no");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.NotNull(refused.RetryAfter);
        // Without expectReplies too: nothing is queued for the Connector for a turn that did not run.
        var queued = await chat.Post(chat.Activity("message", new JsonObject { ["value"] = BotClient.Answer("appropriate", "no") }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, queued.StatusCode);
        Assert.NotNull(queued.Headers.RetryAfter);
        Assert.Equal("StateUnavailable", (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());

        var ready = await RedisBots.ReadyAsync(_bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Checks["state-store"]);
        Assert.Equal("Healthy", ready.Checks["content"]);
        Assert.Equal(HttpStatusCode.OK, (await _bot.CreateClient().GetAsync("/healthz")).StatusCode); // alive, only not ready

        _redis.Start();
        await RedisBots.WaitUntilReadyAsync(_bot, Reconnect);

        // The channel sends the refused click again: it is answered from the state saved before Redis stopped.
        var retried = await RedisBots.ClickAsync(chat, "appropriate", "no");
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal("question:advocacy:specialist", BotClient.CardId(retried.Card!.Value));
        Assert.Equal([("process", "assessment"), ("difficulty", "yes"), ("appropriate", "no")], await RedisBots.StoredAnswersAsync(_bot, id));
        Assert.Empty(_bot.Connector.Delivered);
    }

    [Fact]
    public async Task The_app_starts_while_redis_is_down_and_serves_once_it_is_up()
    {
        _redis.Stop();
        await using var late = RedisBots.Instance(_redis.Address);
        var chat = new BotClient(late.CreateClient(), RedisBots.NewConversation());

        var refused = await RedisBots.SendAsync(chat, chat.Activity("message", new JsonObject { ["text"] = "advocacy" }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.NotNull(refused.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await RedisBots.ReadyAsync(late)).Status);

        _redis.Start();
        await RedisBots.WaitUntilReadyAsync(late, Reconnect);
        Assert.Equal("question:advocacy:process", BotClient.CardId(BotClient.Card(Assert.Single(await chat.Say("advocacy")))));
    }

    [Fact]
    public async Task The_local_chat_gets_503_with_retry_after_while_redis_is_down_and_goes_on_after()
    {
        var chat = new DirectLineClient(_bot.CreateClient());
        Assert.Equal(HttpStatusCode.Created, (await chat.StartAsync()).Status);
        await chat.SayAsync("advocacy");
        Assert.Equal("question:advocacy:process", BotClient.CardId(await chat.LastBotCardAsync()));

        _redis.Stop();
        var refused = await chat.PostAsync(Message(BotClient.Answer("process", "assessment")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);

        _redis.Start();
        await RedisBots.WaitUntilReadyAsync(_bot, Reconnect);
        await chat.SayAsync(null, BotClient.Answer("process", "assessment"));
        Assert.Equal("question:advocacy:difficulty", BotClient.CardId(await chat.LastBotCardAsync()));
    }

    private static JsonObject Message(JsonObject value) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "worker", ["role"] = "user" },
        ["value"] = value,
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N"), ["postBack"] = true },
    };
}
