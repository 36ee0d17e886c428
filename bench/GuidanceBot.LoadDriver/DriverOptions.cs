using System.Globalization;

namespace GuidanceBot.LoadDriver;

/// <summary>The driver's command line.</summary>
public sealed record DriverOptions
{
    public string? StartDll { get; init; }
    public Uri? Url { get; init; }
    public int? Pid { get; init; }
    public IReadOnlyList<int> Concurrency { get; init; } = [8, 64];
    public double Seconds { get; init; } = 10;
    public double Warmup { get; init; } = 15;
    public bool Ceiling { get; init; }
    public int Walks { get; init; }
    public int Instances { get; init; } = 1;
    public string? Redis { get; init; }

    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DriverOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--start" => options with { StartDll = Next() },
                "--url" => options with { Url = new Uri(Next()) },
                "--pid" => options with { Pid = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--seconds" => options with { Seconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--ceiling" => options with { Ceiling = true },
                "--walks" => options with { Walks = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--instances" => options with { Instances = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--redis" => options with { Redis = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (options.Instances < 1 || (options.Instances > 1 && options.StartDll is null))
            throw new ArgumentException("--instances N needs --start (the driver starts every instance)");
        if (options.StartDll is null && options.Url is null)
            throw new ArgumentException("give --start <GuidanceBot.dll> or --url <address>");
        return options;
    }
}
