using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// Identifiers a client sends (channel id, conversation id, activity type, invoke name) reach the log only made safe:
/// no line breaks to forge a line, no direction marks to reorder what a reader sees.
/// </summary>
public sealed class LoggedIdentifierTests
{
    private const string Forged = "ok\u202e\nINFO forged line\r\u2066x\u0007";

    private static readonly char[] Unsafe = ['\u202e', '\n', '\r', '\u2066', '\u0007'];

    private static void AssertNoUnsafeCharacterLogged(BotFactory app)
    {
        var ours = app.Logs.Entries.Where(e => e.Category.StartsWith("GuidanceBot", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, e => Assert.True(e.Message.IndexOfAny(Unsafe) < 0, $"{e.EventId}: {e.Message}"));
        Assert.All(ours, e => Assert.DoesNotContain("forged line\r", e.Message));
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("invoke name")]
    [InlineData("conversationType")]
    public async Task A_forged_identifier_reaches_the_log_only_made_safe(string field)
    {
        using var app = new BotFactory();
        var chat = new BotClient(app.CreateClient(), field == "conversation" ? Forged : "conv-" + Guid.NewGuid().ToString("N"));
        var activity = chat.Activity("message", new() { ["text"] = "advocacy" });
        switch (field)
        {
            case "channelId": activity["channelId"] = Forged; break;
            case "type": activity["type"] = Forged; break;
            case "invoke name": activity["type"] = "invoke"; activity["name"] = Forged; break;
            case "conversationType": activity["conversation"]!["conversationType"] = Forged; activity["channelId"] = "msteams"; break;
        }

        var response = await chat.Post(activity); // through the Connector, so delivery logs the conversation too
        Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.NotImplemented, $"status {(int)response.StatusCode}");
        await app.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(TimeSpan.FromSeconds(30));

        AssertNoUnsafeCharacterLogged(app);
    }

    [Fact]
    public async Task A_forged_channel_id_is_logged_as_its_safe_form()
    {
        using var app = new BotFactory();
        var chat = new BotClient(app.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));
        var activity = chat.Activity("message", new() { ["text"] = "advocacy", ["channelId"] = Forged });

        Assert.Equal(HttpStatusCode.OK, (await chat.Post(activity)).StatusCode);

        var accepted = Assert.Single(app.Logs.Named("ActivityAccepted"));
        Assert.Equal(LogText.Safe(Forged), accepted.State["ChannelId"]);
    }
}
