using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Instances;

/// <summary>Restarts lose nothing: state lives in Redis, and a stopping instance delivers what it queued first, within a bound.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_walk_half_done_continues_after_every_instance_has_restarted()
    {
        var id = RedisBots.NewConversation();
        await using (var a = RedisBots.Instance(RedisServer.Shared))
        await using (var b = RedisBots.Instance(RedisServer.Shared))
        {
            await new BotClient(a.CreateClient(), id).Say("advocacy");
            await new BotClient(b.CreateClient(), id).Click(BotClient.Answer("process", "assessment"));
            await new BotClient(a.CreateClient(), id).Click(BotClient.Answer("difficulty", "yes"));
        }

        // Every instance has stopped; new ones start with nothing in memory.
        await using var c = RedisBots.Instance(RedisServer.Shared);
        await using var d = RedisBots.Instance(RedisServer.Shared);
        var next = BotClient.Card(Assert.Single(await new BotClient(c.CreateClient(), id).Click(BotClient.Answer("appropriate", "no"))));
        Assert.Equal("question:advocacy:specialist", BotClient.CardId(next));
        await new BotClient(d.CreateClient(), id).Click(BotClient.Answer("specialist", "imca"));
        await new BotClient(c.CreateClient(), id).Click(BotClient.Answer("view", "wants"));
        var outcome = BotClient.Card(Assert.Single(await new BotClient(d.CreateClient(), id).Click(BotClient.Answer("available", "yes"))));
        Assert.Equal("outcome:advocacy:refer", BotClient.CardId(outcome));
    }

    [Fact]
    public async Task A_stopping_instance_delivers_its_queued_replies_before_it_exits()
    {
        var instance = new BotFactory();
        // The Connector holds the reply until the instance begins to stop, so it is still queued when the stop starts.
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        instance.Connector.Respond = async (_, _) => { await stopping.Task; return FakeConnector.Created("1:reply"); };
        instance.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());

        var chat = new BotClient(instance.CreateClient(), RedisBots.NewConversation());
        var activity = chat.Activity("message", new JsonObject { ["text"] = "advocacy" });
        Assert.Equal(HttpStatusCode.OK, (await chat.Post(activity)).StatusCode);

        await instance.DisposeAsync();

        Assert.Single(instance.Connector.Delivered, r => r.Method == HttpMethod.Post && r.Url.EndsWith($"/activities/{activity["id"]}", StringComparison.Ordinal));
        Assert.Empty(instance.Logs.Named("DeliveryAbandoned"));
    }

    [Fact]
    public async Task A_stop_waits_for_undelivered_replies_no_longer_than_the_shutdown_timeout_and_logs_what_it_gave_up()
    {
        var instance = new BotFactory { Settings = { ["ShutdownTimeout"] = "00:00:01" } };
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A Connector that never answers: only the shutdown timeout ends the wait.
        instance.Connector.Respond = async (_, cancellationToken) =>
        {
            reached.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return FakeConnector.Created("never");
        };
        Assert.Equal(TimeSpan.FromSeconds(1), instance.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);

        var chat = new BotClient(instance.CreateClient(), RedisBots.NewConversation());
        Assert.Equal(HttpStatusCode.OK, (await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "advocacy" }))).StatusCode);
        await reached.Task.WaitAsync(OutboundHarness.Patience);

        await instance.DisposeAsync().AsTask().WaitAsync(OutboundHarness.Patience);

        Assert.Single(instance.Logs.Named("DeliveryAbandoned"));
        Assert.Empty(instance.Connector.Delivered);
    }

    [Fact]
    public void The_shutdown_timeout_is_bounded_by_default()
    {
        using var instance = new BotFactory();
        Assert.Equal(TimeSpan.FromSeconds(25), instance.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
