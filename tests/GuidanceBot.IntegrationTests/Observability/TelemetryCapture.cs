using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Span = System.Diagnostics.Activity;

namespace GuidanceBot.IntegrationTests.Observability;

/// <summary>
/// The app's own telemetry registration, exported to memory: every span, metric point and log record the app would
/// send to OTLP or Azure Monitor lands here instead.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly LockedList<Span> _spans = new();
    private readonly LockedList<MetricSnapshot> _metrics = new();
    private readonly LockedList<LogRecord> _logs = new();

    public void Register(IServiceCollection services) => services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
        .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics))
        .WithLogging(logging => logging.AddInMemoryExporter(_logs));

    /// <summary>A bot in local mode whose telemetry is captured here.</summary>
    public BotFactory Bot(Dictionary<string, string?>? settings = null) => new() { TestServices = Register, Settings = settings ?? [] };

    /// <summary>The spans ended so far (the exporter is synchronous: a span is here once it has ended).</summary>
    public IReadOnlyList<Span> Spans => _spans.Snapshot();

    /// <summary>
    /// The spans once <paramref name="ended"/> holds of them (at most five seconds). The test server hands the client
    /// its whole response before ASP.NET Core ends that request's span, so a test reading request spans right after a
    /// reply can be early by a moment.
    /// </summary>
    public async Task<IReadOnlyList<Span>> SpansOnce(Func<IReadOnlyList<Span>, bool> ended)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(5) && !ended(Spans); waited += TimeSpan.FromMilliseconds(10))
            await Task.Delay(10);
        return Spans;
    }

    public static bool IsRequest(Span span) => span.Kind == System.Diagnostics.ActivityKind.Server;

    public IReadOnlyList<LogRecord> Logs => _logs.Snapshot();

    /// <summary>Every metric as it stands now (cumulative since the host started).</summary>
    public IReadOnlyList<MetricSnapshot> Metrics(IServiceProvider services)
    {
        _metrics.Clear();
        // False when another exporter (Azure Monitor, sending nowhere in a test) fails; the in-memory one has read.
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return _metrics.Snapshot();
    }

    public IReadOnlyList<Span> Turns => [.. Spans.Where(s => s.DisplayName == GuidanceBot.Conversation.Turns.TurnTelemetry.SpanName)];
}

/// <summary>Exporters add from whichever thread ends a span or writes a log; the test reads copies.</summary>
internal sealed class LockedList<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count { get { lock (_items) return _items.Count; } }
    public bool IsReadOnly => false;
    public void Add(T item) { lock (_items) _items.Add(item); }
    public void Clear() { lock (_items) _items.Clear(); }
    public bool Contains(T item) { lock (_items) return _items.Contains(item); }
    public void CopyTo(T[] array, int arrayIndex) { lock (_items) _items.CopyTo(array, arrayIndex); }
    public bool Remove(T item) { lock (_items) return _items.Remove(item); }
    public IReadOnlyList<T> Snapshot() { lock (_items) return [.. _items]; }
    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Reading metric snapshots: sums and counts over the points whose tags include the ones given.</summary>
public static class MetricReading
{
    public static IEnumerable<MetricPoint> Points(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, object Value)[] tags)
    {
        foreach (var metric in metrics.Where(m => m.Name == name))
            foreach (var point in metric.MetricPoints)
                if (tags.All(t => Tags(point).Any(p => p.Key == t.Key && Equals(p.Value, t.Value))))
                    yield return point;
    }

    public static long Sum(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, object Value)[] tags) =>
        metrics.Points(name, tags).Sum(p => p.GetSumLong());

    public static long Count(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, object Value)[] tags) =>
        metrics.Points(name, tags).Sum(p => p.GetHistogramCount());

    public static IReadOnlyList<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }
}

/// <summary>Span, meter and log listeners are process-wide: these tests run alone, so no other host's telemetry mixes in.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
