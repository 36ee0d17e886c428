using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>A conversation nobody polls keeps at most WebChat:MaxBytesPerConversation of activities, newest kept.</summary>
public sealed class DirectLineByteBudgetTests
{
    private const int Budget = 16 * 1024;

    [Fact]
    public async Task Activities_past_the_byte_budget_drop_the_oldest_and_the_newest_is_kept()
    {
        using var app = new BotFactory { Settings = { ["WebChat:MaxBytesPerConversation"] = Budget.ToString() } };
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var response = await client.PostAsync(new JsonObject { ["type"] = "event", ["name"] = "note", ["text"] = new string((char)('a' + i), 4000) });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.Add((await DirectLineClient.BodyAsync(response)).GetProperty("id").GetString()!);
        }

        var (activities, watermark) = await client.ActivitiesAsync();
        var kept = activities.Sum(a => Encoding.UTF8.GetByteCount(a.GetRawText()));
        Assert.InRange(kept, 1, Budget);
        Assert.InRange(activities.Count, 2, 11);
        Assert.Equal(ids[^1], activities[^1].GetProperty("id").GetString());
        Assert.Equal("13", watermark); // the welcome card and twelve events: numbering goes on past what was dropped
    }
}
