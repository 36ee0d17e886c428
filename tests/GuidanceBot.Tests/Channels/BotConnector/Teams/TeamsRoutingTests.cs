using System.Text.Json;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

/// <summary>How Teams messages are heard, then routed: mentions stripped, unmentioned group messages ignored, card submits always read.</summary>
public sealed class TeamsRoutingTests
{
    private const string Bot = "28:bot";

    private static Activity Message(string conversationType, string? text, object? value = null, bool mentioned = false) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Conversation = new ConversationAccount { Id = "19:x@thread.skype", ConversationType = conversationType, IsGroup = conversationType != "personal" },
        Recipient = new ChannelAccount { Id = Bot, Name = "GuidanceBot" },
        Entities = mentioned ? [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = Bot, name = "GuidanceBot" }, text = "<at>GuidanceBot</at>" })] : null,
        Value = value is null ? null : JsonSerializer.SerializeToElement(value),
    };

    /// <summary>What the conversation is given: the Bot Connector front door applies the Teams rules, then routes.</summary>
    private static Route? Route(Activity activity) => TeamsMessages.Heard(activity) is { } heard ? ActivityRouter.Route(heard) : null;

    [Fact]
    public void Route_ChannelMessageWithMention_ReadsTheTextWithoutTheMention()
    {
        var route = Assert.IsType<TurnRoute>(Route(Message("channel", "<at>GuidanceBot</at> advocacy", mentioned: true)));
        Assert.Equal("advocacy", Assert.IsType<MessageInput>(route.Input).Text);
    }

    [Fact]
    public void Route_ChannelMessageWithoutMention_IsIgnoredAsNotMentioned() =>
        Assert.Null(Route(Message("channel", "advocacy")));

    [Fact]
    public void Route_GroupChatMessageWithoutMention_IsIgnored() =>
        Assert.Null(Route(Message("groupChat", "help")));

    [Fact]
    public void Route_PersonalMessageWithoutMention_IsRead() =>
        Assert.Equal("help", Assert.IsType<MessageInput>(Assert.IsType<TurnRoute>(Route(Message("personal", "help"))).Input).Text);

    [Fact]
    public void Route_CardSubmitInChannelWithEmptyText_IsReadAsACardAction()
    {
        var route = Assert.IsType<TurnRoute>(Route(Message("channel", "", new { gb = "start", walk = "advocacy" })));
        var input = Assert.IsType<MessageInput>(route.Input);
        Assert.IsType<StartAction>(input.Action);
        Assert.True(input.HasValue);
    }

    [Fact]
    public void Route_MessageWithOnlyTheMention_IsReadAsEmptyText() =>
        Assert.Equal("", Assert.IsType<MessageInput>(Assert.IsType<TurnRoute>(Route(Message("channel", "<at>GuidanceBot</at>", mentioned: true))).Input).Text);
}
