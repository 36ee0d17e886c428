using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// State:IdleExpiry counts reads: a worker who asks for help or a record mid-walk is still in the walk, though
/// neither changes the state. A walk left alone past the expiry is forgotten, and a click on it says so.
/// </summary>
public sealed class IdleExpiryTests : IDisposable
{
    private static readonly TimeSpan Expiry = TimeSpan.FromHours(2);
    private static readonly string LostWalkCard = NoticeText.Id(Notice.LostWalk).Replace("notice:", "suggest:", StringComparison.Ordinal);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly BotFactory _app;

    public IdleExpiryTests() => _app = new BotFactory
    {
        Settings = { ["State:IdleExpiry"] = Expiry.ToString() },
        TestServices = services => services.AddSingleton<TimeProvider>(_clock),
    };

    private BotClient Chat() => new(_app.CreateClient(), "conv-" + Guid.NewGuid().ToString("N"));

    /// <summary>Answers the walk's first question by its button and returns the card that comes back.</summary>
    private static async Task<string?> AnswerFirstQuestion(BotClient chat) =>
        BotClient.CardId(BotClient.Card(Assert.Single(await chat.Click(BotClient.Answer("process", "assessment")))));

    [Theory]
    [InlineData("help")]
    [InlineData("record")]
    public async Task A_walk_read_within_the_expiry_stays_alive_past_it(string read)
    {
        var chat = Chat();
        await chat.Say("advocacy");

        // Three reads, each well within the expiry, span twice of it since the last write.
        for (var i = 0; i < 3; i++)
        {
            _clock.Now += Expiry * 0.75;
            Assert.NotEmpty(await chat.Say(read));
        }
        _clock.Now += Expiry * 0.75;

        Assert.Equal("question:advocacy:difficulty", await AnswerFirstQuestion(chat));
    }

    [Fact]
    public async Task A_walk_left_alone_for_the_expiry_is_forgotten_and_a_click_on_it_says_so()
    {
        var chat = Chat();
        await chat.Say("advocacy");
        _clock.Now += Expiry;

        Assert.Equal(LostWalkCard, await AnswerFirstQuestion(chat));
    }

    public void Dispose() => _app.Dispose();
}
