using Microsoft.IdentityModel.Protocols;
using GuidanceBot.Channels.BotConnector.Auth;

namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class TokenSourceTests
{
    private static readonly SigningKeys NoKeys = new(new Uri("https://keys.test/meta"), new FileDocumentRetriever(), TimeProvider.System);

    private static readonly TokenSource[] Sources =
    [
        new(TokenIssuer.BotFramework, [AuthSettings.Issuer], NoKeys),
        new(TokenIssuer.Entra, ["https://sts.windows.net/t/", "https://login.microsoftonline.com/t/v2.0"], NoKeys),
    ];

    [Theory]
    [InlineData("https://api.botframework.com", TokenIssuer.BotFramework)]
    [InlineData("https://sts.windows.net/t/", TokenIssuer.Entra)]
    [InlineData("https://login.microsoftonline.com/t/v2.0", TokenIssuer.Entra)]
    public void For_ExactIssuer_IsItsSource(string issuer, TokenIssuer expected) =>
        Assert.Equal(expected, TokenSource.For(Sources, issuer)?.Kind);

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("HTTPS://API.BOTFRAMEWORK.COM")]
    [InlineData("https://sts.windows.net/t")]
    [InlineData("https://login.microsoftonline.com/other/v2.0")]
    [InlineData("")]
    [InlineData(null)]
    public void For_AnyOtherIssuer_IsNone(string? issuer) => Assert.Null(TokenSource.For(Sources, issuer));
}
