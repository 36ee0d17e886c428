// dotnet run -c Release --project bench/GuidanceBot.Bench [conversations] [--redis host:port]   per-turn latency and memory
// dotnet run -c Release --project bench/GuidanceBot.Bench -- understanding [dev|kept|all]   routing quality and speed
// dotnet run -c Release --project bench/GuidanceBot.Bench -- allocations                     BenchmarkDotNet: time and memory per walk
if (args.Length > 0 && args[0] == "allocations")
    GuidanceBot.Bench.TurnAllocationBench.Run(args.Skip(1).ToArray());
else if (args.Length > 0 && args[0] == "understanding")
    await GuidanceBot.Bench.UnderstandingBench.RunAsync(args.Skip(1).ToArray());
else
    await GuidanceBot.Bench.TurnBench.RunAsync(args);
