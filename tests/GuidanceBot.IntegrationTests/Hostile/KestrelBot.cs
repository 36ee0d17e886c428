using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// The app on real Kestrel at 127.0.0.1, spoken to over a raw socket: the in-memory test server never raises
/// Kestrel's own client errors (a body that stops coming, a broken chunk).
/// </summary>
public sealed class KestrelBot : IAsyncLifetime
{
    public BotFactory App { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            // A body that stops coming is given up on after a second and a half (the least Kestrel allows), not five.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(1.5));
        });
        App.StartServer();
        BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>
    /// Sends the raw request and reads the status line of the answer (null if the connection closed without one). The
    /// socket stays open unless <paramref name="closeSending"/>: a client that closes its side gets no answer at all.
    /// </summary>
    public async Task<string?> SendRaw(string request, bool closeSending = false)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(BaseAddress.Host, BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        if (closeSending) tcp.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        try
        {
            return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException)
        {
            return null; // reset by the server
        }
    }
}
