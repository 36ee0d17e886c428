using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// GET /readyz: whether this instance should get traffic, from the health checks each part registers (content
/// loaded, state store reachable, with an app id the signing keys fetched). 200 when all pass, else 503. The body
/// names each check and its status only: no exception text, which could carry hosts or connection details.
/// </summary>
public static class Readiness
{
    public const string Path = "/readyz";

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
