using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GuidanceBot.IntegrationTests.Channels.Hosting;

/// <summary>
/// The settings shipped beside the app (appsettings.json) apply whatever folder it is started from: a service manager
/// that starts it elsewhere must not turn ASP.NET Core's per-request log lines (paths and queries) back on.
/// </summary>
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task Settings_beside_the_app_apply_when_it_is_started_from_another_folder()
    {
        var folder = Directory.CreateTempSubdirectory("gb-cwd-");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.FullName, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StringBuilder();
        using var bot = Process.Start(info)!;
        bot.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        bot.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            HttpResponseMessage? answer = null;
            while (answer is null && DateTime.UtcNow < deadline)
            {
                try
                {
                    answer = await http.PostAsync("/api/messages", new StringContent(
                        """{"type":"message","id":"1","text":"help","from":{"id":"u1"},"recipient":{"id":"bot"},"conversation":{"id":"cwd"},"channelId":"emulator","serviceUrl":"http://localhost:1/","deliveryMode":"expectReplies"}""",
                        Encoding.UTF8, "application/json"));
                }
                catch (HttpRequestException) { await Task.Delay(100); }
            }
            Assert.Equal(HttpStatusCode.OK, answer?.StatusCode);
            // The app's own line for that message comes after ASP.NET Core's "request starting" line, had it been written.
            while (!Logged("GuidanceBot.Inbound") && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.True(Logged("GuidanceBot.Inbound"), "the turn's own log line never came");
            Assert.False(Logged("Microsoft.AspNetCore.Hosting.Diagnostics"), "ASP.NET Core logged requests: appsettings.json beside the app was not read");
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            folder.Delete(recursive: true);
        }

        bool Logged(string category) { lock (log) return log.ToString().Contains(category, StringComparison.Ordinal); }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
