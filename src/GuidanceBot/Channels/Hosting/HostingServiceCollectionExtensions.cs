namespace GuidanceBot.Channels.Hosting;

public static class InboundServiceCollectionExtensions
{
    /// <summary>The channel settings (Azure Bot names). Fails start-up on a configuration it cannot honour.</summary>
    /// <returns>The settings, so Program can bind Kestrel to loopback in local mode.</returns>
    public static ChannelSettings AddChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var channel = ChannelSettings.From(configuration);
        channel.EnsureSupported();
        services.AddSingleton(channel);
        return channel;
    }
}
