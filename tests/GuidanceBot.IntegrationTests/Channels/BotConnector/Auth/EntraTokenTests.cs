using System.Net;
using GuidanceBot.Channels.BotConnector.Auth;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Inbound tokens issued by Microsoft Entra for the bot's own tenant, signed by a locally minted key published in the
/// fake Entra keys document, end to end through the real pipeline beside Bot Framework tokens.
/// </summary>
public sealed class EntraTokenTests(EntraTokenTests.Bot bot) : IClassFixture<EntraTokenTests.Bot>
{
    public sealed class Bot : IDisposable
    {
        public ChannelAuthBot Value { get; } = new();
        public void Dispose() => Value.Dispose();
    }

    private ChannelAuthBot App => bot.Value;

    private string Entra(
        string issuer = EntraToken.V2Issuer, string audience = ChannelAuthBot.AppId, string? serviceUrl = null,
        Dictionary<string, object>? claims = null, DateTime? notBefore = null, DateTime? expires = null, TestSigningKey? key = null) =>
        (key ?? App.EntraKey).Token(audience, issuer, serviceUrl, notBefore, expires, claims: claims ?? EntraToken.Claims());

    private static string Message(string conversation, string serviceUrl = ChannelAuthBot.ConnectorHostServiceUrl) =>
        ChannelAuthBot.Message(conversation, serviceUrl: serviceUrl);

    private async Task AssertUnauthorized(HttpResponseMessage response, AuthCheck check)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"code":"Unauthorized"}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(check.ToString(), App.FailedChecks[^1]);
    }

    [Fact]
    public async Task V2_token_for_the_bots_tenant_is_accepted_and_replies_go_to_the_connector_host()
    {
        var response = await App.PostWithToken(Entra(), Message("entra-v2"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await App.DeliveryIdle();
        var replies = App.Connector.Requests.Where(r => r.Url.Contains("/conversations/entra-v2/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.StartsWith(ChannelAuthBot.ConnectorHostServiceUrl, r.Url));
    }

    [Fact]
    public async Task V1_token_for_the_bots_tenant_is_accepted()
    {
        var response = await App.PostWithToken(Entra(EntraToken.V1Issuer, claims: EntraToken.Claims(version: "1.0")), Message("entra-v1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_with_a_matching_service_url_claim_is_accepted_for_any_https_service_url()
    {
        var response = await App.PostWithToken(Entra(serviceUrl: ChannelAuthBot.ServiceUrl), Message("entra-claim", ChannelAuthBot.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_whose_service_url_claim_differs_from_the_activity_is_refused() =>
        await AssertUnauthorized(
            await App.PostWithToken(Entra(serviceUrl: ChannelAuthBot.ConnectorHostServiceUrl + "other/"), Message("entra-claim-other")),
            AuthCheck.ServiceUrl);

    [Theory]
    [InlineData("https://evil.test/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.test/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net:8443/teams/")]
    public async Task Token_without_a_service_url_claim_cannot_send_replies_off_the_connector_hosts(string serviceUrl) =>
        await AssertUnauthorized(await App.PostWithToken(Entra(), Message("entra-steer", serviceUrl)), AuthCheck.ServiceUrl);

    [Fact]
    public async Task Token_from_another_tenant_is_refused() =>
        await AssertUnauthorized(
            await App.PostWithToken(
                Entra($"https://login.microsoftonline.com/{EntraToken.OtherTenant}/v2.0", claims: EntraToken.Claims(EntraToken.OtherTenant)),
                Message("entra-other-tenant")),
            AuthCheck.Issuer);

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + ChannelAuthBot.TenantId + "/v2.0/")]
    [InlineData("https://sts.windows.net/" + ChannelAuthBot.TenantId)]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/" + ChannelAuthBot.TenantId + "/")]
    [InlineData("https://LOGIN.microsoftonline.com/" + ChannelAuthBot.TenantId + "/v2.0")]
    public async Task Issuer_other_than_the_tenants_two_forms_is_refused(string issuer) =>
        await AssertUnauthorized(await App.PostWithToken(Entra(issuer), Message("entra-issuer")), AuthCheck.Issuer);

    [Fact]
    public async Task Tenant_claim_naming_another_tenant_is_refused() =>
        await AssertUnauthorized(
            await App.PostWithToken(Entra(claims: EntraToken.Claims(EntraToken.OtherTenant)), Message("entra-tid")), AuthCheck.Tenant);

    [Fact]
    public async Task Wrong_audience_is_refused() =>
        await AssertUnauthorized(
            await App.PostWithToken(Entra(audience: "00000000-0000-0000-0000-000000000bad"), Message("entra-aud")), AuthCheck.Audience);

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        await AssertUnauthorized(
            await App.PostWithToken(Entra(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)), Message("entra-expired")), AuthCheck.Lifetime);
    }

    [Fact]
    public async Task Token_from_an_unknown_key_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Entra(key: new TestSigningKey("entra-stranger")), Message("entra-key")), AuthCheck.SigningKey);

    [Fact]
    public async Task Entra_issuer_signed_by_a_bot_framework_key_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Entra(key: App.Key), Message("entra-bf-key")), AuthCheck.SigningKey);

    [Fact]
    public async Task Bot_framework_issuer_signed_by_an_entra_key_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(App.EntraKey.Token()), AuthCheck.SigningKey);

    [Fact]
    public async Task Bot_framework_token_is_accepted_beside_entra_ones()
    {
        var response = await App.PostWithToken(App.Key.Token(), ChannelAuthBot.Message("entra-beside-bf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Entra tokens need the bot's tenant id; their key source failing leaves Bot Framework tokens working.</summary>
public sealed class EntraTokenSourceTests
{
    private static string Mint(ChannelAuthBot app) =>
        app.EntraKey.Token(issuer: EntraToken.V2Issuer, serviceUrl: null, claims: EntraToken.Claims());

    [Fact]
    public async Task Multi_tenant_bot_without_a_tenant_refuses_entra_tokens()
    {
        using var app = new ChannelAuthBot(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = null });

        var response = await app.PostWithToken(Mint(app), ChannelAuthBot.Message(serviceUrl: ChannelAuthBot.ConnectorHostServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AuthCheck.Issuer.ToString(), app.FailedChecks[^1]);
        Assert.Equal(0, app.Keys.EntraKeyFetches);
    }

    [Fact]
    public async Task Unreachable_entra_keys_refuse_entra_tokens_only()
    {
        using var app = new ChannelAuthBot(new() { ["EntraOpenIdMetadata"] = "https://entra.test/missing" });

        var entra = await app.PostWithToken(Mint(app), ChannelAuthBot.Message("entra-down", serviceUrl: ChannelAuthBot.ConnectorHostServiceUrl));
        var botFramework = await app.PostWithToken(app.Key.Token(), ChannelAuthBot.Message("bf-up"));

        Assert.Equal(HttpStatusCode.Unauthorized, entra.StatusCode);
        Assert.Equal(AuthCheck.Metadata.ToString(), app.FailedChecks[^1]);
        Assert.Equal(HttpStatusCode.OK, botFramework.StatusCode);
    }

    [Fact]
    public async Task Entra_keys_are_fetched_once_and_bot_framework_keys_not_for_entra_tokens()
    {
        using var app = new ChannelAuthBot();

        await app.PostWithToken(Mint(app), ChannelAuthBot.Message("entra-cache-1", serviceUrl: ChannelAuthBot.ConnectorHostServiceUrl));
        var second = await app.PostWithToken(Mint(app), ChannelAuthBot.Message("entra-cache-2", serviceUrl: ChannelAuthBot.ConnectorHostServiceUrl));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, app.Keys.EntraKeyFetches);
        Assert.Equal(0, app.Keys.KeyFetches);
    }
}
