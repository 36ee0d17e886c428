using Polly;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Channels.BotConnector.Outbound;

public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// The Connector client (with retries and the token seam) and the background reply delivery.
    /// Handler order, outermost first: resilience (budget, retry, attempt timeout) → auth → network.
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.Section))
            .Validate(options => !options.Problems().Any(), "Connector options are out of range; see ConnectorOptions.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // Local mode: no app id, so no Authorization header (as the SDK does). AddChannelAuth registers an MSAL-backed source first.
        services.TryAddSingleton<ConnectorTokenSource>(_ => static _ => Task.FromResult<string?>(null));
        services.AddTransient<ConnectorAuthHandler>();

        var client = services.AddHttpClient<ConnectorClient>();
        client.AddResilienceHandler(ConnectorResilience.PipelineName, (pipeline, context) =>
            ConnectorResilience.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>()));
        client.AddHttpMessageHandler<ConnectorAuthHandler>();

        // Typing and card updates: one attempt of a few seconds, then the replies go on without them.
        var bestEffort = services.AddHttpClient(ConnectorClient.BestEffort);
        bestEffort.AddResilienceHandler(ConnectorClient.BestEffort, (pipeline, context) =>
            pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value.BestEffortTimeout));
        bestEffort.AddHttpMessageHandler<ConnectorAuthHandler>();

        services.AddSingleton<ReplyDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyDelivery>());
        return services;
    }
}
