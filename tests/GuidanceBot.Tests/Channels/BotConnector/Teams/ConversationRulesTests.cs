using System.Text.Json;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

public sealed class ConversationRulesTests
{
    private const string Bot = "28:bot";

    private static Activity Message(string? conversationType, bool? isGroup = null, string? text = "advocacy", bool mentioned = false, object? value = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Conversation = new ConversationAccount { Id = "c", ConversationType = conversationType, IsGroup = isGroup },
        Recipient = new ChannelAccount { Id = Bot },
        Entities = mentioned ? [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = Bot, name = "GuidanceBot" }, text = "<at>GuidanceBot</at>" })] : null,
        Value = value is null ? null : JsonSerializer.SerializeToElement(value),
    };

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public void IsGroup_ChannelOrGroupChat_IsTrue(string type) => Assert.True(ConversationRules.IsGroup(new ConversationAccount { ConversationType = type }));

    [Fact]
    public void IsGroup_IsGroupFlagWithoutType_IsTrue() => Assert.True(ConversationRules.IsGroup(new ConversationAccount { IsGroup = true }));

    [Fact]
    public void IsGroup_Personal_IsFalse() => Assert.False(ConversationRules.IsGroup(new ConversationAccount { ConversationType = "personal", IsGroup = false }));

    [Fact]
    public void IsGroup_NoConversationType_IsFalse() => Assert.False(ConversationRules.IsGroup(new ConversationAccount { Id = "webchat-1" }));

    [Fact]
    public void ShouldAnswer_PersonalWithoutMention_IsTrue() => Assert.True(ConversationRules.ShouldAnswer(Message("personal")));

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public void ShouldAnswer_GroupWithoutMention_IsFalse(string type) => Assert.False(ConversationRules.ShouldAnswer(Message(type)));

    [Fact]
    public void ShouldAnswer_IsGroupFlagWithoutMention_IsFalse() => Assert.False(ConversationRules.ShouldAnswer(Message(null, isGroup: true)));

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public void ShouldAnswer_GroupWithMention_IsTrue(string type) => Assert.True(ConversationRules.ShouldAnswer(Message(type, mentioned: true)));

    [Fact]
    public void ShouldAnswer_CardSubmitInChannelWithoutMention_IsTrue() =>
        Assert.True(ConversationRules.ShouldAnswer(Message("channel", text: null, value: new { gb = "start", walk = "advocacy" })));

    [Fact]
    public void ShouldAnswer_NullValueInChannel_IsNotACardSubmit() =>
        Assert.False(ConversationRules.ShouldAnswer(Message("channel") with { Value = JsonSerializer.SerializeToElement<object?>(null) }));

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("directline", false)]
    [InlineData("webchat", false)]
    [InlineData("test", false)]
    [InlineData("emulator", false)]
    [InlineData(null, false)]
    [InlineData("MSTEAMS", false)]
    public void SupportsUpdates_ByChannel_OnlyTeams(string? channelId, bool expected) => Assert.Equal(expected, ConversationRules.SupportsUpdates(channelId));

    [Fact]
    public void SendsTyping_TeamsMessage_IsTrue() => Assert.True(ConversationRules.SendsTyping(Message("personal")));

    [Fact]
    public void SendsTyping_TeamsInvoke_IsFalse() => Assert.False(ConversationRules.SendsTyping(Message("personal") with { Type = ActivityTypes.Invoke }));

    [Fact]
    public void SendsTyping_TeamsInstallation_IsFalse() => Assert.False(ConversationRules.SendsTyping(Message("personal") with { Type = ActivityTypes.InstallationUpdate }));

    [Fact]
    public void SendsTyping_DirectLineMessage_IsFalse() => Assert.False(ConversationRules.SendsTyping(Message("personal") with { ChannelId = "directline" }));
}
