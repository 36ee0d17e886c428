using GuidanceBot.TestSupport;
using System.Net;
using System.Text.Json;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

/// <summary>
/// Each kind of Teams activity, replayed through the authenticated pipeline, and the Connector calls it produces:
/// method, URL (ids escaped), and body.
/// </summary>
public sealed class TeamsReplayTests : IDisposable
{
    private readonly TeamsReplay _teams = new();

    private const string Personal = "a:1Xq9vLm3Rt7Kp2Wz8Yc4Nb6Hd0Fg5Js1Qe-Au7Io3Ty9Rp2Lk8Mn4Bv6Cx0Zs5Dw";
    private const string ChannelThread = "19:7d3c0f5e2a9b4c1d8e6f0a2b3c4d5e6f@thread.skype;messageid=1772449365431";
    private const string TeamGeneral = "19:2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e1b@thread.skype";

    public void Dispose() => _teams.Dispose();

    private static JsonElement Card(ConnectorRequest request) => BotClient.Card(request.Json);

    private static void AssertTyping(ConnectorRequest request, string url)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(url, request.Url);
        Assert.Equal("typing", request.Json.GetProperty("type").GetString());
    }

    private static void AssertAddressedToTheWorker(ConnectorRequest request, string conversationId)
    {
        Assert.Equal(TeamsReplay.BotId, request.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.StartsWith("29:", request.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversationId, request.Json.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("msteams", request.Json.GetProperty("channelId").GetString());
        // The bot's own id for the reply (the same on every retry), never one copied from the worker's message.
        Assert.StartsWith("gb-", request.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Personal_message_gets_typing_then_the_first_question_as_a_reply()
    {
        var response = await _teams.Post("personal-message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = TeamsReplay.ActivityUrl(Personal, "1772446504123");
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xq9vLm3Rt7Kp2Wz8Yc4Nb6Hd0Fg5Js1Qe-Au7Io3Ty9Rp2Lk8Mn4Bv6Cx0Zs5Dw/activities/1772446504123", url);
        var calls = _teams.Connector.Delivered;
        Assert.Equal(2, calls.Count);
        AssertTyping(calls[0], url);
        Assert.Equal(HttpMethod.Post, calls[1].Method);
        Assert.Equal(url, calls[1].Url);
        AssertAddressedToTheWorker(calls[1], Personal);
        Assert.Equal("question:advocacy:process", BotClient.CardId(Card(calls[1])));
        // Every call carried the MSAL token for the Connector.
        Assert.All(calls, c => Assert.StartsWith("Bearer ", c.Authorization));
    }

    [Fact]
    public async Task Channel_message_with_a_mention_is_answered_in_its_thread_without_the_mention()
    {
        var response = await _teams.Post("channel-message-mention");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = TeamsReplay.ActivityUrl(ChannelThread, "1772449365431");
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/19%3A7d3c0f5e2a9b4c1d8e6f0a2b3c4d5e6f%40thread.skype%3Bmessageid%3D1772449365431/activities/1772449365431", url);
        var calls = _teams.Connector.Delivered;
        Assert.Equal(2, calls.Count);
        AssertTyping(calls[0], url);
        Assert.Equal(url, calls[1].Url);
        AssertAddressedToTheWorker(calls[1], ChannelThread);
        // "<at>GuidanceBot</at> advocacy" was read as "advocacy": the walk started.
        Assert.Equal("question:advocacy:process", BotClient.CardId(Card(calls[1])));
    }

    [Fact]
    public async Task Channel_message_without_a_mention_is_acknowledged_and_nothing_is_sent()
    {
        var response = await _teams.Post("channel-message-unmentioned");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_teams.Connector.Requests);
        Assert.Equal(5000, Assert.Single(_teams.Bot.Logs.Named("UnmentionedMessageIgnored")).EventId.Id);
    }

    [Fact]
    public async Task Card_submit_in_a_channel_without_a_mention_is_handled()
    {
        var response = await _teams.Post("channel-card-submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _teams.Connector.Delivered;
        Assert.Equal(2, calls.Count);
        AssertTyping(calls[0], TeamsReplay.ActivityUrl(ChannelThread, "1772449420777"));
        Assert.Equal("question:advocacy:process", BotClient.CardId(Card(calls[1])));
        // Starting a walk answers no question, so no card is updated.
        Assert.DoesNotContain(calls, c => c.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task Card_submit_updates_the_clicked_card_as_answered_then_sends_the_next_question()
    {
        await _teams.Post("personal-message");
        var before = _teams.Connector.Delivered.Count;

        var response = await _teams.Post("card-submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _teams.Connector.Delivered.Skip(before).ToList();
        Assert.Equal(3, calls.Count);
        AssertTyping(calls[0], TeamsReplay.ActivityUrl(Personal, "1772446521555"));

        // PUT over the message that held the card (the submit's replyToId), carrying that id.
        var put = calls[1];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal(TeamsReplay.ActivityUrl(Personal, "1772446505987"), put.Url);
        Assert.Equal("1772446505987", put.Json.GetProperty("id").GetString());
        var answered = Card(put);
        Assert.Equal("answered:advocacy:process", BotClient.CardId(answered));
        Assert.Contains(ContentWords.Choice("advocacy", "process", "assessment"), BotClient.AllText(answered));
        Assert.Empty(BotClient.SubmitData(answered));

        var next = calls[2];
        Assert.Equal(HttpMethod.Post, next.Method);
        Assert.Equal(TeamsReplay.ActivityUrl(Personal, "1772446521555"), next.Url);
        Assert.Equal("question:advocacy:difficulty", BotClient.CardId(Card(next)));
    }

    [Fact]
    public async Task Card_submit_clicked_twice_updates_once_and_the_second_click_gets_the_current_question()
    {
        await _teams.Post("personal-message");
        await _teams.Post("card-submit");
        var before = _teams.Connector.Delivered.Count;

        var again = TeamsReplay.Payload("card-submit");
        again["id"] = "1772446530001";
        await _teams.Post(again);

        var calls = _teams.Connector.Delivered.Skip(before).ToList();
        Assert.DoesNotContain(calls, c => c.Method == HttpMethod.Put);
        Assert.Contains("already been answered", BotClient.AllText(Card(calls[^1])));
    }

    [Fact]
    public async Task Action_execute_invoke_is_answered_in_the_response_with_the_next_card_and_sends_nothing()
    {
        await _teams.Post("personal-message");
        var before = _teams.Connector.Requests.Count;

        var response = await _teams.Post("action-execute-invoke");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TeamsReplay.Json(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("question:advocacy:difficulty", BotClient.CardId(body.GetProperty("value")));
        // The card in the answer replaces the clicked one: no typing, no PUT, no reply.
        Assert.Equal(before, _teams.Connector.Requests.Count);
    }

    [Fact]
    public async Task Action_execute_invoke_is_answered_while_the_connector_is_stuck()
    {
        await _teams.Post("personal-message");
        var stuck = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _teams.Connector.Respond = (_, _) => stuck.Task;
        try
        {
            var send = _teams.Bot.PostWithToken(_teams.Bot.Key.Token(serviceUrl: TeamsReplay.ServiceUrl), TeamsReplay.Payload("action-execute-invoke").ToJsonString());
            // Nothing on the invoke path waits on the Connector: the answer comes back at once.
            var response = await send.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(200, (await TeamsReplay.Json(response)).GetProperty("statusCode").GetInt32());
        }
        finally
        {
            stuck.SetResult(FakeConnector.Created("1:late"));
        }
    }

    [Fact]
    public async Task Installation_in_a_personal_chat_sends_the_welcome_without_typing()
    {
        var response = await _teams.Post("installation-update-personal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(_teams.Connector.Delivered);
        Assert.Equal(HttpMethod.Post, welcome.Method);
        Assert.Equal(TeamsReplay.ActivityUrl(Personal, "f:3a9e2c7d-1b5f-4e8a-9c0d-6b2f4a8e1c3d"), welcome.Url);
        AssertWelcome(Card(welcome));
    }

    [Fact]
    public async Task Bot_added_to_a_team_sends_the_welcome_to_the_channel()
    {
        var response = await _teams.Post("conversation-update-team");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(_teams.Connector.Delivered);
        Assert.Equal(TeamsReplay.ActivityUrl(TeamGeneral, "f:5f85c2ad-4e1b-4a7c-9d3e-0b6a8c2f1e47"), welcome.Url);
        Assert.Equal(TeamGeneral, welcome.Json.GetProperty("conversation").GetProperty("id").GetString());
        AssertWelcome(Card(welcome));
    }

    [Fact]
    public async Task Welcome_is_sent_once_when_install_and_member_added_both_arrive()
    {
        await _teams.Post("installation-update-personal");
        var added = TeamsReplay.Payload("conversation-update-team");
        added["conversation"] = TeamsReplay.Payload("installation-update-personal")["conversation"]!.DeepClone();
        await _teams.Post(added);

        Assert.Single(_teams.Connector.Delivered);
    }

    /// <summary>The welcome says what the bot does and that no personal data should be typed.</summary>
    private static void AssertWelcome(JsonElement card)
    {
        var text = BotClient.AllText(card);
        Assert.Contains("I guide you through the \"Actions and Next Steps\" procedure", text);
        Assert.Contains("Do not type names or other personal details", text);
        Assert.Contains(BotClient.SubmitData(card), d => d.GetProperty("gb").GetString() == "start");
    }

    [Fact]
    public async Task Replayed_payloads_without_a_token_are_refused()
    {
        var response = await _teams.Bot.Post(authorization: null, TeamsReplay.Payload("personal-message").ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_teams.Connector.Requests);
    }
}
