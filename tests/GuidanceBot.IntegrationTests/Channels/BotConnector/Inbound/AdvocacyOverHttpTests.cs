using GuidanceBot.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

/// <summary>The advocacy decision end to end over the Bot Framework protocol.</summary>
public sealed class AdvocacyOverHttpTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private BotClient Chat() => new(factory.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_worker_reaches_the_refer_outcome_by_clicking_card_buttons()
    {
        var chat = Chat();
        var first = BotClient.Card(Assert.Single(await chat.Say("advocacy")));
        Assert.Equal("question:advocacy:process", BotClient.CardId(first));
        Assert.Contains(BotClient.SubmitData(first), d => d.GetProperty("value").GetString() == "assessment");

        await chat.Click(BotClient.Answer("process", "assessment"));
        await chat.Click(BotClient.Answer("difficulty", "yes"));
        await chat.Click(BotClient.Answer("appropriate", "no"));
        await chat.Click(BotClient.Answer("specialist", "imca"));
        await chat.Click(BotClient.Answer("view", "wants"));
        var outcome = BotClient.Card(Assert.Single(await chat.Click(BotClient.Answer("available", "yes"))));

        Assert.Equal("outcome:advocacy:refer", BotClient.CardId(outcome));
        Assert.Equal("1.5", outcome.GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_outcome_names_the_authority_and_cites_its_own_procedure_with_the_official_link()
    {
        var chat = Chat();
        await chat.Click(new JsonObject { ["gb"] = "authority", ["value"] = "dorset" });
        await chat.Say("advocacy");
        var outcome = BotClient.Card(Assert.Single(await chat.Say("5")));
        var text = BotClient.AllText(outcome);
        var dorset = RepoWalks.Procedures.FindProfile("dorset")!;
        Assert.Contains(dorset.Name, text);
        Assert.Contains(dorset.FindSection("using-independent-advocacy")!.Title, text);
        Assert.Contains(dorset.Url, outcome.GetRawText());
        Assert.DoesNotContain(RepoWalks.Procedures.FindProfile("rotherham")!.Authority, text);
    }

    [Fact]
    public async Task By_default_answers_come_from_the_generic_procedure()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        var outcome = BotClient.Card(Assert.Single(await chat.Say("5")));
        Assert.Contains(RepoWalks.Procedures.FindProfile("generic")!.Name, BotClient.AllText(outcome));
    }

    [Fact]
    public async Task Typed_answers_work_as_well_as_clicks()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        var outcome = BotClient.Card(Assert.Single(await chat.Say("5")));
        Assert.Equal("outcome:advocacy:power-only", BotClient.CardId(outcome));
    }

    [Fact]
    public async Task An_unreadable_answer_gets_the_question_again_with_a_polite_notice()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        var again = BotClient.Card(Assert.Single(await chat.Say("not really sure what you mean")));
        Assert.Equal("question:advocacy:process", BotClient.CardId(again));
        Assert.Contains("notice:unreadable", BotClient.ElementIds(again));
    }

    [Fact]
    public async Task Anything_unplaced_gets_the_menu_of_walks()
    {
        var reply = Assert.Single(await Chat().Say("good morning team"));
        Assert.Contains(BotClient.SubmitData(BotClient.Card(reply)), d => d.GetProperty("gb").GetString() == "start");
    }

    [Fact]
    public async Task The_welcome_card_comes_once_when_the_bot_and_user_are_added()
    {
        var chat = Chat();
        var added = new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-1" }, new JsonObject { ["id"] = "worker-1" }) };
        var first = await chat.Expect(chat.Activity("conversationUpdate", added));
        Assert.Equal("welcome", BotClient.CardId(BotClient.Card(Assert.Single(first))));
        Assert.Empty(await chat.Expect(chat.Activity("conversationUpdate", added)));
        Assert.Empty(await chat.Expect(chat.Activity("installationUpdate", new JsonObject { ["action"] = "add" })));
    }

    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender_in_the_same_conversation()
    {
        var chat = Chat();
        var activity = chat.Activity("message", new JsonObject { ["text"] = "advocacy" });
        var reply = Assert.Single(await chat.Expect(activity));
        Assert.Equal("worker-1", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot-1", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(activity["id"]!.GetValue<string>(), reply.GetProperty("replyToId").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Without_expect_replies_the_reply_goes_to_the_connector_as_a_reply_to_the_activity()
    {
        var chat = Chat();
        var activity = chat.Activity("message", new JsonObject { ["text"] = "advocacy" });
        var response = await chat.Post(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await factory.Services.GetRequiredService<ReplyDelivery>().WhenIdle();
        var conversationId = activity["conversation"]!["id"]!.GetValue<string>();
        var sent = Assert.Single(factory.Connector.Delivered, r => r.Url.Contains(conversationId));
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.EndsWith($"/v3/conversations/{conversationId}/activities/{activity["id"]}", sent.Url);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent.Json.GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Answers_arriving_together_reach_the_connector_in_the_order_the_turns_were_decided()
    {
        for (var round = 0; round < 10; round++)
        {
            var chat = Chat();
            var conversationId = "";
            async Task Send(string text)
            {
                var activity = chat.Activity("message", new JsonObject { ["text"] = text });
                conversationId = activity["conversation"]!["id"]!.GetValue<string>();
                Assert.Equal(HttpStatusCode.OK, (await chat.Post(activity)).StatusCode);
            }
            await Send("advocacy");
            await Task.WhenAll(Send("1"), Send("1"), Send("1"));
            await factory.Services.GetRequiredService<ReplyDelivery>().WhenIdle();

            // "1" answers assessment, then yes, then yes: questions 1, 2 and 3, then the outcome, in that order.
            var cards = factory.Connector.Delivered.Where(r => r.Url.Contains(conversationId))
                .Select(r => BotClient.CardId(BotClient.Card(JsonDocument.Parse(r.Body).RootElement))).ToList();
            Assert.Equal(["question:advocacy:process", "question:advocacy:difficulty", "question:advocacy:appropriate", "outcome:advocacy:appropriate-person"], cards);
        }
    }

    [Fact]
    public async Task An_action_execute_click_is_answered_with_the_next_card_in_the_invoke_response()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        var invoke = chat.Activity("invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = BotClient.Answer("process", "review") },
                ["trigger"] = "manual",
            },
        });
        var response = await chat.Post(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("question:advocacy:difficulty", BotClient.CardId(body.GetProperty("value")));
    }

    [Fact]
    public async Task An_invoke_with_expect_replies_carries_the_invoke_body_beside_the_activities()
    {
        var chat = Chat();
        var invoke = chat.Activity("invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["deliveryMode"] = "expectReplies",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "start", ["data"] = new JsonObject { ["gb"] = "start", ["walk"] = "advocacy" } } },
        });
        var response = await chat.Post(invoke);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("body").GetProperty("statusCode").GetInt32());
        Assert.Empty(body.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_fields_in_the_activity_are_tolerated()
    {
        var chat = Chat();
        var activity = chat.Activity("message", new JsonObject
        {
            ["text"] = "advocacy",
            ["someFutureField"] = new JsonObject { ["nested"] = true },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t-1" } },
        });
        Assert.Single(await chat.Expect(activity));
    }

    [Fact]
    public async Task Two_clicks_arriving_together_advance_the_walk_once_and_keep_state_whole()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        var clicks = Enumerable.Range(0, 8).Select(_ => chat.Click(BotClient.Answer("process", "assessment"))).ToList();
        var replies = (await Task.WhenAll(clicks)).Select(Assert.Single).ToList();

        // One click answered; the others were stale and only showed where the walk is, with a notice.
        Assert.Equal(7, replies.Count(r => BotClient.ElementIds(BotClient.Card(r)).Contains("notice:stale-click")));
        Assert.All(replies, r => Assert.Equal("question:advocacy:difficulty", BotClient.CardId(BotClient.Card(r))));
        // The walk continues from exactly one recorded answer.
        var next = BotClient.Card(Assert.Single(await chat.Click(BotClient.Answer("difficulty", "yes"))));
        Assert.Equal("question:advocacy:appropriate", BotClient.CardId(next));
    }
}
