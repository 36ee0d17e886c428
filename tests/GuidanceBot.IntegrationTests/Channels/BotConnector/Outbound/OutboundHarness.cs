using GuidanceBot.IntegrationTests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using GuidanceBot.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

/// <summary>
/// The real AddOutbound registrations with the fake Connector as the network and millisecond backoff,
/// so retry tests take milliseconds unless the fake sends a Retry-After.
/// </summary>
public sealed class OutboundHarness : IAsyncDisposable
{
    public static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Connector:MaxAttempts"] = "4",
        ["Connector:BaseDelay"] = "00:00:00.001",
        ["Connector:MaxDelay"] = "00:00:00.010",
        ["Connector:MaxRetryAfter"] = "00:00:05",
        ["Connector:AttemptTimeout"] = "00:00:05",
        ["Connector:TotalTimeout"] = "00:00:10",
    };

    /// <summary>Upper bound for any wait in a test; generous so a slow CI machine does not fail a correct build.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public FakeConnector Connector { get; } = new();
    public LogSink Logs { get; } = new();
    public ServiceProvider Services { get; }

    public OutboundHarness(Action<IServiceCollection>? before = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(FastRetries).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        before?.Invoke(services);
        services.AddOutbound(configuration);
        services.RouteConnectorTo(Connector);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ConnectorClient Client => Services.GetRequiredService<ConnectorClient>();
    public ReplyDelivery Delivery => Services.GetRequiredService<ReplyDelivery>();

    public Task Idle() => Delivery.WhenIdle().WaitAsync(Patience);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
