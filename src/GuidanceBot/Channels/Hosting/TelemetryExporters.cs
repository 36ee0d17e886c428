namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// Where telemetry goes: nowhere unless a destination is configured, under the names OpenTelemetry and Azure already
/// use (environment variables or any other configuration source). So local mode exports nothing by default.
/// </summary>
public sealed record TelemetryExporters(Uri? OtlpEndpoint, bool AzureMonitor)
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public bool Any => OtlpEndpoint is not null || AzureMonitor;

    /// <summary>Fails start-up on an OTLP endpoint that is not an http or https address, rather than exporting nowhere.</summary>
    public static TelemetryExporters From(IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey]?.Trim();
        Uri? otlp = null;
        if (!string.IsNullOrEmpty(endpoint)
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out otlp) || otlp.Scheme is not ("http" or "https")))
            throw new InvalidOperationException($"{OtlpEndpointKey} must be an http or https address (for example http://localhost:4317); remove it to export nothing.");
        return new(otlp, !string.IsNullOrWhiteSpace(configuration[AzureMonitorKey]));
    }
}
