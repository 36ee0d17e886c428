using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>The Record button through Action.Execute answers once: the record is the invoke's answer, not also a message.</summary>
public sealed class RecordInvokeTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private static JsonObject RecordInvoke(BotClient chat) => chat.Activity("invoke", new()
    {
        ["name"] = "adaptiveCard/action",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "record", ["data"] = new JsonObject { ["gb"] = "command", ["value"] = "record" } },
            ["trigger"] = "manual",
        },
    });

    private async Task<BotClient> AtAnOutcome(string conversation)
    {
        var chat = new BotClient(factory.CreateClient(), conversation);
        await chat.Say("advocacy");
        Assert.Equal("outcome:advocacy:power-only", BotClient.CardId(BotClient.Card(Assert.Single(await chat.Say("5")))));
        return chat;
    }

    private static void AssertRecordAnswer(JsonElement answer)
    {
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(InvokeResponse.MessageType, answer.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task With_expect_replies_the_record_is_the_invoke_body_and_no_activity_repeats_it()
    {
        var chat = await AtAnOutcome("conv-" + Guid.NewGuid().ToString("N"));
        var invoke = RecordInvoke(chat);
        invoke["deliveryMode"] = "expectReplies";

        var response = await chat.Post(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        AssertRecordAnswer(body.GetProperty("body"));
        Assert.Empty(body.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Through_the_connector_the_record_is_the_invoke_response_and_nothing_is_sent_after_it()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var chat = await AtAnOutcome(conversation);
        var delivery = factory.Services.GetRequiredService<ReplyDelivery>();
        await delivery.WhenIdle();
        var before = factory.Connector.Delivered.Count(r => r.Url.Contains(conversation));

        var response = await chat.Post(RecordInvoke(chat));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertRecordAnswer(await response.Content.ReadFromJsonAsync<JsonElement>());
        await delivery.WhenIdle().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(before, factory.Connector.Delivered.Count(r => r.Url.Contains(conversation)));
    }
}
