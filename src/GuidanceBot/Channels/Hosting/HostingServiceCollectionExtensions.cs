namespace GuidanceBot.Channels.Hosting;

public static class InboundServiceCollectionExtensions
{
    /// <summary>The channel settings (Azure Bot names). Fails start-up on a configuration it cannot honour.</summary>
    public static IServiceCollection AddChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var channel = ChannelSettings.From(configuration);
        channel.EnsureSupported();
        return services.AddSingleton(channel);
    }
}
