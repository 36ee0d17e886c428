using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// Two clients in one in-memory host: a request's address is taken from a test-only header (X-Test-Peer), so one
/// test can speak from 127.0.0.1 and from ::1 (both loopback, so local mode answers both).
/// </summary>
public static class PeerAddress
{
    public const string Header = "X-Test-Peer";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new Filter());

    public static HttpClient From(this HttpClient http, IPAddress address)
    {
        http.DefaultRequestHeaders.Remove(Header);
        http.DefaultRequestHeaders.Add(Header, address.ToString());
        return http;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer) && IPAddress.TryParse(peer, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                    context.Request.Headers.Remove(Header);
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
