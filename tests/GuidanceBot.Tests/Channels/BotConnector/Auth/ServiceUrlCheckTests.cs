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

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams/")]
    [InlineData("HTTPS://SMBA.TRAFFICMANAGER.NET/teams/")]
    public void MatchesEntra_NoClaim_ConnectorHost_IsTrue(string activityUrl) => Assert.True(ServiceUrlCheck.MatchesEntra(null, activityUrl));

    [Theory]
    [InlineData("https://smba.test/teams/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.test/")]
    [InlineData("https://smba.trafficmanager.net.evil.test/teams/")]
    [InlineData("https://user@smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net:444/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("smba.trafficmanager.net/teams/")]
    [InlineData("")]
    [InlineData(null)]
    public void MatchesEntra_NoClaim_AnyOtherAddress_IsFalse(string? activityUrl) => Assert.False(ServiceUrlCheck.MatchesEntra(null, activityUrl));

    [Fact]
    public void MatchesEntra_Claim_MustMatchEvenOnAConnectorHost() =>
        Assert.False(ServiceUrlCheck.MatchesEntra("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/teams/"));

    [Fact]
    public void MatchesEntra_Claim_AllowsTheClaimedHost() =>
        Assert.True(ServiceUrlCheck.MatchesEntra("https://smba.test/teams/", "https://smba.test/teams/"));

    [Fact]
    public void MatchesEntra_EmptyClaim_IsFalse() =>
        Assert.False(ServiceUrlCheck.MatchesEntra("", "https://smba.trafficmanager.net/teams/"));
}
