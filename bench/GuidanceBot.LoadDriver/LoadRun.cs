using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace GuidanceBot.LoadDriver;

/// <summary>The figures of one run at one concurrency.</summary>
public sealed record RunFigures(string Server, int Concurrency, long Turns, long Walks, long Errors, double Seconds,
    double TurnsPerSecond, double P50, double P90, double P99, double Max, string? FirstError)
{
    /// <summary>
    /// The server's processor time (user and system, all threads) per measured turn, in microseconds: what a turn
    /// costs the server whatever else the machine is doing (throughput moves with the other core's load; this
    /// moves far less). Null when the driver did not start the server.
    /// </summary>
    public double? ServerCpuMicrosecondsPerTurn { get; init; }

    /// <summary>The driver's own processor time per measured turn: on one machine, what the server could not use.</summary>
    public double DriverCpuMicrosecondsPerTurn { get; init; }
}

/// <summary>
/// N workers, each running whole walks back to back on new conversations for a fixed time; every reply is checked
/// against the expected signature. Latency is per turn, in milliseconds. With several servers (instances sharing one
/// store), a walk's turns go to them in turn, so every walk crosses instances.
/// </summary>
public sealed class LoadRun(HttpClient http, IReadOnlyList<Uri> servers, IReadOnlyList<string> messages, IReadOnlyList<string?> expected)
{
    public LoadRun(HttpClient http, Uri server, IReadOnlyList<string> messages, IReadOnlyList<string?> expected)
        : this(http, [server], messages, expected) { }

    public static HttpClient Client(int concurrency) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Learns the expected replies from one walk (and so checks the server answers at all).</summary>
    public static async Task<IReadOnlyList<string?>> ProbeAsync(HttpClient http, Uri server, IReadOnlyList<string> messages) =>
        (await ProbeBodiesAsync(http, server, messages)).Select(b => b is null ? null : WalkScript.Signature(b)).ToList();

    /// <summary>The response body of each turn of one walk (null where it failed): what the ceiling server answers.</summary>
    public static async Task<IReadOnlyList<byte[]?>> ProbeBodiesAsync(HttpClient http, Uri server, IReadOnlyList<string> messages)
    {
        var conversation = "probe-" + Guid.NewGuid().ToString("N");
        var bodies = new List<byte[]?>();
        for (var t = 0; t < messages.Count; t++)
        {
            var (_, body, ok) = await PostAsync(http, server, conversation, t, messages[t]);
            bodies.Add(ok ? body : null);
        }
        return bodies;
    }

    public async Task<RunFigures> RunAsync(string name, int concurrency, TimeSpan warmup, TimeSpan duration, int? serverPid = null)
    {
        var workers = new Worker[concurrency];
        for (var i = 0; i < concurrency; i++) workers[i] = new Worker();
        using var stop = new CancellationTokenSource();
        var measuring = 0;
        var tasks = workers.Select(w => Task.Run(() => WorkAsync(w, () => Volatile.Read(ref measuring) == 1, stop.Token))).ToArray();

        await Task.Delay(warmup);
        var cpuBefore = ServerProcess.ProcessorTime(serverPid);
        var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, 1);
        await Task.Delay(duration);
        Volatile.Write(ref measuring, 0);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuAfter = ServerProcess.ProcessorTime(serverPid);
        var driverAfter = Process.GetCurrentProcess().TotalProcessorTime;
        await stop.CancelAsync();
        await Task.WhenAll(tasks);

        var latencies = workers.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        var turns = latencies.Length;
        return new RunFigures(name, concurrency, turns, workers.Sum(w => w.Walks), workers.Sum(w => w.Errors), seconds,
            turns / seconds, At(0.50), At(0.90), At(0.99), latencies.Length == 0 ? 0 : latencies[^1],
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null))
        {
            ServerCpuMicrosecondsPerTurn = cpuBefore is { } b && cpuAfter is { } a && turns > 0 ? (a - b).TotalMicroseconds / turns : null,
            DriverCpuMicrosecondsPerTurn = turns > 0 ? (driverAfter - driverBefore).TotalMicroseconds / turns : 0,
        };
    }

    /// <summary>Runs whole walks, not timed: for memory after many walks.</summary>
    public async Task<long> RunWalksAsync(int walks, int concurrency)
    {
        long done = 0, errors = 0;
        await Parallel.ForAsync(0, walks, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, ct) =>
        {
            var w = new Worker();
            await WalkAsync(w, () => false, ct);
            Interlocked.Add(ref errors, w.Errors);
            Interlocked.Increment(ref done);
        });
        return errors;
    }

    private async Task WorkAsync(Worker worker, Func<bool> measuring, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await WalkAsync(worker, measuring, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // A turn counts when it starts and ends inside the measured window; a walk counts when its last turn does.
    private async Task WalkAsync(Worker worker, Func<bool> measuring, CancellationToken stop)
    {
        var conversation = Guid.NewGuid().ToString("N");
        var first = Random.Shared.Next(servers.Count);
        for (var t = 0; t < messages.Count; t++)
        {
            var server = servers[(first + t) % servers.Count];
            var started = Stopwatch.GetTimestamp();
            var measure = measuring();
            string? problem;
            try
            {
                var (status, body, ok) = await PostAsync(http, server, conversation, t, messages[t], stop);
                problem = !ok ? $"HTTP {(int)status}"
                    : expected[t] is { } want && WalkScript.Signature(body) is var got && got != want ? $"turn {t + 1}: expected {want}, got {got ?? "no replies"}"
                    : null;
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }
            measure = measure && measuring();
            if (measure) worker.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (problem is not null)
            {
                if (measure || !measuring()) worker.Errors++;
                worker.FirstError ??= problem;
                return;
            }
        }
        if (measuring()) worker.Walks++;
    }

    private static async Task<(HttpStatusCode Status, byte[] Body, bool Ok)> PostAsync(HttpClient http, Uri server, string conversation, int turn, string text, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(WalkScript.Body(conversation, turn, text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(new Uri(server, "/api/messages"), content, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (response.StatusCode, body, response.IsSuccessStatusCode);
    }

    private sealed class Worker
    {
        public List<double> Latencies { get; } = new(1 << 16);
        public long Walks { get; set; }
        public long Errors { get; set; }
        public string? FirstError { get; set; }
    }
}
