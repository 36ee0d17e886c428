using System.Text.Json;
using GuidanceBot.Tests.Inbound;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;

namespace GuidanceBot.Tests.Teams;

/// <summary>TurnRunner: an accepted card click on a channel that supports updates replaces the clicked card.</summary>
public sealed class AnsweredCardUpdateTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private TurnRunner Runner => factory.Services.GetRequiredService<TurnRunner>();

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

    private async Task<TurnReplies> Run(Activity activity) =>
        await Runner.RunAsync(activity, ((TurnRoute)ActivityRouter.Route(activity)).Input, CancellationToken.None);

    private async Task<TurnReplies> StartThenClick(string channelId, string? replyToId, string type = ActivityTypes.Message)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        await Run(Incoming(channelId, conversation) with { Text = "advocacy" });
        var data = JsonSerializer.SerializeToElement(new { gb = "answer", walk = "advocacy", step = "process", value = "assessment" });
        var click = Incoming(channelId, conversation, type) with { ReplyToId = replyToId };
        click = type == ActivityTypes.Invoke
            ? click with { Name = ActivityTypes.AdaptiveCardInvoke, Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "answer", data } }) }
            : click with { Value = data };
        return await Run(click);
    }

    [Fact]
    public async Task RunAsync_TeamsClickWithReplyToId_UpdatesTheClickedCardAsAnswered()
    {
        var turn = await StartThenClick("msteams", "1:card-message");

        var update = Assert.Single(turn.Updates);
        Assert.Equal("1:card-message", update.ActivityId);
        var card = BotClient.Card(JsonSerializer.SerializeToElement(update.Activity, ProtocolJson.Options));
        var text = BotClient.AllText(card);
        Assert.Contains("Question 1", text);
        Assert.Contains("Which care and support process", text);
        Assert.Contains("Your answer: An assessment (needs or carer's)", text);
        Assert.Empty(BotClient.SubmitData(card));
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        // Addressed like a reply, in the same conversation, but not threaded under anything.
        Assert.Equal("28:bot", update.Activity.From?.Id);
        Assert.Null(update.Activity.ReplyToId);
        // The next question still goes as a reply.
        Assert.Contains("substantial difficulty", BotClient.AllText(BotClient.Card(JsonSerializer.SerializeToElement(Assert.Single(turn.Activities), ProtocolJson.Options))));
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData("test")]
    public async Task RunAsync_ClickOnChannelWithoutUpdates_UpdatesNothing(string channelId) =>
        Assert.Empty((await StartThenClick(channelId, "1:card-message")).Updates);

    [Fact]
    public async Task RunAsync_TeamsClickWithoutReplyToId_UpdatesNothing() =>
        Assert.Empty((await StartThenClick("msteams", null)).Updates);

    [Fact]
    public async Task RunAsync_ActionExecuteInvoke_UpdatesNothingBecauseTheInvokeAnswerReplacesTheCard()
    {
        var turn = await StartThenClick("msteams", "1:card-message", ActivityTypes.Invoke);
        Assert.Empty(turn.Updates);
        Assert.NotNull(turn.InvokeBody);
    }
}
