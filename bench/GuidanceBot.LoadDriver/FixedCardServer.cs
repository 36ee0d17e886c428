using System.Text;

namespace GuidanceBot.LoadDriver;

/// <summary>
/// The ceiling: Kestrel answering every POST /api/messages with fixed bytes, no state, no parsing: by default the very
/// replies the bot gave to each turn of the probe walk (the turn is read from the activity id "m&lt;turn&gt;"), so the
/// driver sends, receives and checks exactly what it does against the bot. What a turn costs beyond this is the bot's
/// own work. Without a replies file, one small fixed card.
/// </summary>
public static class FixedCardServer
{
    public const string Command = "serve-fixed";

    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(
        """{"activities":[{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","id":"cardId:fixed","text":"Fixed"}]}}]}]}""");

    public static async Task RunAsync(int port, string? repliesFile = null)
    {
        // One reply per turn, as length-prefixed blocks (see WriteReplies).
        var replies = repliesFile is null ? [Reply] : ReadReplies(repliesFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            // Read the body as the bot must, then answer.
            var buffer = new byte[16 * 1024];
            int read, length = 0;
            while ((read = await http.Request.Body.ReadAsync(buffer.AsMemory(length))) > 0) length += read;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(replies[Turn(buffer.AsSpan(0, length)) % replies.Length]);
        });
        await app.RunAsync();
    }

    private static int Turn(ReadOnlySpan<byte> body)
    {
        var at = body.IndexOf("\"id\":\"m"u8);
        return at < 0 || at + 7 >= body.Length ? 0 : Math.Max(0, body[at + 7] - (byte)'0');
    }

    public static void WriteReplies(string file, IReadOnlyList<byte[]> replies)
    {
        using var stream = File.Create(file);
        using var writer = new BinaryWriter(stream);
        writer.Write(replies.Count);
        foreach (var reply in replies) { writer.Write(reply.Length); writer.Write(reply); }
    }

    private static byte[][] ReadReplies(string file)
    {
        using var reader = new BinaryReader(File.OpenRead(file));
        var replies = new byte[reader.ReadInt32()][];
        for (var i = 0; i < replies.Length; i++) replies[i] = reader.ReadBytes(reader.ReadInt32());
        return replies;
    }
}
