using System.Text;

namespace GuidanceBot.LoadDriver;

/// <summary>
/// The ceiling: Kestrel answering every POST /api/messages with one fixed card, no state, no parsing. What a turn
/// costs beyond this is the bot's own work.
/// </summary>
public static class FixedCardServer
{
    public const string Command = "serve-fixed";

    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(
        """{"activities":[{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","id":"cardId:fixed","text":"Fixed"}]}}]}]}""");

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            // Read the body as the bot must, then answer.
            var buffer = new byte[16 * 1024];
            while (await http.Request.Body.ReadAsync(buffer) > 0) { }
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(Reply);
        });
        await app.RunAsync();
    }
}
