using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

public static class FakeConnectorRouting
{
    /// <summary>Both Connector clients (replies, and best-effort typing and updates) talk to the fake instead of the network.</summary>
    public static IServiceCollection RouteConnectorTo(this IServiceCollection services, FakeConnector connector)
    {
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        services.AddHttpClient(ConnectorClient.BestEffort).ConfigurePrimaryHttpMessageHandler(() => connector);
        return services;
    }
}
