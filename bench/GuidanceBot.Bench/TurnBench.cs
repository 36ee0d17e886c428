using System.Diagnostics;
using GuidanceBot.Conversation.State;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bench;

/// <summary>
/// Per-turn latency through the real turn entry point (state load, turn, save with ETag, cards rendered and
/// addressed) and the memory idle conversations cost in the in-memory store.
/// </summary>
public static class TurnBench
{
    public static async Task RunAsync(string[] args)
    {
        // Prints how long one turn takes through the real turn path (state load, handler, save with ETag, cards
        // rendered and addressed) and how much memory idle conversations cost in the in-memory store.
        // Run: dotnet run -c Release --project bench/GuidanceBot.Bench [conversations] [--redis host:port]
        // With --redis the state lives in that Redis (State:Store = Redis), and the memory is Redis's own.
        var redisAt = Array.IndexOf(args, "--redis") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var conversations = args.Length > 0 && int.TryParse(args[0], out var asked) ? asked : 2000;
        var memory = new InMemoryStateStore(Options.Create(new StateOptions()), TimeProvider.System);
        using var redis = redisAt is null ? null : RedisConnection.Connect(redisAt + ",allowAdmin=true"); // INFO is an admin command
        IConversationStateStore store = redis is null ? memory : new RedisStateStore(redis, Options.Create(new StateOptions()));
        var bench = new BenchTurns(store);

        // The advocacy walk to its "refer" outcome: start, six answers, then the record.
        string[] said = ["advocacy", "1", "yes", "no", "1", "1", "yes", "record"];

        Task Turn(string conversation, string text) => bench.TurnAsync(conversation, text);

        async Task Converse(string id)
        {
            foreach (var text in said) await Turn(id, text);
        }

        // JIT and caches: the JIT recompiles hot code with what it saw run (tiered PGO) for several seconds, so the
        // figures below are the steady state only after that.
        var warming = Stopwatch.StartNew();
        var warm = 0;
        for (; warm < 50 || warming.Elapsed < TimeSpan.FromSeconds(10); warm++) await Converse("warm-" + warm);
        // Forgotten again, so the memory figure counts only the measured conversations (and the store's limit is not reached).
        for (var i = 0; i < warm; i++) await store.DeleteAsync("bench/warm-" + i, default);

        var times = new List<double>(conversations * said.Length);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var redisBefore = redis is null ? 0 : await RedisUsedMemoryAsync(redis);
        var all = Stopwatch.StartNew();
        for (var c = 0; c < conversations; c++)
        {
            foreach (var text in said)
            {
                var one = Stopwatch.GetTimestamp();
                await Turn("c-" + c, text);
                times.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            }
        }
        all.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);

        times.Sort();
        double Pct(double p) => times[(int)Math.Min(times.Count - 1, Math.Round(p / 100 * (times.Count - 1)))];
        Console.WriteLine($"turns: {times.Count} ({conversations} conversations x {said.Length} turns), one at a time");
        Console.WriteLine($"per turn (ms): p50 {Pct(50):F3}  p95 {Pct(95):F3}  p99 {Pct(99):F3}  max {times[^1]:F3}");
        Console.WriteLine($"throughput: {times.Count / all.Elapsed.TotalSeconds:F0} turns/s on one thread");
        if (redis is null)
        {
            Console.WriteLine($"stored conversations: {memory.Count}; memory held: {(after - before) / 1024.0 / 1024.0:F1} MiB ({(after - before) / (double)Math.Max(1, memory.Count):F0} bytes each)");
            return;
        }
        var used = await RedisUsedMemoryAsync(redis) - redisBefore;
        var oneKey = (long)await redis.GetDatabase().ExecuteAsync("MEMORY", "USAGE", RedisStateStore.KeyFor("bench/c-0"));
        Console.WriteLine($"redis: used_memory grew {used / 1024.0 / 1024.0:F1} MiB for {conversations} conversations ({used / (double)conversations:F0} bytes each); MEMORY USAGE of one: {oneKey} bytes");
    }

    private static async Task<long> RedisUsedMemoryAsync(StackExchange.Redis.IConnectionMultiplexer redis)
    {
        var info = (string)(await redis.GetDatabase().ExecuteAsync("INFO", "memory"))!;
        var line = info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal));
        return long.Parse(line["used_memory:".Length..].Trim());
    }
}
