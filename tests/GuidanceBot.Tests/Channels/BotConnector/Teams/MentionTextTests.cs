using System.Text.Json;
using GuidanceBot.Channels.BotConnector.Teams;
namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

public sealed class MentionTextTests
{
    private const string Bot = "28:00000000-0000-0000-0000-00000000b07a";

    private static JsonElement Mention(string id, string? name, string? text) => JsonSerializer.SerializeToElement(new Dictionary<string, object?>
    {
        ["type"] = "mention",
        ["mentioned"] = new Dictionary<string, object?> { ["id"] = id, ["name"] = name },
        ["text"] = text,
    });

    [Fact]
    public void StripBotMentions_MentionAtStart_LeavesTheRequest() =>
        Assert.Equal("advocacy", MentionText.StripBotMentions("<at>GuidanceBot</at> advocacy\n", [Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], Bot));

    [Fact]
    public void StripBotMentions_EntityWithoutText_RemovesAtName() =>
        Assert.Equal("help", MentionText.StripBotMentions("help <at>GuidanceBot</at>", [Mention(Bot, "GuidanceBot", null)], Bot));

    [Fact]
    public void StripBotMentions_DifferentCase_IsStillRemoved() =>
        Assert.Equal("menu", MentionText.StripBotMentions("<AT>guidancebot</AT> menu", [Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], Bot));

    [Fact]
    public void StripBotMentions_MentionOfSomeoneElse_IsKept() =>
        Assert.Equal("<at>Sam</at> advocacy", MentionText.StripBotMentions(
            "<at>GuidanceBot</at> <at>Sam</at> advocacy", [Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>"), Mention("29:sam", "Sam", "<at>Sam</at>")], Bot));

    [Fact]
    public void StripBotMentions_TwoMentionsOfTheBot_RemovesBoth() =>
        Assert.Equal("start over", MentionText.StripBotMentions(
            "<at>GuidanceBot</at> start over <at>GuidanceBot</at>", [Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], Bot));

    [Fact]
    public void StripBotMentions_NameWithRegexCharacters_IsRemovedLiterally() =>
        Assert.Equal("help", MentionText.StripBotMentions("<at>Bot (test)+</at> help", [Mention(Bot, "Bot (test)+", "<at>Bot (test)+</at>")], Bot));

    [Fact]
    public void StripBotMentions_NoEntities_OnlyTrims() =>
        Assert.Equal("<at>GuidanceBot</at> advocacy", MentionText.StripBotMentions(" <at>GuidanceBot</at> advocacy ", null, Bot));

    [Fact]
    public void StripBotMentions_NullText_StaysNull() =>
        Assert.Null(MentionText.StripBotMentions(null, [Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], Bot));

    [Fact]
    public void MentionsBot_MentionOfTheRecipient_IsTrue() =>
        Assert.True(MentionText.MentionsBot([Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], Bot));

    [Fact]
    public void MentionsBot_OnlyOtherPeopleMentioned_IsFalse() =>
        Assert.False(MentionText.MentionsBot([Mention("29:sam", "Sam", "<at>Sam</at>")], Bot));

    [Fact]
    public void MentionsBot_OtherEntityTypes_AreIgnored() =>
        Assert.False(MentionText.MentionsBot([JsonSerializer.SerializeToElement(new { type = "clientInfo", locale = "en-GB" })], Bot));

    [Fact]
    public void MentionsBot_NoRecipientId_IsFalse() =>
        Assert.False(MentionText.MentionsBot([Mention(Bot, "GuidanceBot", "<at>GuidanceBot</at>")], null));
}
