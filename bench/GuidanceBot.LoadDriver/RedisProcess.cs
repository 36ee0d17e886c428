using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace GuidanceBot.LoadDriver;

/// <summary>
/// A throwaway redis-server for several instances to share: Debian's binary from PATH, on a free loopback port,
/// no persistence, stopped with the driver.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly Process _process;

    private RedisProcess(Process process, int port) => (_process, Address) = (process, $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>host:port, as ConnectionStrings:Redis takes it.</summary>
    public string Address { get; }

    public static async Task<RedisProcess> StartAsync()
    {
        var port = ServerProcess.FreePort();
        var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
            info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = ServerProcess.StartDraining(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server is not on PATH: install Debian's redis-server, or give --redis host:port");
        }
        var redis = new RedisProcess(process, port);
        for (var i = 0; i < 100; i++)
        {
            if (await PingAsync(port)) return redis;
            await Task.Delay(50);
        }
        await redis.DisposeAsync();
        throw new TimeoutException("redis-server did not answer PING");
    }

    private static async Task<bool> PingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => ServerProcess.StopAsync(_process);
}
