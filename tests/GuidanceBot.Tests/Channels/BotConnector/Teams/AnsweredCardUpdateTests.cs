using GuidanceBot.TestSupport;
using System.Text.Json;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

/// <summary>An accepted card click on a channel that supports updates replaces the clicked card (ConnectorReplies).</summary>
public sealed class AnsweredCardUpdateTests
{
    private readonly ConversationTurns turns = TestTurns.Create();

    private static Activity Incoming(string channelId, string conversationId, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = "1:in",
        ChannelId = channelId,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        From = new ChannelAccount { Id = "29:worker" },
        Recipient = new ChannelAccount { Id = "28:bot" },
    };

    private async Task<ReplyBatch?> StartThenClick(string channelId, string? replyToId, string type = ActivityTypes.Message)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        await using (await turns.RunAsync(Incoming(channelId, conversation) with { Text = "advocacy" }, default)) { }
        var data = JsonSerializer.SerializeToElement(new { gb = "answer", walk = "advocacy", step = "process", value = "assessment" });
        var click = Incoming(channelId, conversation, type) with { ReplyToId = replyToId };
        click = type == ActivityTypes.Invoke
            ? click with { Name = ActivityTypes.AdaptiveCardInvoke, Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "answer", data } }) }
            : click with { Value = data };
        await using var turn = await turns.RunAsync(click, default);
        if (type == ActivityTypes.Invoke) Assert.NotNull(turn.InvokeBody);
        return ConnectorReplies.Batch(click, click.ServiceUrl!, turn, NullLogger.Instance);
    }

    private static JsonElement Card(Activity activity) => CardJson.Card(JsonSerializer.SerializeToElement(activity, ProtocolJson.Options));

    [Fact]
    public async Task A_Teams_click_with_replyToId_replaces_the_clicked_card_with_the_answered_question()
    {
        var batch = await StartThenClick("msteams", "1:card-message");

        var update = Assert.Single(batch!.Updates);
        Assert.Equal("1:card-message", update.ActivityId);
        var card = Card(update.Activity);
        Assert.Equal("answered:advocacy:process", CardJson.CardId(card));
        Assert.Empty(CardJson.SubmitData(card));
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        // Addressed like a reply, in the same conversation, but not threaded under anything.
        Assert.Equal("28:bot", update.Activity.From?.Id);
        Assert.Null(update.Activity.ReplyToId);
        // The next question still goes as a reply.
        Assert.Equal("question:advocacy:difficulty", CardJson.CardId(Card(Assert.Single(batch.Activities))));
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData("test")]
    public async Task A_click_on_a_channel_without_updates_updates_nothing(string channelId) =>
        Assert.Empty((await StartThenClick(channelId, "1:card-message"))!.Updates);

    [Fact]
    public async Task A_Teams_click_without_replyToId_updates_nothing() =>
        Assert.Empty((await StartThenClick("msteams", null))!.Updates);

    [Fact]
    public async Task An_Action_Execute_invoke_updates_nothing_because_the_invoke_answer_replaces_the_card() =>
        Assert.Empty((await StartThenClick("msteams", "1:card-message", ActivityTypes.Invoke))?.Updates ?? []);
}
