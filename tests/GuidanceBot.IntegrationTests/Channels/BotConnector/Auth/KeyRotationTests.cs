using System.Net;
using GuidanceBot.Channels.BotConnector.Auth;
namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>Signing keys are cached; a new key is fetched on first sight, but no more often than the refresh interval.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Key_added_after_start_is_accepted_after_one_refresh()
    {
        using var app = new ChannelAuthBot();
        Assert.Equal(HttpStatusCode.OK, (await app.PostWithToken(app.Key.Token())).StatusCode);
        Assert.Equal(1, app.Keys.KeyFetches);

        var rotated = new TestSigningKey("key-2", "msteams");
        app.Keys.Add(rotated);
        var response = await app.PostWithToken(rotated.Token(), ChannelAuthBot.Message("rotation-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Keys.KeyFetches);

        // Later requests signed by the new key are served from the refreshed copy, without another fetch.
        Assert.Equal(HttpStatusCode.OK, (await app.PostWithToken(rotated.Token(), ChannelAuthBot.Message("rotation-2"))).StatusCode);
        Assert.Equal(2, app.Keys.KeyFetches);
    }

    [Fact]
    public async Task Unknown_keys_do_not_refetch_within_the_refresh_interval()
    {
        using var app = new ChannelAuthBot();
        await app.PostWithToken(new TestSigningKey("stranger-1").Token());
        Assert.Equal(2, app.Keys.KeyFetches);

        var response = await app.PostWithToken(new TestSigningKey("stranger-2").Token());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AuthCheck.SigningKey.ToString(), app.FailedChecks[^1]);
        Assert.Equal(2, app.Keys.KeyFetches);
        Assert.Equal([true, false], app.Logs.Named("SigningKeyUnknown").Select(e => (bool)e.State["Refreshed"]!));
    }

    [Fact]
    public async Task Unreachable_metadata_is_a_401_not_a_500()
    {
        using var app = new ChannelAuthBot(new() { ["BotOpenIdMetadata"] = "https://login.test/missing" });
        var response = await app.PostWithToken(app.Key.Token());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AuthCheck.Metadata.ToString(), app.FailedChecks[^1]);
    }
}
