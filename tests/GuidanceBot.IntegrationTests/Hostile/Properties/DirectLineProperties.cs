using System.Net;
using System.Text;
using CsCheck;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>
/// Any activity posted over Direct Line: never a 5xx but 503 with Retry-After; a 4xx changes no state; every later
/// poll of that conversation is answered, and so is its next message.
/// </summary>
public sealed class DirectLineProperties(HostileBot bot) : IClassFixture<HostileBot>
{
    private const int Iterations = 200;

    [Fact]
    public async Task Any_activity_posted_is_answered_without_a_server_error_and_the_conversation_still_polls()
    {
        await ActivityGen.For("webchat", "any", directLine: true).SampleAsync(async activity =>
        {
            var client = new DirectLineClient(bot.Http);
            await client.StartAsync();
            var key = "directline/" + client.ConversationId;
            var before = await bot.StateOf(key);
            var changes = bot.Store.Changes;

            var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", client.Token,
                new StringContent(activity.Json, Encoding.UTF8, "application/json"));

            ServerErrorRules.AssertNoServerError(response, activity, invokesAllowed: false);
            if (ServerErrorRules.IsClientError(response))
            {
                Assert.Equal(changes, bot.Store.Changes);
                Assert.Equal(before, await bot.StateOf(key));
            }
            var (_, watermark) = await client.ActivitiesAsync();
            await client.SayAsync("advocacy");
            var (after, _) = await client.ActivitiesAsync(watermark);
            Assert.Contains(after, a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("0")).StatusCode);
        }, iter: Iterations, threads: 1, print: a => a.ToString());
    }
}
