using System.Collections;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.DirectLine;
using GuidanceBot.IntegrationTests.Observability;
using Span = System.Diagnostics.Activity;

namespace GuidanceBot.IntegrationTests.Privacy;

/// <summary>
/// Whatever a worker types or a client sends, through either front door, in words, card values, headers, paths or
/// query strings, never reaches an exported span, metric or log record: every string in every item the app exports
/// is searched for the canaries.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class NoMessageTextInTelemetryTests
{
    private const string Canary = "Qzcanary";

    private static string Sent(string where) => $"{Canary}-{where}-{Guid.NewGuid():N}";

    [Fact]
    public async Task No_span_metric_or_log_record_carries_anything_a_worker_typed_or_a_client_sent()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot();
        await SendCanaries(bot);
        AssertNoCanary(capture, bot);
    }

    /// <summary>
    /// An operator who turns framework logging up (to read requests on the console) does not send paths or query
    /// strings to the exporters: the exported log keeps ASP.NET Core's request lines at Warning whatever is configured.
    /// </summary>
    [Fact]
    public async Task With_framework_logging_turned_up_nothing_a_client_sent_is_exported_either()
    {
        var capture = new TelemetryCapture();
        using var bot = capture.Bot(new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace", ["Logging:LogLevel:System.Net.Http"] = "Trace" });
        await SendCanaries(bot);
        AssertNoCanary(capture, bot);
    }

    /// <summary>
    /// The Azure Monitor distro brings its own HTTP instrumentations and turns their query redaction off: the same
    /// rules hold, and each request is traced once. (Its exporter sends to a closed loopback port here.)
    /// </summary>
    [Fact]
    public async Task With_azure_monitor_configured_nothing_a_client_sent_is_exported_either_and_requests_are_traced_once()
    {
        var capture = new TelemetryCapture();
        using var bot = new BotFactory
        {
            Settings = { ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/" },
            TestServices = services =>
            {
                capture.Register(services);
                // Every trace sampled (the distro's default keeps five a second), and nothing written to disk.
                services.Configure<Azure.Monitor.OpenTelemetry.AspNetCore.AzureMonitorOptions>(o =>
                    (o.TracesPerSecond, o.SamplingRatio, o.DisableOfflineStorage) = (null, 1F, true));
            },
        };
        await SendCanaries(bot);
        AssertNoCanary(capture, bot);

        var turns = capture.Turns;
        var requests = (await capture.SpansOnce(s => turns.All(t => s.Any(r => TelemetryCapture.IsRequest(r) && r.SpanId == t.ParentSpanId))))
            .Where(TelemetryCapture.IsRequest).ToList();
        Assert.Equal(requests.Count, requests.Select(r => r.SpanId).Distinct().Count());
        Assert.All(turns, t => Assert.Contains(requests, r => r.SpanId == t.ParentSpanId));
    }

    private static async Task SendCanaries(BotFactory bot)
    {
        var http = bot.CreateClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd(Sent("agent"));
        http.DefaultRequestHeaders.Referrer = new Uri("http://localhost/" + Sent("referrer"));
        // Trace context a client may send: the ids are hex, but trace state and baggage are free text.
        http.DefaultRequestHeaders.Add("traceparent", $"00-{Guid.NewGuid():N}-{Guid.NewGuid():N}"[..52] + "-01");
        http.DefaultRequestHeaders.Add("tracestate", "qz=" + Sent("tracestate"));
        http.DefaultRequestHeaders.Add("baggage", "note=" + Sent("baggage"));
        var chat = new BotClient(http, "privacy-" + Guid.NewGuid().ToString("N"));

        // Typed words: at the menu, mid-question, a risk, a question about the procedure, delivered through the Connector too.
        await chat.Say($"does {Sent("menu")} need an advocate");
        await chat.Say("advocacy");
        await chat.Say($"{Sent("answer")} has no family at all");
        await chat.Say($"her son hits her, says {Sent("risk")}");
        await chat.Say($"what counts as substantial difficulty for {Sent("procedure")}");
        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = Sent("delivered") }));
        // Card values: an answer, a start and a command that fit nothing, and fields no button sends.
        await chat.Click(new JsonObject { ["gb"] = "answer", ["walk"] = "advocacy", ["step"] = Sent("step"), ["value"] = Sent("value") });
        await chat.Click(new JsonObject { ["gb"] = "start", ["walk"] = Sent("walk") });
        await chat.Click(new JsonObject { ["gb"] = "command", ["value"] = Sent("command") });
        await chat.Click(new JsonObject { ["note"] = Sent("note") });
        // Action.Execute, good and bad; other fields of the activity.
        await chat.Expect(chat.Activity("invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Sent("verb"),
                ["data"] = new JsonObject { ["gb"] = "answer", ["walk"] = "advocacy", ["step"] = "process", ["value"] = Sent("execute") } } },
        }));
        await chat.Post(chat.Activity("invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = Sent("action-type") } },
        }));
        await chat.Expect(chat.Activity("message", new JsonObject
        {
            ["text"] = "1",
            ["from"] = new JsonObject { ["id"] = "worker-1", ["name"] = Sent("name") },
            ["channelData"] = new JsonObject { ["note"] = Sent("channel-data") },
        }));
        // A body that breaks off mid-string, and query strings, a path and headers no route reads.
        await http.PostAsync("/api/messages", new StringContent($$"""{"type":"message","text":"{{Sent("broken")}}""", Encoding.UTF8, "application/json"));
        await http.PostAsync($"/api/messages?note={Sent("query")}", new StringContent(chat.Activity("message", new JsonObject { ["text"] = "menu", ["deliveryMode"] = "expectReplies" }).ToJsonString(), Encoding.UTF8, "application/json"));
        await http.GetAsync($"/healthz?{Sent("health-query")}={Sent("health-value")}");
        await http.GetAsync($"/nowhere/{Sent("path")}");

        // The local chat: typed words, a card value, a client activity id, and query strings on the poll.
        var directLine = new DirectLineClient(http);
        await directLine.StartAsync();
        await directLine.SayAsync(Sent("direct-line"));
        await directLine.SayAsync(null, new JsonObject { ["gb"] = "start", ["walk"] = Sent("direct-line-value") }, clientActivityId: Sent("client-id"));
        await directLine.SayAsync($"her son hits her, says {Sent("direct-line-risk")}");
        await directLine.GetAsync(watermark: Sent("watermark"));
        await directLine.GetAsync(watermark: "0&" + Sent("poll-query") + "=1");
        var (echoed, _) = await directLine.ActivitiesAsync();
        Assert.Contains(echoed, a => a.GetRawText().Contains(Canary, StringComparison.Ordinal)); // the words did reach the app

        await bot.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(OutboundHarness.Patience);
    }

    private static void AssertNoCanary(TelemetryCapture capture, BotFactory bot)
    {
        var metrics = capture.Metrics(bot.Services);
        var spans = capture.Spans;
        var logs = capture.Logs;

        Assert.True(capture.Turns.Count >= 18, $"{capture.Turns.Count} turn spans");
        Assert.Contains(spans, s => s.Kind == System.Diagnostics.ActivityKind.Server);
        Assert.NotEmpty(logs);
        Assert.Contains(metrics, m => m.Name == "guidancebot.turns");
        var leaks = spans.SelectMany(SpanStrings).Concat(logs.SelectMany(LogStrings)).Concat(metrics.SelectMany(MetricStrings))
            .Where(s => s.Contains(Canary, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// <summary>The harness finds a canary where one is: a span carrying a sent string is caught.</summary>
    [Fact]
    public void The_search_sees_span_attributes_events_and_links()
    {
        using var span = new Span("test").SetTag("x", new[] { "a", Canary });
        Assert.Contains(SpanStrings(span), s => s.Contains(Canary, StringComparison.Ordinal));
        using var evented = new Span("test");
        evented.AddEvent(new System.Diagnostics.ActivityEvent("e", tags: new System.Diagnostics.ActivityTagsCollection { ["k"] = Canary }));
        Assert.Contains(SpanStrings(evented), s => s.Contains(Canary, StringComparison.Ordinal));
    }

    private static IEnumerable<string> SpanStrings(Span span)
    {
        yield return $"span {span.DisplayName}";
        yield return $"span {span.DisplayName} operation {span.OperationName}";
        if (span.StatusDescription is { } status) yield return $"span {span.DisplayName} status {status}";
        if (span.TraceStateString is { } state) yield return $"span {span.DisplayName} tracestate {state}";
        foreach (var tag in span.TagObjects) yield return $"span {span.DisplayName} tag {tag.Key}={Text(tag.Value)}";
        foreach (var item in span.Baggage) yield return $"span {span.DisplayName} baggage {item.Key}={item.Value}";
        foreach (var e in span.Events)
        {
            yield return $"span {span.DisplayName} event {e.Name}";
            foreach (var tag in e.Tags) yield return $"span {span.DisplayName} event {e.Name} {tag.Key}={Text(tag.Value)}";
        }
        foreach (var link in span.Links)
            foreach (var tag in link.Tags ?? []) yield return $"span {span.DisplayName} link {tag.Key}={Text(tag.Value)}";
    }

    private static IEnumerable<string> LogStrings(LogRecord log)
    {
        var name = $"log {log.CategoryName} {log.EventId.Name}";
        yield return name;
        if (log.FormattedMessage is { } message) yield return $"{name} message {message}";
        if (log.Body is { } body) yield return $"{name} body {body}";
        if (log.Exception is { } exception) yield return $"{name} exception {exception}";
        foreach (var attribute in log.Attributes ?? []) yield return $"{name} attribute {attribute.Key}={Text(attribute.Value)}";
    }

    private static IEnumerable<string> MetricStrings(MetricSnapshot metric)
    {
        yield return $"metric {metric.Name} {metric.Description} {metric.Unit}";
        foreach (var point in metric.MetricPoints)
            foreach (var tag in MetricReading.Tags(point)) yield return $"metric {metric.Name} tag {tag.Key}={Text(tag.Value)}";
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };
}
