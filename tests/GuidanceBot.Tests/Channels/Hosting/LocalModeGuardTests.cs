using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Tests.Channels.Hosting;

/// <summary>Local mode listens on loopback only and knows every header a proxy or tunnel adds.</summary>
public sealed class LocalModeGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:3978;https://+:443", new[] { "http://localhost:3978", "https://localhost:443" })]
    [InlineData("http://*:5000", new[] { "http://localhost:5000" })]
    [InlineData("http://[::]:8080/", new[] { "http://localhost:8080" })]
    [InlineData("http://192.168.1.5:80; http://example.org:81", new[] { "http://localhost:80", "http://localhost:81" })]
    [InlineData("https://bot.example.org", new[] { "https://localhost:443" })]
    [InlineData("http://[::]", new[] { "http://localhost:80" })]
    [InlineData("http://localhost:3978;http://127.0.0.1:3978", new[] { "http://localhost:3978" })]
    public void Every_configured_address_becomes_loopback_on_the_same_port(string urls, string[] expected)
    {
        Assert.Equal(expected, LocalModeGuard.LoopbackUrls(urls));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_configured_address_is_the_default_port_on_loopback(string? urls)
    {
        Assert.Equal(["http://localhost:5000"], LocalModeGuard.LoopbackUrls(urls));
    }

    [Theory]
    [InlineData("X-Real-IP")]
    [InlineData("x-client-ip")]
    [InlineData("CF-Connecting-IP")]
    [InlineData("True-Client-IP")]
    [InlineData("Via")]
    [InlineData("X-Original-For")]
    [InlineData("X-Original-Host")]
    [InlineData("X-Forwarded-Proto")]
    [InlineData("X-Forwarded-For")]
    [InlineData("Forwarded")]
    public void A_header_a_proxy_adds_is_recognised_whatever_its_case(string name)
    {
        Assert.True(LocalModeGuard.IsProxyHeader(name));
        Assert.True(LocalModeGuard.IsProxyHeader(name.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("Content-Type")]
    [InlineData("User-Agent")]
    [InlineData("Authorization")]
    public void An_ordinary_header_is_not_a_proxy_header(string name)
    {
        Assert.False(LocalModeGuard.IsProxyHeader(name));
    }
}
