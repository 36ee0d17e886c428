using System.Net;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;
using GuidanceBot.IntegrationTests.Instances;

namespace GuidanceBot.IntegrationTests;

/// <summary>GET /readyz: ASP.NET Core health checks for content, the state store and, with an app id, the signing keys.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Local_mode_in_memory_is_ready_with_content_and_state_store_checked()
    {
        using var bot = new BotFactory();
        var ready = await RedisBots.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal(new Dictionary<string, string> { ["content"] = "Healthy", ["state-store"] = "Healthy" }, ready.Checks);
    }

    [Fact]
    public async Task With_redis_the_state_store_check_pings_it()
    {
        using var bot = RedisBots.Instance(RedisServer.Shared);
        var ready = await RedisBots.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Checks["state-store"]);
    }

    private static BotFactory KeyedBot(SwitchableKeyServer keys) => new()
    {
        Settings =
        {
            ["MicrosoftAppId"] = ChannelAuthBot.AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = ChannelAuthBot.TenantId,
            ["BotOpenIdMetadata"] = FakeKeyServer.MetadataUrl,
            ["EntraOpenIdMetadata"] = FakeKeyServer.EntraMetadataUrl,
        },
        TestServices = services => services.AddHttpClient(AuthSettings.MetadataClient).ConfigurePrimaryHttpMessageHandler(() => keys),
    };

    [Fact]
    public async Task With_an_app_id_it_is_not_ready_until_the_signing_keys_are_fetched()
    {
        var keys = new SwitchableKeyServer();
        using var bot = KeyedBot(keys);

        var down = await RedisBots.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal("Unhealthy", down.Checks["signing-keys"]);
        Assert.Equal("Healthy", down.Checks["content"]);

        keys.Up = true;
        var up = await RedisBots.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, up.Status);
        Assert.Equal("Healthy", up.Checks["signing-keys"]);
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("hanging")]
    public async Task Entra_keys_out_of_reach_degrade_readiness_but_leave_the_instance_ready(string how)
    {
        // Teams sends Bot Connector tokens today: only their keys decide whether an instance gets traffic.
        var keys = how == "refused"
            ? new SwitchableKeyServer { Up = true, Refuse = FakeKeyServer.EntraMetadataUrl }
            : new SwitchableKeyServer { Up = true, Hang = FakeKeyServer.EntraMetadataUrl };
        using var bot = KeyedBot(keys);

        var ready = await RedisBots.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Degraded", ready.Checks["signing-keys"]);
    }

    [Fact]
    public async Task Readyz_needs_no_token_with_an_app_id_and_its_body_names_checks_only()
    {
        using var auth = new ChannelAuthBot();
        var response = await auth.Factory.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("login.test", body, StringComparison.Ordinal); // no addresses, no exception text
        Assert.Equal(["content", "signing-keys", "state-store"], (await RedisBots.ReadyAsync(auth.Factory)).Checks.Keys.Order());
    }

    /// <summary>The keys endpoint answering 503 until <see cref="Up"/>, then the fake metadata and keys.</summary>
    private sealed class SwitchableKeyServer : DelegatingHandler
    {
        public volatile bool Up;

        /// <summary>An address answered 503 even when up.</summary>
        public string? Refuse { get; init; }

        /// <summary>An address that never answers (until the caller gives up).</summary>
        public string? Hang { get; init; }

        public SwitchableKeyServer() : base(Keys()) { }

        private static FakeKeyServer Keys()
        {
            var server = new FakeKeyServer(new TestSigningKey("key-1", "msteams"));
            server.AddEntra(new TestSigningKey("entra-1"));
            return server;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsoluteUri == Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
            return Up && request.RequestUri!.AbsoluteUri != Refuse
                ? await base.SendAsync(request, cancellationToken)
                : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
    }
}
