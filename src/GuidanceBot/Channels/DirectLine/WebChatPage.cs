using Microsoft.Net.Http.Headers;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// GET / serves the local chat page: index.html, our chat.js and Microsoft's Web Chat bundle, copied beside the app
/// by the build (see GuidanceBot.csproj). Only these three files are served; there is no static-file folder.
/// </summary>
public static class WebChatPage
{
    public const string Folder = "webchat";

    /// <summary>Scripts and connections only from this server (no CDN); Web Chat styles itself with inline styles; card images may come from https.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static readonly (string Path, string File, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/chat.js", "chat.js", "text/javascript; charset=utf-8"),
        ("/webchat.js", "webchat.js", "text/javascript; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        var web = app.ServiceProvider.GetRequiredService<WebChatSwitch>();
        Log.WebChatSwitched(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("GuidanceBot.DirectLine"), web.Enabled, web.Reason);
        if (!web.Enabled) return app;

        var folder = Path.Combine(AppContext.BaseDirectory, Folder);
        foreach (var (path, file, contentType) in Files)
            app.MapGet(path, (HttpContext http) => Serve(http, web, Path.Combine(folder, file), contentType));
        return app;
    }

    private static IResult Serve(HttpContext http, WebChatSwitch web, string file, string contentType)
    {
        if (web.LocalOnly && !LocalModeGuard.IsLocalRequest(http))
            return Results.Text("Local mode serves this page to this machine only.", statusCode: StatusCodes.Status403Forbidden);
        if (!File.Exists(file))
            // The build installs Web Chat with npm; a missing file means the build could not (no npm?), which is ours to fix, not the browser's.
            return Results.Text($"The chat page is not built ({Path.GetFileName(file)} missing). Build the project with npm installed.",
                statusCode: StatusCodes.Status503ServiceUnavailable);

        var headers = http.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.CacheControl] = "no-cache";
        return Results.File(file, contentType);
    }
}
