using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// conversation, from and recipient are copied into every reply. An unknown field in one of them, nested deep or
/// holding text .NET cannot hold, is either refused before the turn (4xx, state unchanged) or dropped from the
/// replies (2xx, and the replies are there): never a 500 and never a turn that ran without its replies.
/// </summary>
public sealed class AccountFieldTests(HostileBot bot) : IClassFixture<HostileBot>
{
    private static readonly string[] KnownConversationFields = ["id", "name", "isGroup", "conversationType", "tenantId"];
    private static readonly string[] KnownAccountFields = ["id", "name", "aadObjectId", "role"];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var account in new[] { "conversation", "from", "recipient" })
            foreach (var depth in new[] { 1, 20, JsonBody.MaxDepth - 3, JsonBody.MaxDepth - 2, JsonBody.MaxDepth, 61, 62 })
                foreach (var expectReplies in new[] { true, false })
                    data.Add(account, depth, expectReplies);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_unknown_field_nested_deep_in_an_account_is_refused_whole_or_left_out_of_the_replies(string account, int depth, bool expectReplies)
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var activity = new BotClient(bot.Http, conversation).Activity("message", new() { ["text"] = "advocacy" });
        activity[account]!["futureField"] = HostileJson.Hole;
        if (expectReplies) activity["deliveryMode"] = "expectReplies";
        var changes = bot.Store.Changes;

        var response = await bot.PostMessages(HostileJson.With(activity, HostileJson.Nested(depth, "\"deep\"")));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Null(await bot.StateOf("test/" + conversation));
            Assert.Equal(changes, bot.Store.Changes);
            return;
        }
        Assert.True(depth < JsonBody.MaxDepth, "a body nested past the limit was accepted");
        var reply = expectReplies ? await ReplyInBody(response) : await ReplyDelivered(conversation);
        Assert.Equal("question:advocacy:process", BotClient.CardId(BotClient.Card(reply)));
        AssertOnlyKnownFields(reply);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("recipient")]
    public async Task A_lone_surrogate_in_an_accounts_unknown_field_is_a_400_before_the_turn(string account)
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var activity = new BotClient(bot.Http, conversation).Activity("message", new() { ["text"] = "advocacy", ["deliveryMode"] = "expectReplies" });
        activity[account]!["futureField"] = new JsonObject { ["nested"] = HostileJson.Hole };
        var changes = bot.Store.Changes;

        await HostileBot.AssertShortRefusal(await bot.PostMessages(HostileJson.With(activity, HostileJson.LoneSurrogate)));
        Assert.Null(await bot.StateOf("test/" + conversation));
        Assert.Equal(changes, bot.Store.Changes);
    }

    private static async Task<JsonElement> ReplyInBody(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(body.GetProperty("activities").EnumerateArray());
    }

    private async Task<JsonElement> ReplyDelivered(string conversation)
    {
        await bot.App.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(TimeSpan.FromSeconds(30));
        return Assert.Single(bot.App.Connector.Delivered, r => r.Url.Contains(conversation) && r.Json.GetProperty("type").GetString() == "message").Json;
    }

    private static void AssertOnlyKnownFields(JsonElement reply)
    {
        Assert.All(reply.GetProperty("conversation").EnumerateObject(), p => Assert.Contains(p.Name, KnownConversationFields));
        Assert.All(reply.GetProperty("from").EnumerateObject(), p => Assert.Contains(p.Name, KnownAccountFields));
        Assert.All(reply.GetProperty("recipient").EnumerateObject(), p => Assert.Contains(p.Name, KnownAccountFields));
    }
}
