using Microsoft.Extensions.Primitives;
using GuidanceBot.Channels.BotConnector.Auth;

namespace GuidanceBot.Tests.Channels.BotConnector.Auth;

public sealed class BearerHeaderTests
{
    [Fact]
    public void Token_BearerAndToken_ReturnsToken() => Assert.Equal("a.b.c", BearerHeader.Token("Bearer a.b.c"));

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer a.b.c")]
    [InlineData("BEARER a.b.c")]
    [InlineData("Basic a.b.c")]
    [InlineData("Bearer a.b.c extra")]
    [InlineData("Bearer  a.b.c")]
    [InlineData(" Bearer a.b.c")]
    public void Token_AnyOtherShape_ReturnsNull(string header) => Assert.Null(BearerHeader.Token(header));

    [Fact]
    public void Token_NoHeader_ReturnsNull() => Assert.Null(BearerHeader.Token(StringValues.Empty));

    [Fact]
    public void Token_TwoHeaders_ReturnsNull() => Assert.Null(BearerHeader.Token(new StringValues(["Bearer a.b.c", "Bearer d.e.f"])));
}
