using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GuidanceBot.LoadDriver;

/// <summary>A server the driver started (the bot, or the fixed-card ceiling): its address, its memory, and stopping it.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri url) => (_process, Url) = (process, url);

    public Uri Url { get; }
    public int Pid => _process.Id;
    public DateTime StartedAt { get; } = DateTime.UtcNow;
    public Stopwatch SinceStart { get; } = Stopwatch.StartNew();

    /// <summary>Starts "dotnet &lt;dll&gt; [args]" listening on a free loopback port.</summary>
    public static ServerProcess Start(string dll, params string[] args) => Start(dll, new Dictionary<string, string>(), args);

    /// <summary>The same, with settings given as environment variables (for example State__Store).</summary>
    public static ServerProcess Start(string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var port = FreePort();
        var url = new Uri($"http://localhost:{port}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a.Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        info.Environment["ASPNETCORE_URLS"] = url.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return new ServerProcess(StartDraining(info), url);
    }

    /// <summary>Starts a process whose output is read and dropped, so it never blocks on a full pipe.</summary>
    public static Process StartDraining(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Kills the process (and its children) if it still runs, waiting at most ten seconds.</summary>
    public static async ValueTask StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        process.Dispose();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Resident memory now and at its peak (VmRSS, VmHWM), in MB; null where /proc is not available.</summary>
    public static (double? Now, double? Peak) Memory(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return (null, null);
        double? now = null, peak = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) now = Kb(line) / 1024.0;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kb(line) / 1024.0;
        }
        return (now, peak);

        static double Kb(string line) => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The process's processor time so far (user and system); null when there is no such process.</summary>
    public static TimeSpan? ProcessorTime(int? pid)
    {
        if (pid is not { } id) return null;
        try
        {
            using var process = Process.GetProcessById(id);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return null; // it has exited
        }
    }

    public ValueTask DisposeAsync() => StopAsync(_process);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
