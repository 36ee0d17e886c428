using System.Diagnostics;

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
        // Run: dotnet run -c Release --project bench/GuidanceBot.Bench [conversations]
        var conversations = args.Length > 0 ? int.Parse(args[0]) : 2000;
        var bench = new BenchTurns();
        var store = bench.Store;

        // The advocacy walk to its "refer" outcome: start, six answers, then the record.
        string[] said = ["advocacy", "1", "yes", "no", "1", "1", "yes", "record"];

        Task Turn(string conversation, string text) => bench.TurnAsync(conversation, text);

        async Task Converse(string id)
        {
            foreach (var text in said) await Turn(id, text);
        }

        for (var i = 0; i < 50; i++) await Converse("warm-" + i); // JIT and caches

        var times = new List<double>(conversations * said.Length);
        var before = GC.GetTotalMemory(forceFullCollection: true);
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
        Console.WriteLine($"stored conversations: {store.Count}; memory held: {(after - before) / 1024.0 / 1024.0:F1} MiB ({(after - before) / (double)Math.Max(1, store.Count):F0} bytes each)");
    }
}
