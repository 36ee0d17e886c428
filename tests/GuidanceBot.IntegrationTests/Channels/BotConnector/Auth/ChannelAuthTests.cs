using System.Net;
using Microsoft.IdentityModel.Tokens;
using GuidanceBot.Channels.BotConnector.Auth;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>Inbound Bot Connector tokens, end to end through the real pipeline with locally signed tokens.</summary>
public sealed class ChannelAuthTests(ChannelAuthTests.Bot bot) : IClassFixture<ChannelAuthTests.Bot>
{
    public sealed class Bot : IDisposable
    {
        public ChannelAuthBot Value { get; } = new();
        public void Dispose() => Value.Dispose();
    }

    private ChannelAuthBot App => bot.Value;
    private TestSigningKey Key => App.Key;

    private async Task AssertUnauthorized(HttpResponseMessage response, AuthCheck check)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // Nothing about the failure leaks to the caller; the log names the check.
        Assert.Equal("""{"error":{"code":"Unauthorized"}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(check.ToString(), App.FailedChecks[^1]);
    }

    [Fact]
    public async Task Valid_token_is_accepted()
    {
        var response = await App.PostWithToken(Key.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        await AssertUnauthorized(await App.PostWithToken(Key.Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6))), AuthCheck.Lifetime);
    }

    [Fact]
    public async Task Token_expired_within_the_five_minute_skew_is_accepted()
    {
        var now = DateTime.UtcNow;
        var response = await App.PostWithToken(Key.Token(notBefore: now.AddHours(-1), expires: now.AddMinutes(-4)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_not_yet_valid_is_refused()
    {
        var now = DateTime.UtcNow;
        await AssertUnauthorized(await App.PostWithToken(Key.Token(notBefore: now.AddMinutes(6), expires: now.AddHours(1))), AuthCheck.Lifetime);
    }

    [Fact]
    public async Task Wrong_issuer_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Key.Token(issuer: "https://api.botframework.com/")), AuthCheck.Issuer);

    [Fact]
    public async Task Wrong_audience_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Key.Token(audience: "00000000-0000-0000-0000-000000000bad")), AuthCheck.Audience);

    [Fact]
    public async Task Token_from_an_unknown_key_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(new TestSigningKey("stranger", "msteams").Token()), AuthCheck.SigningKey);

    [Fact]
    public async Task Token_signed_by_another_key_under_a_known_kid_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(new TestSigningKey(Key.Kid, "msteams").Token()), AuthCheck.Signature);

    [Fact]
    public async Task Tampered_signature_is_refused()
    {
        var parts = Key.Token().Split('.');
        var signature = parts[2].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        await AssertUnauthorized(await App.PostWithToken($"{parts[0]}.{parts[1]}.{new string(signature)}"), AuthCheck.Signature);
    }

    [Fact]
    public async Task Tampered_payload_is_refused()
    {
        var parts = Key.Token().Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(ChannelAuthBot.ServiceUrl, "https://evil.test/");
        await AssertUnauthorized(await App.PostWithToken($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}"), AuthCheck.Signature);
    }

    [Fact]
    public async Task Unsigned_token_is_refused()
    {
        var parts = Key.Token().Split('.');
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","kid":"{{Key.Kid}}","typ":"JWT"}""");
        var response = await App.PostWithToken($"{header}.{parts[1]}.");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RS512_token_is_accepted()
    {
        var response = await App.PostWithToken(Key.Token(algorithm: SecurityAlgorithms.RsaSha512));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Algorithm_outside_RS256_384_512_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Key.Token(algorithm: SecurityAlgorithms.RsaSsaPssSha256)), AuthCheck.Algorithm);

    [Fact]
    public async Task Unendorsed_channel_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Key.Token(), ChannelAuthBot.Message(channelId: "slack")), AuthCheck.Endorsement);

    [Fact]
    public async Task Service_url_other_than_the_tokens_is_refused() =>
        await AssertUnauthorized(
            await App.PostWithToken(Key.Token(), ChannelAuthBot.Message(serviceUrl: "https://smba.test/teams/other/")), AuthCheck.ServiceUrl);

    [Fact]
    public async Task Token_without_a_service_url_claim_is_refused() =>
        await AssertUnauthorized(await App.PostWithToken(Key.Token(serviceUrl: null)), AuthCheck.ServiceUrl);

    [Fact]
    public async Task Service_url_differing_only_in_case_is_accepted()
    {
        var response = await App.PostWithToken(Key.Token(), ChannelAuthBot.Message(serviceUrl: ChannelAuthBot.ServiceUrl.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_header_is_refused() =>
        await AssertUnauthorized(await App.Post(authorization: null), AuthCheck.Header);

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer abc.def.ghi")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Malformed_header_is_refused(string header) =>
        await AssertUnauthorized(await App.Post(header), AuthCheck.Header);

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJ.x")]
    public async Task Garbage_token_is_refused(string token) =>
        await AssertUnauthorized(await App.PostWithToken(token), AuthCheck.Token);

    [Theory]
    [InlineData("""{"iss":5,"aud":"x"}""")]
    [InlineData("""{"iss":["https://api.botframework.com"]}""")]
    [InlineData("""{"iss":null}""")]
    public async Task Token_whose_issuer_is_not_a_string_is_a_401(string payload)
    {
        var header = Base64UrlEncoder.Encode($$"""{"alg":"RS256","kid":"{{Key.Kid}}","typ":"JWT"}""");
        var response = await App.PostWithToken($"{header}.{Base64UrlEncoder.Encode(payload)}.{Key.Token().Split('.')[2]}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_body_with_no_token_is_a_401_not_a_400()
    {
        var response = await App.Post(authorization: null, body: "{ not json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_is_open_without_a_token()
    {
        var response = await App.Factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Logs_never_contain_the_token()
    {
        var token = Key.Token(audience: "00000000-0000-0000-0000-000000000bad");
        await App.PostWithToken(token);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }
}
