using System.Net;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

public sealed class ConnectorClientTests
{
    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Theory]
    [InlineData("19:abc@thread.skype;messageid=1498171086622", "19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622")]
    [InlineData("a:1Xy", "a%3A1Xy")]
    public async Task ReplyToActivity_posts_to_the_activity_path_with_ids_escaped(string conversationId, string escaped)
    {
        await using var harness = new OutboundHarness();

        await harness.Client.ReplyToActivityAsync("https://smba.example/teams/", conversationId, "1:act@x;y", Message("hi"));

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"https://smba.example/teams/v3/conversations/{escaped}/activities/1%3Aact%40x%3By", request.Url);
    }

    [Theory]
    [InlineData("https://smba.example/amer")]
    [InlineData("https://smba.example/amer/")]
    public async Task SendToConversation_adds_a_slash_to_the_service_url_only_when_missing(string serviceUrl)
    {
        await using var harness = new OutboundHarness();

        await harness.Client.SendToConversationAsync(serviceUrl, "a:1Xy", Message("hi"));

        Assert.Equal("https://smba.example/amer/v3/conversations/a%3A1Xy/activities", Assert.Single(harness.Connector.Requests).Url);
    }

    [Fact]
    public async Task UpdateActivity_puts_to_the_activity_path_and_names_that_activity_in_the_body()
    {
        await using var harness = new OutboundHarness();

        await harness.Client.UpdateActivityAsync("https://smba.example/", "a:1Xy", "1:old", Message("new") with { Id = "stale", Timestamp = "2026-01-01T00:00:00Z" });

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("https://smba.example/v3/conversations/a%3A1Xy/activities/1%3Aold", request.Url);
        Assert.Equal("1:old", request.Json.GetProperty("id").GetString());
        Assert.False(request.Json.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task New_activities_keep_the_id_they_were_given_on_every_attempt_and_no_timestamp()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Attempt == 0
            ? FakeConnector.Status(HttpStatusCode.GatewayTimeout)
            : FakeConnector.Created("x"));
        var activity = Message("hi") with { Id = "gb-1", Timestamp = "2026-01-01T00:00:00Z", Locale = "en-US" };

        await harness.Client.ReplyToActivityAsync("https://smba.example/", "a:1Xy", "1:act", activity);
        await harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", activity);

        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.All(harness.Connector.Requests, request =>
        {
            // A retried POST carries the same id, so the channel can tell it from a second message.
            Assert.Equal("gb-1", request.Json.GetProperty("id").GetString());
            Assert.False(request.Json.TryGetProperty("timestamp", out _));
            Assert.Equal("en-US", request.Json.GetProperty("locale").GetString());
        });
    }

    [Fact]
    public async Task A_created_answer_returns_the_channel_id()
    {
        await using var harness = new OutboundHarness();

        var receipt = await harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Message("hi"));

        Assert.Equal("1:server-id", receipt.Id);
    }

    [Fact]
    public async Task An_accepted_answer_without_body_returns_no_id()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => Task.FromResult(FakeConnector.Status(HttpStatusCode.Accepted));

        var receipt = await harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Message("hi"));

        Assert.Null(receipt.Id);
    }

    [Fact]
    public async Task A_refusal_throws_with_status_error_code_and_correlation_id_but_not_the_body_text()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) =>
        {
            var response = FakeConnector.Status(HttpStatusCode.RequestEntityTooLarge);
            response.Headers.Add("X-Correlating-OperationId", "op-42");
            response.Content = new StringContent("""{"error":{"code":"MessageSizeTooBig","message":"echo of secret words"}}""");
            return Task.FromResult(response);
        };

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Message("secret words")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.StatusCode);
        Assert.Equal("MessageSizeTooBig", error.ErrorCode);
        Assert.Equal("op-42", error.CorrelatingOperationId);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public async Task A_relative_service_url_is_rejected_before_any_call()
    {
        await using var harness = new OutboundHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendToConversationAsync("/v3", "a:1Xy", Message("hi")));
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header()
    {
        await using var harness = new OutboundHarness();

        await harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Message("hi"));

        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_registered_token_source_puts_a_bearer_token_on_every_attempt()
    {
        var issued = 0;
        await using var harness = new OutboundHarness(services =>
            services.AddSingleton<ConnectorTokenSource>(_ => Task.FromResult<string?>($"token-{Interlocked.Increment(ref issued)}")));
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Attempt == 0 ? FakeConnector.Status(HttpStatusCode.BadGateway) : FakeConnector.Created("1"));

        await harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Message("hi"));

        Assert.Equal(["Bearer token-1", "Bearer token-2"], harness.Connector.Requests.Select(r => r.Authorization));
    }
}
