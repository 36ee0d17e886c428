using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GuidanceBot.LoadDriver;

/// <summary>Starts (or finds) the servers, runs each concurrency level, prints the table and the JSON line.</summary>
public static class LoadDriverRun
{
    public static async Task<int> RunAsync(DriverOptions options)
    {
        var results = new List<RunFigures>();
        double? startup = null, botPeak = null, botAfterWalks = null, ceilingPeak = null;
        long walkErrors = 0;
        var repliesFile = Path.Combine(Path.GetTempPath(), $"guidancebot-replies-{Environment.ProcessId}.bin");

        // Several instances share one Redis (the driver's own redis-server unless --redis names one); one uses memory.
        await using var ownRedis = options.Instances > 1 && options.Redis is null ? await RedisProcess.StartAsync() : null;
        var redis = options.Redis ?? ownRedis?.Address;
        var settings = redis is null ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["State__Store"] = "Redis", ["ConnectionStrings__Redis"] = redis };
        var bots = options.StartDll is { } dll ? Enumerable.Range(0, options.Instances).Select(_ => ServerProcess.Start(dll, settings)).ToList() : [];
        try
        {
            var url = bots.Count > 0 ? bots[0].Url : options.Url!;
            var urls = bots.Count > 0 ? bots.Select(b => b.Url).ToList() : [url];
            var pid = bots.Count > 0 ? bots[0].Pid : options.Pid;
            var name = bots.Count > 1 ? $"guidancebot x{bots.Count} on redis" : redis is null ? "guidancebot" : "guidancebot on redis";
            using var probeClient = LoadRun.Client(1);
            startup = await FirstAnsweredTurnAsync(probeClient, url, bots.FirstOrDefault());
            foreach (var other in bots.Skip(1)) await FirstAnsweredTurnAsync(probeClient, other.Url, other);
            var bodies = await LoadRun.ProbeBodiesAsync(probeClient, url, WalkScript.Messages);
            var expected = bodies.Select(b => b is null ? null : WalkScript.Signature(b)).ToList();
            if (bodies.All(b => b is not null)) FixedCardServer.WriteReplies(repliesFile, bodies!);
            Console.WriteLine($"bot at {string.Join(", ", urls)}{(redis is null ? "" : $" (state in Redis at {redis})")}: first answered turn after {Format(startup)} ms; replies per turn: {string.Join(" | ", expected)}");
            if (expected.Any(e => e is null))
            {
                Console.Error.WriteLine("the probe walk did not get a reply to every turn");
                return 1;
            }

            foreach (var n in options.Concurrency)
            {
                using var http = LoadRun.Client(n);
                var run = new LoadRun(http, urls, WalkScript.Messages, expected);
                results.Add(await run.RunAsync(name, n, TimeSpan.FromSeconds(options.Warmup), TimeSpan.FromSeconds(options.Seconds), bots.Count <= 1 ? pid : null));
                Print(results[^1]);
            }
            if (pid is { } p) botPeak = ServerProcess.Memory(p).Peak;
            if (options.Walks > 0)
            {
                using var http = LoadRun.Client(64);
                walkErrors = await new LoadRun(http, urls, WalkScript.Messages, expected).RunWalksAsync(options.Walks, 64);
                if (pid is { } q) botAfterWalks = ServerProcess.Memory(q).Now;
                Console.WriteLine($"after {options.Walks:N0} more walks: RSS {Format(botAfterWalks)} MB, errors {walkErrors}");
            }
        }
        finally
        {
            foreach (var bot in bots) await bot.DisposeAsync();
        }

        if (options.Ceiling)
        {
            // The same replies as the bot's, so the driver does the same work; a small fixed card if the probe failed.
            var sameReplies = File.Exists(repliesFile);
            await using var fixedCard = sameReplies
                ? ServerProcess.Start(typeof(LoadDriverRun).Assembly.Location, FixedCardServer.Command, "{port}", repliesFile)
                : ServerProcess.Start(typeof(LoadDriverRun).Assembly.Location, FixedCardServer.Command, "{port}");
            using var probeClient = LoadRun.Client(1);
            await FirstAnsweredTurnAsync(probeClient, fixedCard.Url, fixedCard);
            var ceilingExpected = sameReplies ? await LoadRun.ProbeAsync(probeClient, fixedCard.Url, WalkScript.Messages) : [null];
            foreach (var n in options.Concurrency)
            {
                using var http = LoadRun.Client(n);
                var run = sameReplies ? new LoadRun(http, fixedCard.Url, WalkScript.Messages, ceilingExpected) : new LoadRun(http, fixedCard.Url, ["fixed"], [null]);
                results.Add(await run.RunAsync("fixed-card", n, TimeSpan.FromSeconds(options.Warmup), TimeSpan.FromSeconds(options.Seconds), fixedCard.Pid));
                Print(results[^1]);
            }
            ceilingPeak = ServerProcess.Memory(fixedCard.Pid).Peak;
        }

        File.Delete(repliesFile);
        var errors = results.Sum(r => r.Errors) + walkErrors;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            startupMs = startup,
            botPeakRssMb = botPeak,
            botRssAfterWalksMb = botAfterWalks,
            walksForMemory = options.Walks,
            ceilingPeakRssMb = ceilingPeak,
            errors,
            runs = results,
        }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Posts the walk's first message until it is answered; from the server's start when the driver started it.</summary>
    private static async Task<double?> FirstAnsweredTurnAsync(HttpClient http, Uri url, ServerProcess? server)
    {
        var clock = server?.SinceStart ?? Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(120);
        while (clock.Elapsed < deadline)
        {
            if (server is { HasExited: true }) throw new InvalidOperationException("the server exited while starting");
            try
            {
                var probe = await LoadRun.ProbeAsync(http, url, [WalkScript.Messages[0]]);
                if (probe[0] is not null) return server is null ? null : clock.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("the server did not answer within two minutes");
    }

    private static void Print(RunFigures r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Server,-24} at {r.Concurrency,3}: {r.TurnsPerSecond,9:N0} turns/s  p50 {r.P50:F2}  p90 {r.P90:F2}  p99 {r.P99:F2}  max {r.Max:F1} ms  server CPU {(r.ServerCpuMicrosecondsPerTurn is { } cpu ? cpu.ToString("F0", CultureInfo.InvariantCulture) + " us" : "n/a")}/turn (driver {r.DriverCpuMicrosecondsPerTurn:F0} us)  walks {r.Walks:N0}  errors {r.Errors}{(r.FirstError is null ? "" : $" (first: {r.FirstError})")}"));

    private static string Format(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "n/a";
}
