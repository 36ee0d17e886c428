using System.Net;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.Hosting;
namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>Outbound: replies carry an MSAL client-credentials token, fetched once and then served from MSAL's cache.</summary>
public sealed class ConnectorTokenTests
{
    [Fact]
    public async Task Connector_calls_carry_the_token_and_a_second_call_reuses_it()
    {
        using var app = new ChannelAuthBot();

        Assert.Equal(HttpStatusCode.OK, (await app.PostWithToken(app.Key.Token(), ChannelAuthBot.Message("out-1"))).StatusCode);
        await app.DeliveryIdle();
        Assert.Equal(HttpStatusCode.OK, (await app.PostWithToken(app.Key.Token(), ChannelAuthBot.Message("out-2"))).StatusCode);
        await app.DeliveryIdle();

        Assert.True(app.Connector.Requests.Count >= 2);
        Assert.All(app.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, r.Authorization));
        Assert.All(app.Connector.Requests, r => Assert.StartsWith(ChannelAuthBot.ServiceUrl, r.Url));
        var (url, form) = Assert.Single(app.Login.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{ChannelAuthBot.TenantId}/oauth2/v2.0/token", url);
        Assert.Contains("grant_type=client_credentials", form);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form);
        Assert.Contains($"client_id={ChannelAuthBot.AppId}", form);
    }

    [Fact]
    public async Task Multi_tenant_bot_asks_the_botframework_com_tenant()
    {
        using var app = new ChannelAuthBot(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = null });

        await app.PostWithToken(app.Key.Token(), ChannelAuthBot.Message("out-multi"));
        await app.DeliveryIdle();

        var (url, _) = Assert.Single(app.Login.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", url);
        Assert.All(app.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, r.Authorization));
    }

    [Theory]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/tenant-a")]
    [InlineData(null, "https://login.microsoftonline.com/tenant-a")]
    [InlineData("multitenant", "https://login.microsoftonline.com/botframework.com")]
    public void Authority_AppType_IsTenantOrBotframework(string? appType, string expected) =>
        Assert.Equal(expected, ConnectorTokens.Authority(new ChannelSettings(appType, "00000000-0000-0000-0000-000000000001", "s", "tenant-a")));
}
