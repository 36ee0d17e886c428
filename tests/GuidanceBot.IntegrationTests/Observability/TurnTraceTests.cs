using System.Diagnostics;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using Span = System.Diagnostics.Activity;

namespace GuidanceBot.IntegrationTests.Observability;

/// <summary>One span per turn, child of its HTTP request, carrying the turn's ids and the understanding decision.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TurnTraceTests
{
    private static object? Tag(Span span, string key) => span.GetTagItem(key);

    [Fact]
    public async Task A_walk_driven_over_http_gives_one_turn_span_per_turn_with_its_walk_step_and_outcome()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = new BotClient(bot.CreateClient(), "trace-" + Guid.NewGuid().ToString("N"));

        await chat.Say("advocacy");
        await chat.Click(BotClient.Answer("process", "assessment"));
        await chat.Click(BotClient.Answer("difficulty", "yes"));
        await chat.Click(BotClient.Answer("appropriate", "no"));
        await chat.Click(BotClient.Answer("specialist", "imca"));
        await chat.Click(BotClient.Answer("view", "wants"));
        await chat.Click(BotClient.Answer("available", "yes"));

        var turns = capture.Turns;
        Assert.Equal(7, turns.Count);
        Assert.All(turns, t =>
        {
            Assert.Equal("message", Tag(t, TurnTelemetry.ActivityTypeKey));
            Assert.Equal("ran", Tag(t, TurnTelemetry.StatusKey));
            Assert.Equal("advocacy", Tag(t, TurnTelemetry.WalkKey));
            Assert.Equal(ActivityKind.Internal, t.Kind);
        });

        var first = turns[0];
        Assert.Equal("process", Tag(first, TurnTelemetry.StepKey));
        Assert.Equal(true, Tag(first, TurnTelemetry.WalkStartedKey));
        Assert.Equal(new[] { "question" }, Tag(first, TurnTelemetry.RepliesKey));
        Assert.Equal("confident", Tag(first, TurnTelemetry.BandKey));
        Assert.Equal(false, Tag(first, TurnTelemetry.RiskKey));
        Assert.Equal("advocacy", Assert.IsType<string[]>(Tag(first, TurnTelemetry.RankedWalksKey))[0]);

        // Clicks are not typed words: no understanding decision on their spans.
        Assert.All(turns.Skip(1), t => Assert.Null(Tag(t, TurnTelemetry.BandKey)));
        Assert.Equal(["difficulty", "appropriate", "specialist", "view", "available"], turns.Skip(1).Take(5).Select(t => Tag(t, TurnTelemetry.StepKey)));

        var last = turns[^1];
        Assert.Equal("refer", Tag(last, TurnTelemetry.OutcomeKey));
        Assert.Equal(true, Tag(last, TurnTelemetry.WalkFinishedKey));
        Assert.Null(Tag(last, TurnTelemetry.StepKey));
        Assert.Single(turns, t => Tag(t, TurnTelemetry.WalkStartedKey) is true);
        Assert.Single(turns, t => Tag(t, TurnTelemetry.WalkFinishedKey) is true);
    }

    [Fact]
    public async Task Each_turn_span_is_a_child_of_its_http_request_span()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = new BotClient(bot.CreateClient(), "trace-" + Guid.NewGuid().ToString("N"));

        await chat.Say("advocacy");
        await chat.Say("5");

        var requests = (await capture.SpansOnce(s => s.Count(TelemetryCapture.IsRequest) >= 2)).Where(TelemetryCapture.IsRequest).ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("/api/messages", Tag(r, "http.route")));
        Assert.Equal(requests.Select(r => r.SpanId), capture.Turns.Select(t => t.ParentSpanId));
        Assert.Equal(requests.Select(r => r.TraceId), capture.Turns.Select(t => t.TraceId));
    }

    [Fact]
    public async Task A_callers_trace_id_is_kept_and_its_trace_state_and_baggage_are_not()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var http = bot.CreateClient();
        var (traceId, parentId) = (ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());
        http.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{parentId}-01");
        http.DefaultRequestHeaders.Add("tracestate", "vendor=state");
        http.DefaultRequestHeaders.Add("baggage", "key=value");

        await new BotClient(http, "trace-" + Guid.NewGuid().ToString("N")).Say("advocacy");

        var request = Assert.Single(await capture.SpansOnce(s => s.Any(TelemetryCapture.IsRequest)), TelemetryCapture.IsRequest);
        Assert.Equal(traceId, request.TraceId);
        Assert.Equal(parentId, request.ParentSpanId);
        Assert.All([request, .. capture.Turns], s =>
        {
            Assert.Equal(traceId, s.TraceId);
            Assert.Null(s.TraceStateString);
            Assert.Empty(s.Baggage);
        });
    }

    [Fact]
    public async Task A_typed_message_records_the_understanding_decision_risk_and_misreadings()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = new BotClient(bot.CreateClient(), "trace-" + Guid.NewGuid().ToString("N"));

        await chat.Say("her son hits her");
        await chat.Say("advocacy");
        await chat.Say("not really sure what you mean");

        var (risk, started, unreadable) = (capture.Turns[0], capture.Turns[1], capture.Turns[2]);
        Assert.Equal(true, Tag(risk, TurnTelemetry.RiskKey));
        Assert.IsType<string>(Tag(risk, TurnTelemetry.RiskCategoryKey));
        Assert.Equal(new[] { "risk" }, Tag(risk, TurnTelemetry.RepliesKey));
        Assert.Contains((string?)Tag(risk, TurnTelemetry.BandKey), new[] { "confident", "unsure", "none" });

        Assert.Equal(false, Tag(started, TurnTelemetry.RiskKey));
        Assert.Null(Tag(started, TurnTelemetry.NotUnderstoodKey));

        Assert.Equal(true, Tag(unreadable, TurnTelemetry.NotUnderstoodKey));
        Assert.Equal("process", Tag(unreadable, TurnTelemetry.StepKey));
        Assert.Null(Tag(unreadable, TurnTelemetry.WalkStartedKey));
    }

    [Fact]
    public async Task An_activity_type_the_bot_does_not_know_is_named_other_and_other_statuses_are_named()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        var chat = new BotClient(bot.CreateClient(), "trace-" + Guid.NewGuid().ToString("N"));

        await chat.Post(chat.Activity("someTypeNoChannelSends"));
        await chat.Post(chat.Activity("invoke", new JsonObject { ["name"] = "composeExtension/query" }));

        Assert.Equal(["other", "invoke"], capture.Turns.Select(t => Tag(t, TurnTelemetry.ActivityTypeKey)));
        Assert.Equal(["ignored", "not_implemented"], capture.Turns.Select(t => Tag(t, TurnTelemetry.StatusKey)));
    }
}
