using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Teams;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

public sealed class MessageSizeBudgetTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private static Activity CardActivity(int sourceBlocks, int blockChars) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [CardAttachment.From(new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray([
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Independent advocacy" },
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Refer now" },
                .. Enumerable.Range(0, sourceBlocks).Select(i => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = $"source {i} " + new string('x', blockChars) }),
                new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Menu", ["data"] = new JsonObject { ["gb"] = "command", ["value"] = "menu" } }) },
            ]),
        })],
    };

    private static JsonArray Body(Activity activity) => (JsonArray)JsonNode.Parse(activity.Attachments![0].Content!.Value.GetRawText())!["body"]!;

    [Fact]
    public void Fit_SmallCard_IsUnchanged()
    {
        var card = CardActivity(3, 100);
        var (fitted, fit) = MessageSizeBudget.Fit(card);
        Assert.Equal(SizeFit.Fits, fit);
        Assert.Same(card, fitted);
    }

    [Fact]
    public void Fit_OversizedCard_DropsTrailingBlocksKeepsButtonsAndSaysSo()
    {
        var (fitted, fit) = MessageSizeBudget.Fit(CardActivity(60, 1000));

        Assert.Equal(SizeFit.Shortened, fit);
        Assert.True(MessageSizeBudget.Size(fitted) <= MessageSizeBudget.Limit);
        var body = Body(fitted);
        Assert.Equal("Independent advocacy", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("source 0", body[2]!["text"]!.GetValue<string>()[..8]);
        Assert.Equal(MessageSizeBudget.ShortenedNote, body[^2]!["text"]!.GetValue<string>());
        Assert.Equal("ActionSet", body[^1]!["type"]!.GetValue<string>());
        Assert.True(body.Count < 60);
    }

    [Fact]
    public void Fit_CardThatCannotBeShortenedEnough_IsReplacedByANotice()
    {
        // One enormous title block: dropping the later blocks cannot save it.
        var huge = CardActivity(0, 0);
        var body = Body(huge);
        body[0]!["text"] = new string('x', 60_000);
        huge = huge with { Attachments = [CardAttachment.From(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body.DeepClone() })] };

        var (fitted, fit) = MessageSizeBudget.Fit(huge);
        Assert.Equal(SizeFit.ReplacedByNotice, fit);
        Assert.Null(fitted.Attachments);
        Assert.Equal(MessageSizeBudget.TooLargeNotice, fitted.Text);
    }

    [Fact]
    public void Size_CountsUtf16Bytes() =>
        Assert.Equal(JsonSerializer.Serialize(new Activity { Text = "é" }, ProtocolJson.Options).Length * 2, MessageSizeBudget.Size(new Activity { Text = "é" }));

    /// <summary>Every outcome of every walk, for every authority, addressed as a Teams reply, stays under half the budget (the card today is about 23 KB counted as UTF-16, against 80 KB).</summary>
    [Fact]
    public void Size_EveryRealOutcomeCard_IsFarBelowTheTeamsLimit()
    {
        var renderer = factory.Services.GetRequiredService<ReplyRenderer>();
        var walks = factory.Services.GetRequiredService<WalkCatalog>();
        var procedures = factory.Services.GetRequiredService<ProcedureLibrary>();
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1:in",
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "19:" + new string('c', 40) + "@thread.skype;messageid=1712345678901", ConversationType = "channel", TenantId = Guid.Empty.ToString() },
            From = new ChannelAccount { Id = "29:" + new string('u', 80), Name = "A Worker" },
            Recipient = new ChannelAccount { Id = "28:" + Guid.Empty, Name = "GuidanceBot" },
        };

        var largest = 0;
        var outcomes = 0;
        foreach (var walk in walks.Walks)
            foreach (var result in Outcomes(walk, []))
                foreach (var profile in procedures.Profiles)
                {
                    var reply = renderer.Render([new OutcomeReply(walk, result, Notice.StaleClick)], new RenderContext(profile.Id, profile.Name)).Single();
                    largest = Math.Max(largest, MessageSizeBudget.Size(ReplyAddressing.To(incoming, reply)));
                    outcomes++;
                }

        Assert.True(outcomes > 0);
        Assert.True(largest < MessageSizeBudget.Limit / 2, $"The largest outcome card is {largest} bytes (UTF-16), over half of the {MessageSizeBudget.Limit}-byte budget.");
    }

    private static IEnumerable<WalkReplayResult> Outcomes(Walk walk, IReadOnlyList<Answer> answers)
    {
        var result = WalkReplay.Replay(walk, answers);
        if (result.Position is not AtStep at)
        {
            yield return result;
            yield break;
        }
        foreach (var choice in at.Step.Choices)
            foreach (var outcome in Outcomes(walk, [.. answers, new Answer(at.Step.Id, choice.Value)]))
                yield return outcome;
    }
}
