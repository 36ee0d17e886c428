using GuidanceBot.Channels.BotConnector.Auth;
namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class ServiceUrlCheckTests
{
    [Fact]
    public void Matches_SameUrl_IsTrue() => Assert.True(ServiceUrlCheck.Matches("https://smba.test/teams/", "https://smba.test/teams/"));

    [Fact]
    public void Matches_DifferentCase_IsTrue() => Assert.True(ServiceUrlCheck.Matches("https://smba.test/teams/", "HTTPS://SMBA.TEST/TEAMS/"));

    [Theory]
    [InlineData("https://smba.test/teams")]
    [InlineData("https://smba.test/teams/x")]
    [InlineData("https://smba.test.evil/teams/")]
    [InlineData("http://smba.test/teams/")]
    public void Matches_AnyOtherString_IsFalse(string activityUrl) => Assert.False(ServiceUrlCheck.Matches("https://smba.test/teams/", activityUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Matches_NoClaim_IsFalse(string? claim) => Assert.False(ServiceUrlCheck.Matches(claim, "https://smba.test/teams/"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Matches_NoActivityServiceUrl_IsFalse(string? activityUrl) => Assert.False(ServiceUrlCheck.Matches("https://smba.test/teams/", activityUrl));
}
