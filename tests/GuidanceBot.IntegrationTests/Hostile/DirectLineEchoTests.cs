using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// The echo of a posted activity is what Web Chat needs to mark its message sent, nothing more: type, ids, text
/// (capped), clientActivityID (a short string) and postBack (a bool). Whatever else a client posts never comes back.
/// </summary>
public sealed class DirectLineEchoTests(HostileBot bot) : IClassFixture<HostileBot>
{
    private static readonly string[] EchoFields = ["type", "id", "channelId", "conversation", "from", "recipient", "timestamp", "text", "channelData"];

    private async Task<(DirectLineClient Client, string Watermark)> Started()
    {
        var client = new DirectLineClient(bot.Http);
        await client.StartAsync();
        var (_, watermark) = await client.ActivitiesAsync();
        return (client, watermark);
    }

    private static async Task<JsonElement> Echo(DirectLineClient client, string watermark, string id)
    {
        var (activities, _) = await client.ActivitiesAsync(watermark);
        return Assert.Single(activities, a => a.GetProperty("id").GetString() == id);
    }

    private static async Task<string> Posted(DirectLineClient client, JsonObject activity)
    {
        var response = await client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await DirectLineClient.BodyAsync(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_echo_keeps_only_type_ids_capped_text_and_the_channel_data_web_chat_matches_on()
    {
        var (client, watermark) = await Started();
        var id = await Posted(client, new JsonObject
        {
            ["type"] = "message",
            ["text"] = new string('w', 10_000),
            ["from"] = new JsonObject { ["id"] = "worker", ["role"] = "bot", ["name"] = "A Name", ["futureField"] = new JsonObject { ["x"] = 1 } },
            ["value"] = new JsonObject { ["gb"] = "command", ["value"] = "menu" },
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/plain", ["content"] = "x" }),
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB" }),
            ["futureField"] = new JsonObject { ["nested"] = true },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-7", ["postBack"] = true, ["other"] = "kept nowhere" },
        });

        var echo = await Echo(client, watermark, id);

        Assert.All(echo.EnumerateObject(), p => Assert.Contains(p.Name, EchoFields));
        Assert.Equal(["id", "role"], echo.GetProperty("from").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(4096, echo.GetProperty("text").GetString()!.Length);
        Assert.Equal(["clientActivityID", "postBack"], echo.GetProperty("channelData").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("client-7", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.True(echo.GetProperty("channelData").GetProperty("postBack").GetBoolean());
    }

    [Theory]
    [InlineData("long")]
    [InlineData("number")]
    [InlineData("object")]
    public async Task A_client_activity_id_that_is_not_a_short_string_and_a_post_back_that_is_not_a_bool_do_not_come_back(string kind)
    {
        var (client, watermark) = await Started();
        JsonNode clientId = kind switch
        {
            "long" => new string('c', 100 * 1024),
            "number" => 42,
            _ => new JsonObject { ["x"] = new string('c', 1000) },
        };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "menu",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientId, ["postBack"] = "true" },
        };
        var id = await Posted(client, activity);

        var echo = await Echo(client, watermark, id);
        Assert.False(echo.TryGetProperty("channelData", out _));
        var page = await (await client.GetAsync()).Content.ReadAsStringAsync();
        Assert.True(page.Length < 64 * 1024, $"a poll answered {page.Length} characters");
    }

    [Fact]
    public async Task A_client_activity_id_of_128_characters_comes_back_and_one_of_129_does_not()
    {
        var (client, watermark) = await Started();
        var kept = await client.SayAsync("menu", clientActivityId: new string('k', 128));
        var dropped = await client.SayAsync("menu", clientActivityId: new string('d', 129));

        Assert.Equal(new string('k', 128), (await Echo(client, watermark, kept)).GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.False((await Echo(client, watermark, dropped)).TryGetProperty("channelData", out _));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(29)]
    [InlineData(40)]
    [InlineData(62)]
    [InlineData(80)]
    public async Task A_deep_value_posted_is_refused_or_dropped_and_every_later_poll_is_answered(int depth)
    {
        var (client, watermark) = await Started();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["value"] = HostileJson.Hole,
            ["from"] = new JsonObject { ["id"] = "worker", ["futureField"] = HostileJson.Hole },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "deep" },
        };
        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", client.Token,
            new StringContent(HostileJson.With(activity, HostileJson.Nested(depth)), Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {(int)response.StatusCode}");
        var (activities, next) = await client.ActivitiesAsync(watermark);
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.DoesNotContain(activities, a => a.TryGetProperty("value", out _) && a.GetProperty("from").GetProperty("role").GetString() == "user");
        await client.SayAsync("menu");
        Assert.Equal("menu", TestSupport.CardJson.CardId(await client.LastBotCardAsync(next)));
    }
}
