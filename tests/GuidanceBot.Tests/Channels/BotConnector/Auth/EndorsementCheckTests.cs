using Microsoft.IdentityModel.Tokens;
using GuidanceBot.Channels.BotConnector.Auth;

namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class EndorsementCheckTests
{
    private static readonly JsonWebKeySet Keys = new("""
        {"keys":[
          {"kty":"RSA","kid":"k1","n":"AQAB","e":"AQAB","endorsements":["msteams","webchat"]},
          {"kty":"RSA","kid":"k2","n":"AQAB","e":"AQAB"},
          {"kty":"RSA","kid":"k3","n":"AQAB","e":"AQAB","endorsements":"msteams"}
        ]}
        """);

    [Fact]
    public void Endorses_ChannelInList_IsTrue() => Assert.True(EndorsementCheck.Endorses(["msteams", "webchat"], "webchat"));

    [Fact]
    public void Endorses_ChannelNotInList_IsFalse() => Assert.False(EndorsementCheck.Endorses(["msteams"], "slack"));

    [Fact]
    public void Endorses_DifferentCase_IsFalse() => Assert.False(EndorsementCheck.Endorses(["msteams"], "MSTeams"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Endorses_NoChannelId_IsFalse(string? channelId) => Assert.False(EndorsementCheck.Endorses(["msteams"], channelId));

    [Fact]
    public void Endorses_NoEndorsements_IsFalse() => Assert.False(EndorsementCheck.Endorses(null, "msteams"));

    [Fact]
    public void Of_KeyWithEndorsements_ReturnsThem() => Assert.Equal(["msteams", "webchat"], EndorsementCheck.Of(Keys, "k1"));

    [Fact]
    public void Of_KeyWithoutEndorsements_ReturnsNull() => Assert.Null(EndorsementCheck.Of(Keys, "k2"));

    [Fact]
    public void Of_EndorsementsNotAnArray_ReturnsNull() => Assert.Null(EndorsementCheck.Of(Keys, "k3"));

    [Theory]
    [InlineData("missing")]
    [InlineData("")]
    [InlineData(null)]
    public void Of_UnknownOrNoKid_ReturnsNull(string? kid) => Assert.Null(EndorsementCheck.Of(Keys, kid));
}
