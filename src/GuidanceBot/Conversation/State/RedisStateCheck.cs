using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace GuidanceBot.Conversation.State;

/// <summary>Readiness: Redis answers a PING on the store's own connection (no second connection just for probes).</summary>
public sealed class RedisStateCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var took = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered in {took.TotalMilliseconds:F0} ms.");
        }
        catch (Exception e) when (RedisStateStore.IsUnavailable(e) || e is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Redis is not reachable.");
        }
    }
}
