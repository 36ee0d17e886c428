using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Readiness, with an app id: each token source's signing keys have been fetched (the first probe fetches them), so
/// an instance is not sent traffic it would refuse with 401. The Bot Connector's keys decide; Entra's keys missing
/// only degrade (still ready), because today's Teams traffic carries Bot Connector tokens.
/// </summary>
public sealed class SigningKeysCheck(IEnumerable<TokenSource> sources) : IHealthCheck
{
    /// <summary>Under the check's own 10 s, so one slow source is reported as such rather than as a timed-out check.</summary>
    private static readonly TimeSpan PerSource = TimeSpan.FromSeconds(6);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        // Side by side, each within its own time, so a hanging Entra endpoint cannot use up the check's whole timeout.
        var list = sources.ToList();
        var found = await Task.WhenAll(list.Select(s => HasKeysAsync(s.Keys, cancellationToken))).ConfigureAwait(false);
        var worst = HealthStatus.Healthy;
        for (var i = 0; i < list.Count; i++)
        {
            if (found[i]) continue;
            var status = list[i].Kind == TokenIssuer.BotFramework ? HealthStatus.Unhealthy : HealthStatus.Degraded;
            if (status < worst) worst = status;
        }
        return new HealthCheckResult(worst, worst == HealthStatus.Healthy ? "Signing keys fetched." : "Some signing keys could not be fetched.");
    }

    private static async Task<bool> HasKeysAsync(SigningKeys keys, CancellationToken cancellationToken)
    {
        try
        {
            return (await keys.CurrentAsync(cancellationToken).WaitAsync(PerSource, cancellationToken).ConfigureAwait(false)).SigningKeys.Count > 0;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The metadata or keys endpoint failed or sent something unreadable; the next probe tries again.
            return false;
        }
    }
}
