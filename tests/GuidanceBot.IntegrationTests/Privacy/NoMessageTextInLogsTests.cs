using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Privacy;

/// <summary>Whatever a worker types, through either front door, never reaches a log line, at any level.</summary>
public sealed class NoMessageTextInLogsTests
{
    private const string Typed = "Mrs Zelda Quintessa-Fictional of 7 Nowhere Lane";

    [Fact]
    public async Task Typed_text_sent_to_api_messages_and_direct_line_never_appears_in_any_log_line()
    {
        using var bot = new BotFactory();
        var sink = bot.Logs;

        var chat = new BotClient(bot.CreateClient(), "privacy-1");
        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "advocacy" }));
        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = Typed }));
        await chat.Expect(chat.Activity("message", new JsonObject { ["text"] = Typed }));
        await bot.Services.GetRequiredService<ReplyDelivery>().WhenIdle();

        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();
        await directLine.SayAsync(Typed);
        await directLine.ActivitiesAsync();

        Assert.NotEmpty(sink.Entries);
        var leaks = sink.Entries.Where(e => e.Message.Contains("Zelda", StringComparison.Ordinal)
            || e.State.Values.Any(v => v?.ToString()?.Contains("Zelda", StringComparison.Ordinal) == true)).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Select(l => $"{l.Category} {l.EventId}: {l.Message}")));
    }
}
