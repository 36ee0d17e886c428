using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// A lone surrogate escape ("\ud800") cannot become .NET text. Wherever it hides in an activity, the body is refused
/// with a short 400 where it is read, before any turn: never a 500, never a half-done turn.
/// </summary>
public sealed class LoneSurrogateTests(HostileBot bot) : IClassFixture<HostileBot>
{
    private const string H = HostileJson.Hole;

    /// <summary>The places the issue names, each holding the hole where the lone surrogate goes.</summary>
    public static TheoryData<string, string> Places()
    {
        var data = new TheoryData<string, string>();
        foreach (var place in new[]
        {
            "value.gb", "value.walk", "value.value", "toggle", "mention.text", "mention.id", "tenant.id",
            "conversation.unknown", "from.unknown", "invoke.action.type", "field name",
        })
        {
            data.Add(place, HostileJson.LoneSurrogate);
            data.Add(place, HostileJson.LoneLowSurrogate);
        }
        return data;
    }

    private static JsonObject Hostile(BotClient chat, string place) => place switch
    {
        "value.gb" => chat.Activity("message", new() { ["value"] = new JsonObject { ["gb"] = H, ["walk"] = "advocacy" } }),
        "value.walk" => chat.Activity("message", new() { ["value"] = new JsonObject { ["gb"] = "answer", ["walk"] = H, ["step"] = "process", ["value"] = "assessment" } }),
        "value.value" => chat.Activity("message", new() { ["value"] = BotClient.Answer("process", H) }),
        "toggle" => chat.Activity("message", new() { ["value"] = new JsonObject { ["gb"] = "checklist", ["walk"] = "advocacy", ["outcome"] = "refer", ["check-item"] = H } }),
        "mention.text" => Mention(chat, text: H, id: "bot-1"),
        "mention.id" => Mention(chat, text: "<at>GuidanceBot</at>", id: H),
        "tenant.id" => chat.Activity("message", new() { ["text"] = "menu", ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = H } } }),
        "conversation.unknown" => WithField(chat.Activity("message", new() { ["text"] = "menu" }), "conversation", "futureField"),
        "from.unknown" => WithField(chat.Activity("message", new() { ["text"] = "menu" }), "from", "futureField"),
        "invoke.action.type" => chat.Activity("invoke", new()
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = H, ["data"] = BotClient.Answer("process", "assessment") } },
        }),
        "field name" => chat.Activity("message", new() { ["text"] = "menu", ["value"] = new JsonObject { [H] = "x", ["gb"] = "command", ["value"] = "menu" } }),
        _ => throw new ArgumentOutOfRangeException(nameof(place)),
    };

    private static JsonObject Mention(BotClient chat, string text, string id)
    {
        var activity = chat.Activity("message", new()
        {
            ["text"] = "<at>GuidanceBot</at> advocacy",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["text"] = text, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = "GuidanceBot" },
            }),
        });
        activity["conversation"]!["conversationType"] = "channel";
        return activity;
    }

    private static JsonObject WithField(JsonObject activity, string account, string field)
    {
        activity[account]![field] = H;
        return activity;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task A_lone_surrogate_in_an_activity_is_a_short_400_and_the_walk_is_untouched(string place, string surrogate)
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var chat = new BotClient(bot.Http, conversation);
        await chat.Say("advocacy");
        var before = await bot.StateOf("test/" + conversation);
        var changes = bot.Store.Changes;

        var hostile = Hostile(chat, place);
        hostile["deliveryMode"] = "expectReplies";
        await HostileBot.AssertShortRefusal(await bot.PostMessages(HostileJson.With(hostile, surrogate)));

        Assert.Equal(before, await bot.StateOf("test/" + conversation));
        Assert.Equal(changes, bot.Store.Changes);
        // The walk still waits on its first question: "5" answers it (power of attorney only).
        var outcome = BotClient.Card(Assert.Single(await chat.Say("5")));
        Assert.Equal("outcome:advocacy:power-only", BotClient.CardId(outcome));
    }

    [Theory]
    [InlineData("value")]
    [InlineData("value.gb")]
    [InlineData("clientActivityID")]
    [InlineData("text")]
    [InlineData("from.unknown")]
    public async Task A_lone_surrogate_posted_over_direct_line_is_a_short_400_and_the_conversation_still_polls(string place)
    {
        var client = new DirectLineClient(bot.Http);
        await client.StartAsync();
        await client.SayAsync("advocacy");
        var key = "directline/" + client.ConversationId;
        var before = await bot.StateOf(key);
        var changes = bot.Store.Changes;

        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "worker", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = place == "clientActivityID" ? H : "c-1" },
        };
        switch (place)
        {
            case "value": activity["value"] = H; break;
            case "value.gb": activity["value"] = new JsonObject { ["gb"] = H }; break;
            case "text": activity["text"] = H; break;
            case "from.unknown": activity["from"]!["futureField"] = H; break;
        }
        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", client.Token,
            new StringContent(HostileJson.With(activity, HostileJson.LoneSurrogate), System.Text.Encoding.UTF8, "application/json"));

        await HostileBot.AssertShortRefusal(response);
        Assert.Equal(before, await bot.StateOf(key));
        Assert.Equal(changes, bot.Store.Changes);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync()).StatusCode);
        await client.SayAsync("5");
        Assert.Equal("outcome:advocacy:power-only", TestSupport.CardJson.CardId(await client.LastBotCardAsync()));
    }
}
