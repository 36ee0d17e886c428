using System.Net;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// Outbound with MicrosoftAppType=UserAssignedMSI: replies carry a token from the host's managed identity endpoint
/// (stubbed), asked for the Bot Framework resource and the bot's app id as the identity's client id, with no secret.
/// </summary>
public sealed class ManagedIdentityTokenTests
{
    // MSAL shares one token cache among managed identity apps in a process: a fresh app id per test keeps each test's cache its own.
    private static ChannelAuthBot Bot(string appId) => new(new()
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = null,
    });

    private static string NewAppId() => Guid.NewGuid().ToString();

    private static Task<HttpResponseMessage> Post(ChannelAuthBot app, string appId, string conversation) =>
        app.PostWithToken(app.Key.Token(audience: appId), ChannelAuthBot.Message(conversation));

    [Fact]
    public async Task Imds_token_is_asked_once_for_the_bot_framework_resource_and_carried_on_connector_calls()
    {
        using var environment = new ManagedIdentityEnvironment();
        var appId = NewAppId();
        using var app = Bot(appId);

        Assert.Equal(HttpStatusCode.OK, (await Post(app, appId, "msi-1")).StatusCode);
        await app.DeliveryIdle();
        Assert.Equal(HttpStatusCode.OK, (await Post(app, appId, "msi-2")).StatusCode);
        await app.DeliveryIdle();

        var request = Assert.Single(app.Login.IdentityRequests);
        Assert.Equal("http://169.254.169.254/metadata/identity/oauth2/token", request.Endpoint);
        Assert.Equal("https://api.botframework.com", request.Query["resource"]);
        Assert.Equal(appId, request.Query["client_id"]);
        Assert.Equal("true", request.Headers["Metadata"]);
        Assert.Empty(app.Login.TokenRequests);
        Assert.True(app.Connector.Requests.Count >= 2);
        Assert.All(app.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.ManagedIdentityToken, r.Authorization));
    }

    [Fact]
    public async Task App_service_endpoint_and_header_are_used_when_the_host_sets_them()
    {
        const string endpoint = "http://127.0.0.1:41741/msi/token";
        using var environment = new ManagedIdentityEnvironment(new() { ["IDENTITY_ENDPOINT"] = endpoint, ["IDENTITY_HEADER"] = "host-header-1" });
        var appId = NewAppId();
        using var app = Bot(appId);

        Assert.Equal(HttpStatusCode.OK, (await Post(app, appId, "msi-app-service")).StatusCode);
        await app.DeliveryIdle();

        var request = Assert.Single(app.Login.IdentityRequests);
        Assert.Equal(endpoint, request.Endpoint);
        Assert.Equal("host-header-1", request.Headers["X-IDENTITY-HEADER"]);
        Assert.Equal("https://api.botframework.com", request.Query["resource"]);
        Assert.Equal(appId, request.Query["client_id"]);
        Assert.All(app.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.ManagedIdentityToken, r.Authorization));
    }

    [Fact]
    public async Task Identity_endpoint_refusal_is_logged_and_the_bot_keeps_answering()
    {
        using var environment = new ManagedIdentityEnvironment();
        var appId = NewAppId();
        using var app = Bot(appId);
        app.Login.ManagedIdentityStatus = HttpStatusCode.BadRequest;

        Assert.Equal(HttpStatusCode.OK, (await Post(app, appId, "msi-down")).StatusCode);
        await app.DeliveryIdle();

        var failed = app.Logs.Named("ConnectorTokenFailed");
        Assert.NotEmpty(failed);
        Assert.All(failed, e => Assert.Equal("managed_identity_request_failed", e.State["ErrorCode"]));
        Assert.NotEmpty(app.Logs.Named("DeliveryFailed"));
        Assert.Empty(app.Connector.Requests);

        // The endpoint recovers: the next turn's replies go out with its token.
        app.Login.ManagedIdentityStatus = HttpStatusCode.OK;
        Assert.Equal(HttpStatusCode.OK, (await Post(app, appId, "msi-up")).StatusCode);
        await app.DeliveryIdle();
        Assert.NotEmpty(app.Connector.Requests);
        Assert.All(app.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.ManagedIdentityToken, r.Authorization));
    }
}
