using System.Net;
using CsCheck;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>
/// Any activity posted to /api/messages, with or without deliveryMode expectReplies: never a 5xx but 501 for an
/// unknown invoke and 503 with Retry-After; a 4xx changes no state; the conversation's next ordinary turn is answered.
/// </summary>
public sealed class MessagesEndpointProperties(HostileBot bot) : IClassFixture<HostileBot>
{
    private const int Iterations = 300;

    [Fact]
    public async Task Any_activity_is_answered_without_a_server_error_and_a_refused_one_changes_nothing()
    {
        const string Conversation = "prop-messages";
        var chat = new BotClient(bot.Http, Conversation);
        await chat.Say("advocacy");

        await ActivityGen.For("test", Conversation, directLine: false).SampleAsync(async activity =>
        {
            var before = await bot.StateOf("test/" + Conversation);
            var changes = bot.Store.Changes;

            var response = await bot.PostMessages(activity.Json);

            ServerErrorRules.AssertNoServerError(response, activity, invokesAllowed: true);
            if (ServerErrorRules.IsClientError(response))
            {
                Assert.Equal(changes, bot.Store.Changes);
                Assert.Equal(before, await bot.StateOf("test/" + Conversation));
            }
            // The conversation goes on: an ordinary turn is answered with a card.
            Assert.NotEmpty(await chat.Say("advocacy"));
        }, iter: Iterations, threads: 1, print: a => a.ToString());
    }
}
