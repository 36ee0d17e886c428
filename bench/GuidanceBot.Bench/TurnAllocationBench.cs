using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace GuidanceBot.Bench;

/// <summary>
/// BenchmarkDotNet: one whole walk (the load driver's four turns) on a new conversation per operation, through the
/// real turn path, with the memory allocated. Per turn = the figures divided by four.
/// Run: dotnet run -c Release --project bench/GuidanceBot.Bench -- allocations
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TurnAllocationBench
{
    private BenchTurns _turns = null!;
    private long _conversation;

    [GlobalSetup]
    public void Setup()
    {
        _turns = new BenchTurns();
    }

    [Benchmark(Description = "advocacy walk, 4 turns")]
    public async Task Walk()
    {
        var id = "c" + Interlocked.Increment(ref _conversation);
        foreach (var text in BenchTurns.DriverWalk) await _turns.TurnAsync(id, text);
    }

    public static void Run(string[] args) =>
        BenchmarkRunner.Run<TurnAllocationBench>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator), args);
}
