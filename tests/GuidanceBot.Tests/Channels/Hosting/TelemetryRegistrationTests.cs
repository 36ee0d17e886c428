using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Tests.Channels.Hosting;

/// <summary>Telemetry is exported only where a destination is configured; an unusable destination stops start-up.</summary>
public sealed class TelemetryRegistrationTests
{
    private static IConfiguration Settings(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddGuidanceBotTelemetry(Settings(settings)).BuildServiceProvider();

    [Fact]
    public void With_no_destination_no_provider_is_built_so_nothing_is_exported()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public void An_otlp_endpoint_builds_the_providers()
    {
        using var services = Build(new() { [TelemetryExporters.OtlpEndpointKey] = "http://localhost:4317" });

        Assert.NotNull(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData("  ", "", false, false)]
    [InlineData("https://collector.example:4318", null, true, false)]
    [InlineData(null, "InstrumentationKey=00000000-0000-0000-0000-000000000000", false, true)]
    public void Each_destination_is_on_only_when_its_setting_has_a_value(string? otlp, string? azure, bool otlpOn, bool azureOn)
    {
        var exporters = TelemetryExporters.From(Settings(new() { [TelemetryExporters.OtlpEndpointKey] = otlp, [TelemetryExporters.AzureMonitorKey] = azure }));

        Assert.Equal(otlpOn, exporters.OtlpEndpoint is not null);
        Assert.Equal(azureOn, exporters.AzureMonitor);
        Assert.Equal(otlpOn || azureOn, exporters.Any);
    }

    [Theory]
    [InlineData("localhost:4317")]
    [InlineData("ftp://collector.example")]
    [InlineData("not an address")]
    public void An_otlp_endpoint_that_is_not_http_or_https_stops_start_up(string endpoint)
    {
        Assert.Throws<InvalidOperationException>(() => TelemetryExporters.From(Settings(new() { [TelemetryExporters.OtlpEndpointKey] = endpoint })));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/uk/v3/conversations/a%3Ab/activities/1?x=y#f", "https://smba.trafficmanager.net/uk/v3/conversations/a%3Ab/activities/1")]
    [InlineData("https://user:secret@login.example/keys?api-version=2", "https://login.example/keys")]
    [InlineData("http://127.0.0.1:5000/v3/conversations", "http://127.0.0.1:5000/v3/conversations")]
    public void Outgoing_addresses_keep_scheme_host_port_and_path_only(string address, string kept)
    {
        Assert.Equal(kept, HttpSpanPrivacy.WithoutQuery(new Uri(address)));
    }

    [Fact]
    public void A_relative_or_missing_address_records_nothing()
    {
        Assert.Null(HttpSpanPrivacy.WithoutQuery(new Uri("/relative?q=1", UriKind.Relative)));
        Assert.Null(HttpSpanPrivacy.WithoutQuery(null));
    }
}
