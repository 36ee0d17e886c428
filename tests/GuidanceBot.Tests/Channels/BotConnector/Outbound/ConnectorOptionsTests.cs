using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using GuidanceBot.Channels.BotConnector.Outbound;

namespace GuidanceBot.Tests.Channels.BotConnector.Outbound;

public sealed class ConnectorOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddOutbound(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void Options_are_bound_from_the_Connector_section()
    {
        using var services = Build(new() { ["Connector:MaxAttempts"] = "2", ["Connector:BaseDelay"] = "00:00:00.250" });

        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal(2, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.BaseDelay);
        Assert.Equal(new ConnectorOptions().TotalTimeout, options.TotalTimeout);
    }

    [Fact]
    public void Defaults_keep_a_call_well_under_a_minute()
    {
        var options = new ConnectorOptions();

        Assert.Empty(options.Problems());
        Assert.True(options.TotalTimeout < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Out_of_range_options_are_refused()
    {
        using var services = Build(new() { ["Connector:MaxAttempts"] = "0" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
    }
}
