using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Instances;

/// <summary>Two instances of the app on one Redis: turns of one conversation may reach either, in any order, at once.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly BotFactory _a = RedisBots.Instance(RedisServer.Shared);
    private readonly BotFactory _b = RedisBots.Instance(RedisServer.Shared);

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [Fact]
    public async Task A_walk_whose_turns_alternate_between_instances_reaches_its_outcome()
    {
        var id = RedisBots.NewConversation();
        BotClient[] chats = [new(_a.CreateClient(), id), new(_b.CreateClient(), id)];
        Assert.Equal("question:advocacy:process", BotClient.CardId(BotClient.Card(Assert.Single(await chats[0].Say("advocacy")))));

        (string Step, string Value, string Next)[] walk =
        [
            ("process", "assessment", "question:advocacy:difficulty"), ("difficulty", "yes", "question:advocacy:appropriate"),
            ("appropriate", "no", "question:advocacy:specialist"), ("specialist", "imca", "question:advocacy:view"),
            ("view", "wants", "question:advocacy:available"), ("available", "yes", "outcome:advocacy:refer"),
        ];
        for (var i = 0; i < walk.Length; i++)
        {
            var reply = Assert.Single(await chats[(i + 1) % 2].Click(BotClient.Answer(walk[i].Step, walk[i].Value)));
            Assert.Equal(walk[i].Next, BotClient.CardId(BotClient.Card(reply)));
        }
        Assert.Equal(walk.Select(w => (w.Step, w.Value)), await RedisBots.StoredAnswersAsync(_a, id));
    }

    /// <summary>
    /// Round after round, a dozen Teams card clicks answering the question on screen with different values arrive at
    /// once, half on each instance. A click was taken when the bot replaced its card by the answered question (the
    /// Teams update, sent only for an answer the turn used and saved); a stale click only shows the walk again. Exactly
    /// one click per round may be taken, and the stored walk must hold exactly the taken answers, in order: a lost
    /// update (two instances saving over the same version) shows as two taken clicks in a round, or a taken answer
    /// missing from the walk.
    /// </summary>
    [Fact]
    public async Task Clicks_arriving_together_on_both_instances_never_lose_an_answer_or_corrupt_the_walk()
    {
        var id = RedisBots.NewConversation();
        BotClient[] chats = [new(_a.CreateClient(), id), new(_b.CreateClient(), id)];
        var started = await RedisBots.SendAsync(chats[0], Teams(chats[0], new JsonObject { ["text"] = "advocacy" }));
        var card = started.Card!.Value;
        var taken = new List<(string Step, string Value)>();

        for (var round = 0; round < 20 && BotClient.CardId(card)!.StartsWith("question:", StringComparison.Ordinal); round++)
        {
            var step = BotClient.CardId(card)!.Split(':')[2];
            var values = BotClient.SubmitData(card)
                .Where(d => d.GetProperty("gb").GetString() == "answer" && d.GetProperty("step").GetString() == step)
                .Select(d => d.GetProperty("value").GetString()!).ToList();
            Assert.NotEmpty(values);

            var clicks = Enumerable.Range(0, 12).Select(i => (Id: $"r{round}-{i}", Chat: chats[i % 2], Value: values[i % values.Count])).ToList();
            var responses = await Task.WhenAll(clicks.Select(c => c.Chat.Post(Teams(c.Chat, new JsonObject
            {
                ["id"] = "act-" + c.Id,
                ["replyToId"] = "card-" + c.Id,
                ["value"] = BotClient.Answer(step, c.Value),
            }))));
            // A 503 means the turn did not happen (the state kept changing under it): the channel would send it again.
            Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.OK
                || (r.StatusCode == HttpStatusCode.ServiceUnavailable && r.Headers.RetryAfter is not null), $"unexpected {(int)r.StatusCode}"));
            await Task.WhenAll(_a.Services.GetRequiredService<ReplyDelivery>().WhenIdle(), _b.Services.GetRequiredService<ReplyDelivery>().WhenIdle());

            var sent = _a.Connector.Delivered.Concat(_b.Connector.Delivered).ToList();
            var updated = clicks.Where(c => sent.Any(r => r.Method == HttpMethod.Put && r.Url.EndsWith("/activities/card-" + c.Id, StringComparison.Ordinal))).ToList();
            if (responses.All(r => r.StatusCode != HttpStatusCode.OK)) continue; // every click lost the race: the round again
            var winner = Assert.Single(updated);
            taken.Add((step, winner.Value));

            var reply = Assert.Single(sent, r => r.Method == HttpMethod.Post && r.Url.EndsWith("/activities/act-" + winner.Id, StringComparison.Ordinal) && r.Json.TryGetProperty("attachments", out _));
            card = BotClient.Card(reply.Json);
        }

        Assert.StartsWith("outcome:advocacy:", BotClient.CardId(card));
        Assert.Equal(taken, await RedisBots.StoredAnswersAsync(_b, id, "msteams"));
    }

    /// <summary>A message in a Teams personal chat, where the bot may replace a clicked card.</summary>
    private static JsonObject Teams(BotClient chat, JsonObject extra)
    {
        var activity = chat.Activity("message", extra);
        activity["channelId"] = "msteams";
        activity["conversation"]!["conversationType"] = "personal";
        return activity;
    }
}
