using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GuidanceBot.IntegrationTests;

/// <summary>
/// A real redis-server on a free loopback port. <see cref="Shared"/> is the one the test script started
/// (GUIDANCEBOT_TEST_REDIS=host:port) or, without it, one started here from PATH for this test run. A test that
/// stops and starts Redis owns its own (<see cref="StartOwn"/>), kept on disk (append-only file, fsync always) so a
/// restart keeps what was saved, as a production Redis with persistence does. No redis-server at all fails the
/// test with a message saying how to get one: these tests never skip.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Variable = "GUIDANCEBOT_TEST_REDIS";

    private static readonly Lazy<string> SharedAddress = new(StartShared);

    /// <summary>The address (host:port) every Redis test may share; the first call starts a server if the script did not.</summary>
    public static string Shared => SharedAddress.Value;

    private readonly string _directory;
    private readonly bool _durable;
    private Process? _process;
    private readonly StringBuilder _output = new();

    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";

    private RedisServer(bool durable)
    {
        _durable = durable;
        _directory = Directory.CreateTempSubdirectory("guidancebot-redis-").FullName;
        Port = FreePort();
    }

    /// <summary>A server of the test's own, to stop and start again on the same port.</summary>
    public static RedisServer StartOwn()
    {
        var server = new RedisServer(durable: true);
        server.Start();
        return server;
    }

    /// <summary>Starts (again) on the same port and directory, and returns once it answers PING.</summary>
    public void Start()
    {
        if (_process is { HasExited: false }) return;
        // Through a watchdog shell that stops the server when this test process is gone: a test host killed by the
        // runner (vstest does not always let it exit, so ProcessExit is not enough) must not leave a server behind.
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] watchdog = ["-c", Watchdog, "redis-watchdog", Environment.ProcessId.ToString(), _directory, Executable() ?? throw Missing()];
        foreach (var argument in watchdog.Concat(Arguments())) start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilAnswering();
    }

    /// <summary>Kills the server at once, as a crash or a lost host would; with fsync always, nothing acknowledged is lost.</summary>
    public void Stop()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        // The server is a child of the watchdog: wait until its port is closed too, so a restart can bind it.
        var deadline = Stopwatch.StartNew();
        while (Listening() && deadline.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
    }

    // $1: the test process to watch; $2: the server's folder; $3 and on: redis-server and its arguments. Runs the
    // server in the background; once the test process has gone, stops it and removes its folder.
    private const string Watchdog = """
        watched=$1; folder=$2; shift 2
        "$@" &
        server=$!
        while kill -0 "$watched" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
        kill "$server" 2>/dev/null
        wait "$server"
        kill -0 "$watched" 2>/dev/null || rm -rf "$folder"
        """;

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Stop();
        _process?.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private IEnumerable<string> Arguments()
    {
        string[] common = ["--port", Port.ToString(), "--bind", "127.0.0.1", "--protected-mode", "yes", "--daemonize", "no",
            "--dir", _directory, "--save", "", "--loglevel", "warning"];
        return _durable ? [.. common, "--appendonly", "yes", "--appendfsync", "always"] : [.. common, "--appendonly", "no"];
    }

    private void WaitUntilAnswering()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}: {OutputSoFar()}");
            if (AnswersPing()) return;
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within 30 s: {OutputSoFar()}");
    }

    /// <summary>PONG, not an error: a server still loading its data answers -LOADING.</summary>
    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[64];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string OutputSoFar()
    {
        lock (_output) return _output.ToString();
    }

    private static string StartShared()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        var server = new RedisServer(durable: false);
        server.Start();
        // No ProcessExit handler: the runner may kill the test host in the middle of one, which stopped the watchdog
        // but not the server. The watchdog alone stops it (and removes its folder) once this process has gone.
        return server.Address;
    }

    private static string? Executable()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.Append("/usr/bin").Append("/usr/sbin")
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    private static InvalidOperationException Missing() => new(
        $"These tests need a real Redis. Run ./scripts/test.sh (it installs Debian's redis-server and starts one), " +
        $"or set {Variable}=host:port to a running Redis, or install redis-server (apt-get install redis-server) so it is on PATH.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
