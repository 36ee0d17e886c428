using System.Diagnostics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Logs;
using OpenTelemetry.Context.Propagation;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GuidanceBot.Channels.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry: what is collected (the bot's turn spans and metrics, HTTP in and
    /// out, made private by <see cref="HttpSpanPrivacy"/>) is registered always; an exporter only where its setting is
    /// present (<see cref="TelemetryExporters"/>). With none, no provider is built and the bot's spans cost nothing.
    /// </summary>
    public static IServiceCollection AddGuidanceBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporters = TelemetryExporters.From(configuration);

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(Telemetry.Name));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(Telemetry.Name, "Microsoft.AspNetCore.Hosting", "System.Net.Http"));
        // PostConfigure: these win over any other configuration of the instrumentations, the Azure Monitor distro's included.
        services.PostConfigure<AspNetCoreTraceInstrumentationOptions>(HttpSpanPrivacy.Server);
        services.PostConfigure<HttpClientTraceInstrumentationOptions>(HttpSpanPrivacy.Client);
        // Trace ids from callers, never their trace state or baggage. ASP.NET Core reads them through the registered
        // propagator; OpenTelemetry's own instrumentation reads them again unless its propagator is W3C trace context alone.
        services.AddSingleton<DistributedContextPropagator>(new IdsOnlyPropagator(DistributedContextPropagator.CreateDefaultPropagator()));
        Sdk.SetDefaultTextMapPropagator(new TraceContextPropagator());
        // ASP.NET Core's request and routing lines carry the path and query string: the exported log keeps that
        // framework at Warning, whatever the console's levels say (an operator may turn them up to read requests).
        services.AddLogging(logging => logging.AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore", LogLevel.Warning));
        // The Azure Monitor distro adds both instrumentations itself; a second copy would record every request twice.
        if (!exporters.AzureMonitor)
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());

        if (!exporters.Any) return services;
        var telemetry = services.AddOpenTelemetry().WithTracing(_ => { }).WithMetrics(_ => { }).WithLogging();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
            telemetry.ConfigureResource(resource => resource.AddService(Telemetry.Name));
        if (exporters.OtlpEndpoint is not null) telemetry.UseOtlpExporter();
        // The distro's own settings (sampling, offline storage) under "AzureMonitor", as Microsoft documents them; but
        // live metrics would send request addresses and log text past the rules above, so it stays off.
        if (exporters.AzureMonitor)
            telemetry.UseAzureMonitor(options =>
            {
                configuration.GetSection("AzureMonitor").Bind(options);
                options.EnableLiveMetrics = false;
            });
        return services;
    }
}
