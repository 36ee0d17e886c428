using Microsoft.Extensions.Diagnostics.HealthChecks;
using GuidanceBot.Content.Procedures;

namespace GuidanceBot.Content.Walks;

/// <summary>Readiness: the procedures and walks were loaded and checked (a broken file stops start-up before this can run).</summary>
public sealed class ContentLoadedCheck(ProcedureLibrary procedures, WalkCatalog walks) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(procedures.Profiles.Count > 0 && walks.Walks.Count > 0
            ? HealthCheckResult.Healthy($"{procedures.Profiles.Count} procedures, {walks.Walks.Count} walks.")
            : HealthCheckResult.Unhealthy("No procedures or no walks are loaded."));
}
