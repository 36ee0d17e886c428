using GuidanceBot.TestSupport;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>Every bound card (samples and engine-built) is valid Adaptive Card 1.5 that Teams and Web Chat both handle.</summary>
public sealed class BoundCardRulesTests
{
    [Theory]
    [MemberData(nameof(OracleRun.AllCards), MemberType = typeof(OracleRun))]
    public void BoundCard_HasNoAdaptiveCardsErrorsAtVersion1_5(string name)
    {
        var result = OracleRun.Get(name).Result;
        Assert.Null(result.Threw);
        Assert.True(result.Errors.Count == 0, $"{name}: " + string.Join("; ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(OracleRun.AllCards), MemberType = typeof(OracleRun))]
    public void BoundCard_DeclaresVersion1_5AndSchema(string name)
    {
        // adaptivecards does not flag a missing version, but Teams mobile will not render the card without it.
        var card = Bound(name);
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card["$schema"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(OracleRun.AllCards), MemberType = typeof(OracleRun))]
    public void BoundCard_SubmitActionsCarryObjectData(string name)
    {
        // String data would reach the bot as typed text (Teams) or an imBack (Web Chat), not as a value.
        var submits = CardJson.Descend(Bound(name)).OfType<JsonObject>()
            .Where(o => o["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && t.GetValue<string>() == "Action.Submit")
            .ToList();
        foreach (var submit in submits)
            Assert.True(submit["data"] is JsonObject, $"{name}: Action.Submit '{submit["title"]}' has data {submit["data"]?.ToJsonString() ?? "none"}");
    }

    [Theory]
    [MemberData(nameof(OracleRun.AllCards), MemberType = typeof(OracleRun))]
    public void BoundCard_StaysWellUnder28KB(string name)
    {
        var bytes = Encoding.UTF8.GetByteCount(Bound(name).ToJsonString());
        Assert.True(bytes < 14 * 1024, $"{name}: {bytes} bytes; keep cards well under 28 KB.");
    }

    [Theory]
    [MemberData(nameof(OracleRun.AllCards), MemberType = typeof(OracleRun))]
    public void BoundCard_LeavesNoExpressionUnbound(string name)
    {
        var text = Bound(name).ToJsonString();
        Assert.DoesNotContain("${", text);
    }

    private static JsonObject Bound(string name) =>
        OracleRun.Get(name).Result.Expanded as JsonObject ?? throw new Xunit.Sdk.XunitException($"{name} did not bind to an object.");
}
