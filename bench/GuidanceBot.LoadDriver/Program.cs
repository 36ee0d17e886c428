// The HTTP load driver: complete walks against a running bot, each on a new conversation, N at a time.
//
//   dotnet run -c Release --project bench/GuidanceBot.LoadDriver -- [options]
//     --start <GuidanceBot.dll>   start the bot from this build on a free port (its start-up and peak RSS are measured)
//     --url <http://localhost:port>  or drive a bot already running (add --pid <id> for its RSS)
//     --concurrency 8,64          conversations at once, one run per level
//     --seconds 10                length of each run (after --warmup seconds, not counted)
//     --warmup 15                 seconds of unmeasured load before each run: the JIT recompiles hot code with what it
//                                 saw run (tiered PGO) for 15-30 s under load on two cores; shorter measures that
//     --ceiling                   also measure Kestrel answering the bot's own replies as fixed bytes (no state, no parsing) at the same levels
//     --walks N                   run N walks after the runs, then report RSS (memory after many walks)
//     --instances N               start N instances sharing one Redis; each walk's turns go to them in turn
//     --redis host:port           the Redis they share (default: a redis-server from PATH on a free port)
//
// Prints a table (with the server's processor time per turn, steadier than turns/s on a shared machine), then one line of JSON with every figure. Exits 1 when any reply was wrong or failed.
using GuidanceBot.LoadDriver;

if (args.Length > 0 && args[0] == FixedCardServer.Command)
{
    await FixedCardServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
    return 0;
}

DriverOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h")) throw new ArgumentException("usage:");
    options = DriverOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    // The usage is this file's opening comment.
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("options: --start <GuidanceBot.dll> | --url <address> [--pid <id>], --concurrency 8,64, --seconds 10, --warmup 15, --ceiling, --walks N, --instances N, --redis host:port");
    return 2;
}
return await LoadDriverRun.RunAsync(options);
