using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// A click on a card of a walk the bot no longer holds (state expired, the bot restarted, a new conversation id) says
/// so and offers that walk again, rather than claiming the question was already answered.
/// </summary>
public sealed class LostWalkTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private static readonly string LostWalkCard = NoticeText.Id(Notice.LostWalk).Replace("notice:", "suggest:", StringComparison.Ordinal);

    public static TheoryData<string> Clicks => ["answer", "change", "checklist"];

    private static JsonObject Click(string kind) => kind switch
    {
        "answer" => BotClient.Answer("process", "assessment"),
        "change" => new JsonObject { ["gb"] = "change", ["walk"] = "advocacy", ["step"] = "process" },
        _ => new JsonObject { ["gb"] = "checklist", ["walk"] = "advocacy", ["outcome"] = "refer", ["check-item"] = "true" },
    };

    private static void AssertOffersAdvocacyAgain(System.Text.Json.JsonElement card)
    {
        Assert.Equal(LostWalkCard, BotClient.CardId(card));
        Assert.DoesNotContain(NoticeText.Id(Notice.StaleClick), BotClient.ElementIds(card));
        Assert.Contains(BotClient.SubmitData(card), d => d.GetProperty("gb").GetString() == "start" && d.GetProperty("walk").GetString() == "advocacy");
    }

    [Theory]
    [MemberData(nameof(Clicks))]
    public async Task A_click_from_a_walk_the_conversation_no_longer_has_offers_that_walk_again(string kind)
    {
        var chat = new BotClient(factory.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));
        AssertOffersAdvocacyAgain(BotClient.Card(Assert.Single(await chat.Click(Click(kind)))));

        // Starting it from that card begins at its first question.
        var first = BotClient.Card(Assert.Single(await chat.Click(new JsonObject { ["gb"] = "start", ["walk"] = "advocacy" })));
        Assert.Equal("question:advocacy:process", BotClient.CardId(first));
    }

    [Fact]
    public async Task A_click_on_an_old_answer_button_over_direct_line_after_a_new_conversation_offers_the_walk_again()
    {
        var client = new DirectLineClient(factory.CreateClient());
        await client.StartAsync();
        await client.SayAsync(null, BotClient.Answer("difficulty", "yes"));
        AssertOffersAdvocacyAgain(await client.LastBotCardAsync());
    }

    [Fact]
    public async Task A_click_for_a_walk_that_does_not_exist_is_not_offered()
    {
        var chat = new BotClient(factory.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));
        var card = BotClient.Card(Assert.Single(await chat.Click(new JsonObject { ["gb"] = "answer", ["walk"] = "no-such-walk", ["step"] = "s", ["value"] = "v" })));
        Assert.NotEqual(LostWalkCard, BotClient.CardId(card));
        Assert.DoesNotContain(BotClient.SubmitData(card), d => d.TryGetProperty("walk", out var w) && w.GetString() == "no-such-walk");
    }
}
