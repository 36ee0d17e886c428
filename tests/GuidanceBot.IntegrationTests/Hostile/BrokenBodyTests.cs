using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.Extensions.Logging;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// A body that stops short of its Content-Length, or a broken chunk, is a client's mistake Kestrel reports while the
/// body is read: answered 400 and logged below warning level, so a client cannot fill the warnings.
/// </summary>
public sealed class BrokenBodyTests(KestrelBot bot) : IClassFixture<KestrelBot>
{
    private const string Body = """{ "type": "message", "text": "menu", "conversation": { "id": "broken" }, "deliveryMode": "expectReplies" }""";

    public static TheoryData<string> Breaks => ["short", "bad chunk size", "chunk without its end"];

    /// <summary>The request's head and as much body as the break allows.</summary>
    private static string Request(string path, string? token, string broken)
    {
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + (token is null ? "" : $"Authorization: Bearer {token}\r\n");
        return broken switch
        {
            "short" => head + $"Content-Length: {Body.Length + 500}\r\n\r\n" + Body,
            "bad chunk size" => head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + Body + "\r\n0\r\n\r\n",
            _ => head + $"Transfer-Encoding: chunked\r\n\r\n{Body.Length + 100:x}\r\n" + Body,
        };
    }

    private void AssertNothingLoggedAtWarningOrAbove(int since)
    {
        var loud = bot.App.Logs.Entries.Skip(since).Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud.Select(e => $"{e.Level} {e.Category} {e.EventId}")));
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_broken_body_on_api_messages_is_400_and_logged_below_warning(string broken)
    {
        var since = bot.App.Logs.Entries.Count;
        Assert.StartsWith("HTTP/1.1 400 ", await bot.SendRaw(Request("/api/messages", null, broken)));
        AssertNothingLoggedAtWarningOrAbove(since);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_broken_body_posted_over_direct_line_is_400_logged_below_warning_and_the_conversation_still_polls(string broken)
    {
        var client = new DirectLineClient(new HttpClient { BaseAddress = bot.BaseAddress });
        await client.StartAsync();
        var since = bot.App.Logs.Entries.Count;

        Assert.StartsWith("HTTP/1.1 400 ", await bot.SendRaw(Request($"{DirectLineClient.Base}/conversations/{client.ConversationId}/activities", client.Token, broken)));
        AssertNothingLoggedAtWarningOrAbove(since);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync()).StatusCode);
    }

    [Fact]
    public async Task A_body_cut_off_by_the_client_closing_its_side_is_logged_below_warning()
    {
        var since = bot.App.Logs.Entries.Count;
        // Kestrel records a connection's duration once it is done with it: only then is all it would log logged.
        var factory = bot.App.Services.GetRequiredService<IMeterFactory>();
        var ended = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "kestrel.connection.duration" && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref ended));
        listener.Start();
        await bot.SendRaw(Request("/api/messages", null, "short"), closeSending: true); // no one is left to answer
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref ended) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(Volatile.Read(ref ended) > 0, "Kestrel never finished with the connection");
        AssertNothingLoggedAtWarningOrAbove(since);
        Assert.StartsWith("HTTP/1.1 200 ", await bot.SendRaw($"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}"));
    }
}
