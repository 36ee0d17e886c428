using System.Text.Json.Nodes;
using GuidanceBot.Conversation.State;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// An outcome's offer starts another walk on top of the finished one. Forged offer clicks, sent without end, keep at
/// most DialogStack.MaxDepth walks: one conversation's state cannot grow without bound.
/// </summary>
public sealed class WalkStackBoundTests(HostileBot bot) : IClassFixture<HostileBot>
{
    [Fact]
    public async Task Forged_offer_clicks_keep_the_walk_stack_within_its_bound()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var chat = new BotClient(bot.Http, conversation);
        await chat.Say("advocacy");
        var walks = RepoWalks.Catalog.Walks.Select(w => w.Id).ToList();

        var sizes = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            var walk = walks[i % walks.Count];
            var card = BotClient.Card(Assert.Single(await chat.Click(new JsonObject { ["gb"] = "start", ["walk"] = walk, ["keep"] = "true" })));
            Assert.StartsWith($"question:{walk}:", BotClient.CardId(card));
            var stored = (await bot.StateOf("test/" + conversation))!;
            Assert.InRange(StateSerializer.Deserialize(stored.Json).Stack.Count, 1, DialogStack.MaxDepth);
            sizes.Add(stored.Json.Length);
        }

        Assert.Equal(DialogStack.MaxDepth, StateSerializer.Deserialize((await bot.StateOf("test/" + conversation))!.Json).Stack.Count);
        Assert.True(sizes[^1] <= sizes.Take(walks.Count).Max() * 2, $"state grew from {sizes[0]} to {sizes[^1]} characters");
    }
}
