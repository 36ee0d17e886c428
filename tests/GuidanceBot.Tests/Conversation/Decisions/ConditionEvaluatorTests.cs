using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Decisions;

public sealed class ConditionEvaluatorTests
{
    private static readonly Dictionary<string, string> Vars = new() { ["colour"] = "blue", ["ok"] = "yes" };

    [Theory]
    [InlineData("blue", true)]
    [InlineData("red", false)]
    public void Is_holds_only_for_the_given_value(string value, bool expected) =>
        Assert.Equal(expected, ConditionEvaluator.Holds(new IsCondition("colour", [value]), Vars));

    [Fact]
    public void Is_with_a_list_holds_for_any_listed_value() =>
        Assert.True(ConditionEvaluator.Holds(new IsCondition("colour", ["red", "blue"]), Vars));

    [Fact]
    public void Is_on_an_unanswered_variable_does_not_hold() =>
        Assert.False(ConditionEvaluator.Holds(new IsCondition("size", ["big"]), Vars));

    [Fact]
    public void All_needs_every_part() =>
        Assert.False(ConditionEvaluator.Holds(new AllCondition([new IsCondition("colour", ["blue"]), new IsCondition("ok", ["no"])]), Vars));

    [Fact]
    public void All_holds_when_every_part_holds() =>
        Assert.True(ConditionEvaluator.Holds(new AllCondition([new IsCondition("colour", ["blue"]), new IsCondition("ok", ["yes"])]), Vars));

    [Fact]
    public void Any_needs_one_part() =>
        Assert.True(ConditionEvaluator.Holds(new AnyCondition([new IsCondition("colour", ["red"]), new IsCondition("ok", ["yes"])]), Vars));

    [Fact]
    public void Any_fails_when_no_part_holds() =>
        Assert.False(ConditionEvaluator.Holds(new AnyCondition([new IsCondition("colour", ["red"]), new IsCondition("ok", ["no"])]), Vars));

    [Fact]
    public void Nesting_is_evaluated_inside_out() =>
        Assert.True(ConditionEvaluator.Holds(
            new AllCondition([new IsCondition("colour", ["blue"]), new AnyCondition([new IsCondition("ok", ["no"]), new IsCondition("colour", ["blue"])])]),
            Vars));
}
