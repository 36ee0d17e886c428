using Microsoft.Extensions.Logging;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests;

/// <summary>The real app in memory, in local mode, optionally seen from another address or with extra settings.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    public IPAddress? RemoteAddress { get; init; }

    /// <summary>Stands in for the Bot Connector: every reply the bot sends through the network lands here.</summary>
    public Channels.BotConnector.Outbound.FakeConnector Connector { get; } = new();
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Every log event the app writes, at every level (trace included).</summary>
    public LogSink Logs { get; } = new();
    /// <summary>Registrations applied after the app's own (stub handlers for named HttpClients, for example).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Many tests share one host and one client address; the per-client limits get their own tests.
        builder.UseSetting("WebChat:TokensPerClientPerMinute", "100000");
        builder.UseSetting("WebChat:MaxConversationsPerClient", "100000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureServices(services => services.RouteConnectorTo(Connector));
        if (TestServices is { } services) builder.ConfigureTestServices(services);
        if (RemoteAddress is { } address)
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(address)));
    }

    /// <summary>Pretends the request came from another machine (the in-memory test server has no address).</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => { context.Connection.RemoteIpAddress = address; return nextMiddleware(); });
            next(app);
        };
    }
}
