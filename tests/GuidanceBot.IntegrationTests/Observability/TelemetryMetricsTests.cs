using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Observability;

/// <summary>The bot's metrics move with what happens: turns and their latency, walks, outcomes, misreadings, risk, delivery.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryMetricsTests
{
    private static (string, object) Walk(string id) => (TurnTelemetry.WalkKey, id);

    private static async Task<BotClient> Advocacy(BotFactory bot)
    {
        var chat = new BotClient(bot.CreateClient(), "metrics-" + Guid.NewGuid().ToString("N"));
        await chat.Say("advocacy");
        foreach (var (step, value) in new[] { ("process", "assessment"), ("difficulty", "yes"), ("appropriate", "no"), ("specialist", "imca"), ("view", "wants"), ("available", "yes") })
            await chat.Click(BotClient.Answer(step, value));
        return chat;
    }

    [Fact]
    public async Task Turns_and_their_latency_are_counted_by_activity_type_and_status()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = await Advocacy(bot);
        await chat.Post(chat.Activity("typing"));

        var metrics = capture.Metrics(bot.Services);
        Assert.Equal(7, metrics.Sum("guidancebot.turns", (TurnTelemetry.ActivityTypeKey, "message"), (TurnTelemetry.StatusKey, "ran")));
        Assert.Equal(1, metrics.Sum("guidancebot.turns", (TurnTelemetry.ActivityTypeKey, "typing"), (TurnTelemetry.StatusKey, "ignored")));
        var latency = Assert.Single(metrics, m => m.Name == "guidancebot.turn.duration");
        Assert.Equal(MetricType.Histogram, latency.MetricType);
        Assert.Equal("s", latency.Unit);
        Assert.Equal(7, metrics.Count("guidancebot.turn.duration", (TurnTelemetry.ActivityTypeKey, "message")));
        Assert.Equal(8, metrics.Count("guidancebot.turn.duration"));
    }

    [Fact]
    public async Task Walks_started_and_finished_and_outcomes_are_counted_per_walk_and_outcome()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = await Advocacy(bot);
        await chat.Say("help");   // the outcome shown again is not a second finish
        await chat.Say("record");
        await Advocacy(bot);
        await new BotClient(bot.CreateClient(), "metrics-" + Guid.NewGuid().ToString("N")).Say("equipment");

        var metrics = capture.Metrics(bot.Services);
        Assert.Equal(2, metrics.Sum("guidancebot.walks.started", Walk("advocacy")));
        Assert.Equal(1, metrics.Sum("guidancebot.walks.started", Walk("equipment")));
        Assert.Equal(2, metrics.Sum("guidancebot.walks.finished", Walk("advocacy")));
        Assert.Equal(0, metrics.Sum("guidancebot.walks.finished", Walk("equipment")));
        Assert.Equal(2, metrics.Sum("guidancebot.outcomes", Walk("advocacy"), (TurnTelemetry.OutcomeKey, "refer")));
        Assert.Equal(2, metrics.Sum("guidancebot.outcomes"));
    }

    [Fact]
    public async Task Messages_not_understood_and_risk_routed_to_safeguarding_are_counted()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = new BotClient(bot.CreateClient(), "metrics-" + Guid.NewGuid().ToString("N"));
        await chat.Say("qwertyuiop asdfghjkl");
        await chat.Say("advocacy");
        await chat.Say("not really sure what you mean");
        await chat.Say("her son hits her");
        var risk = capture.Turns[^1].GetTagItem(TurnTelemetry.RiskCategoryKey)!;

        var metrics = capture.Metrics(bot.Services);
        Assert.Equal(1, metrics.Sum("guidancebot.messages.not_understood", (TurnTelemetry.ReplyKindKey, "menu")));
        Assert.Equal(1, metrics.Sum("guidancebot.messages.not_understood", (TurnTelemetry.ReplyKindKey, "question")));
        Assert.Equal(2, metrics.Sum("guidancebot.messages.not_understood"));
        Assert.Equal(1, metrics.Sum("guidancebot.risk.routed", (TurnTelemetry.RiskCategoryKey, risk)));
        Assert.Equal(1, metrics.Sum("guidancebot.risk.routed"));
    }

    [Fact]
    public async Task Replies_the_connector_could_not_take_are_counted_as_undelivered_then_redelivered()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot(new Dictionary<string, string?>(OutboundHarness.FastRetries));
        var down = true;
        bot.Connector.Respond = (_, _) => Task.FromResult(down ? FakeConnector.Status(HttpStatusCode.BadGateway) : FakeConnector.Created("x"));
        var chat = new BotClient(bot.CreateClient(), "metrics-" + Guid.NewGuid().ToString("N"));
        var delivery = bot.Services.GetRequiredService<ReplyDelivery>();

        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "advocacy" }));
        await delivery.WhenIdle().WaitAsync(OutboundHarness.Patience);
        Assert.Equal(1, capture.Metrics(bot.Services).Sum("guidancebot.replies.undelivered"));

        down = false;
        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "5" }));
        await delivery.WhenIdle().WaitAsync(OutboundHarness.Patience);
        var metrics = capture.Metrics(bot.Services);
        Assert.Equal(1, metrics.Sum("guidancebot.replies.undelivered"));
        Assert.Equal(1, metrics.Sum("guidancebot.replies.redelivered"));
    }

    [Fact]
    public async Task No_metric_is_tagged_with_a_conversation_id()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var conversation = "metrics-" + Guid.NewGuid().ToString("N");
        var chat = new BotClient(bot.CreateClient(), conversation);
        await chat.Say("advocacy");
        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "5" }));
        await bot.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(OutboundHarness.Patience);

        var metrics = capture.Metrics(bot.Services);
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        var values = metrics.SelectMany(m => m.MetricPoints).SelectMany(MetricReading.Tags).Select(t => t.Value?.ToString() ?? "").ToList();
        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Contains(conversation, StringComparison.Ordinal));
    }
}
