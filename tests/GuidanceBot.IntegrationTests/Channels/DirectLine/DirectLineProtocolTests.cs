using GuidanceBot.TestSupport;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 subset DirectLineJS relies on in polling mode, over HTTP, in local mode.</summary>
public sealed class DirectLineProtocolTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private DirectLineClient Client() => new(factory.CreateClient());

    [Fact]
    public async Task Start_without_a_token_is_201_with_conversation_id_token_and_expiry()
    {
        var (status, body) = await Client().StartAsync();
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.True(body.GetProperty("token").GetString()!.Length >= 40);
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1700, 1800);
    }

    [Fact]
    public async Task Start_with_a_generated_token_is_201_the_first_time_and_200_after_for_the_same_conversation()
    {
        var client = Client();
        var generated = await client.GenerateAsync();
        var (first, body) = await client.StartAsync(client.Token);
        var (again, _) = await client.StartAsync(client.Token);
        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(generated.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
        Assert.Single((await client.ActivitiesAsync()).Activities); // one welcome, not two
    }

    [Fact]
    public async Task Starting_a_conversation_tells_the_bot_members_were_added_so_the_welcome_card_is_waiting()
    {
        var client = Client();
        await client.StartAsync();
        var (activities, watermark) = await client.ActivitiesAsync();
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("welcome", BotClient.CardId(BotClient.Card(welcome)));
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task A_posted_activity_gets_an_id_and_comes_back_with_its_client_activity_id_before_the_bots_reply()
    {
        var client = Client();
        await client.StartAsync();
        var (_, watermark) = await client.ActivitiesAsync();

        var id = await client.SayAsync("advocacy", clientActivityId: "client-42");
        var (activities, next) = await client.ActivitiesAsync(watermark);

        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("worker", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(client.ConversationId, echo.GetProperty("conversation").GetProperty("id").GetString());

        var reply = activities[1];
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.False(string.IsNullOrEmpty(reply.GetProperty("id").GetString()));
        Assert.Equal("question:advocacy:process", BotClient.CardId(BotClient.Card(reply)));
        Assert.Equal("3", next);
    }

    [Fact]
    public async Task The_watermark_returns_only_newer_activities_and_an_empty_page_keeps_it()
    {
        var client = Client();
        await client.StartAsync();
        var (_, w1) = await client.ActivitiesAsync();
        var (none, w2) = await client.ActivitiesAsync(w1);
        Assert.Empty(none);
        Assert.Equal(w1, w2);
    }

    [Fact]
    public async Task What_a_client_has_polled_past_is_forgotten_so_typed_words_do_not_linger()
    {
        var client = Client();
        await client.StartAsync();
        var (_, w1) = await client.ActivitiesAsync();
        await client.SayAsync("advocacy");
        var (both, w2) = await client.ActivitiesAsync(w1);
        Assert.Equal(2, both.Count);
        await client.ActivitiesAsync(w2); // acknowledges everything up to w2
        Assert.Empty((await client.ActivitiesAsync("0")).Activities);
    }

    [Fact]
    public async Task Card_clicks_arrive_as_post_back_values_and_continue_the_walk_to_an_outcome()
    {
        var client = Client();
        await client.StartAsync();
        await client.SayAsync("advocacy");
        await client.SayAsync(null, BotClient.Answer("process", "none"));
        var outcome = await client.LastBotCardAsync();
        Assert.Contains("No duty, but advocacy can still be offered", BotClient.AllText(outcome));
    }

    [Fact]
    public async Task Another_conversations_token_gets_403_for_reading_and_posting()
    {
        var mine = Client();
        await mine.StartAsync();
        var theirs = Client();
        await theirs.StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await mine.GetAsync(conversationId: theirs.ConversationId)).StatusCode);
        var post = await mine.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "advocacy" }, conversationId: theirs.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Single((await theirs.ActivitiesAsync()).Activities); // nothing was added to theirs
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_missing_or_unknown_token_gets_403(string? token)
    {
        var client = Client();
        await client.StartAsync();
        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities", token, null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineClient.BodyAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        var client = Client();
        await client.StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(conversationId: "gb-0000")).StatusCode);
    }

    [Fact]
    public async Task Refresh_returns_a_new_token_for_the_same_conversation_and_both_work_until_they_expire()
    {
        var client = Client();
        await client.StartAsync();
        var old = client.Token;
        var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", old, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineClient.BodyAsync(response);
        var fresh = body.GetProperty("token").GetString()!;

        Assert.NotEqual(old, fresh);
        Assert.Equal(client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(token: fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(token: old)).StatusCode);
    }

    [Fact]
    public async Task Reconnecting_returns_the_conversation()
    {
        var client = Client();
        await client.StartAsync();
        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark=1", client.Token, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.ConversationId, (await DirectLineClient.BodyAsync(response)).GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData("{ not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1, 2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"no type\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\": \"invoke\", \"name\": \"adaptiveCard/action\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("type=message", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_bad_activity_body_is_the_clients_mistake(string body, string contentType, HttpStatusCode expected)
    {
        var client = Client();
        await client.StartAsync();
        var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", client.Token, content);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await DirectLineClient.BodyAsync(response)).GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task A_body_over_256_KB_is_400()
    {
        var client = Client();
        await client.StartAsync();
        var response = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = new string('a', 300 * 1024) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task A_watermark_that_is_not_one_of_ours_is_400(string watermark)
    {
        var client = Client();
        await client.StartAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(watermark)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_start_body_is_400()
    {
        var (status, _) = await Client().StartAsync(body: "{ nope");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Typing_is_accepted_but_not_kept()
    {
        var client = Client();
        await client.StartAsync();
        var (_, watermark) = await client.ActivitiesAsync();
        var response = await client.PostAsync(new JsonObject { ["type"] = "typing" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await client.ActivitiesAsync(watermark)).Activities);
    }
}
