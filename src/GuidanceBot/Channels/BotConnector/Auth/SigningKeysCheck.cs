using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Readiness, with an app id: the Bot Connector's signing keys have been fetched (the first probe fetches them), so
/// an instance is not sent traffic it would refuse with 401.
/// </summary>
public sealed class SigningKeysCheck(SigningKeys keys) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var current = await keys.CurrentAsync(cancellationToken).ConfigureAwait(false);
            return current.SigningKeys.Count > 0
                ? HealthCheckResult.Healthy($"{current.SigningKeys.Count} signing keys.")
                : HealthCheckResult.Unhealthy("The keys document holds no signing keys.");
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The metadata or keys endpoint failed or sent something unreadable; the next probe tries again.
            return HealthCheckResult.Unhealthy("The Bot Connector signing keys could not be fetched.");
        }
    }
}
