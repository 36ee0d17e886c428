using GuidanceBot.Conversation.Cards.Templating;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>Our binder gives the same JSON as adaptivecards-templating, or throws where it throws.</summary>
public sealed class BinderMatchesOracleTests
{
    [Theory]
    [MemberData(nameof(OracleRun.Samples), MemberType = typeof(OracleRun))]
    public void SampleData_BindsLikeAdaptiveCardsTemplating(string template) => AssertSameAsOracle("sample:" + template);

    [Theory]
    [MemberData(nameof(OracleRun.Binder), MemberType = typeof(OracleRun))]
    public void EdgeCase_BindsLikeAdaptiveCardsTemplating(string name) => AssertSameAsOracle("binder:" + name);

    [Theory]
    [MemberData(nameof(OracleRun.Built), MemberType = typeof(OracleRun))]
    public void BuiltCard_BindsLikeAdaptiveCardsTemplating(string name) => AssertSameAsOracle("built:" + name);

    private static void AssertSameAsOracle(string name)
    {
        var c = OracleRun.Get(name);
        if (c.Result.Threw is not null)
        {
            var e = Assert.Throws<CardTemplateException>(() => CardTemplateBinder.Bind(c.Template, c.Data));
            Assert.False(string.IsNullOrEmpty(e.Message));
            return;
        }
        var ours = CardTemplateBinder.Bind(c.Template, c.Data);
        var difference = JsonEquality.FirstDifference(c.Result.Expanded, ours);
        Assert.True(difference is null,
            $"{name}: differs from adaptivecards-templating at {difference}\noracle: {c.Result.Expanded?.ToJsonString()}\nours:   {ours?.ToJsonString()}");
    }
}
