using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

public sealed class ConnectorRetryTests
{
    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "hello" };

    private static Task<ResourceResponse> Send(OutboundHarness harness) =>
        harness.Client.SendToConversationAsync("https://smba.example/", "a:1Xy", Hello);

    [Fact]
    public async Task Throttled_with_retry_after_one_second_is_sent_again_after_that_second_and_delivered_once()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Attempt == 0
            ? FakeConnector.Status(HttpStatusCode.TooManyRequests, retryAfter: "1")
            : FakeConnector.Created("1"));

        await Send(harness).WaitAsync(OutboundHarness.Patience);

        var requests = harness.Connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Single(harness.Connector.Delivered);
        // The configured backoff is 1 ms; only the header explains a wait of about a second (small margin for timer granularity).
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950), $"waited only {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Unavailable_twice_then_created_is_delivered()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Attempt < 2
            ? FakeConnector.Status(HttpStatusCode.ServiceUnavailable)
            : FakeConnector.Created("1:third"));

        var receipt = await Send(harness).WaitAsync(OutboundHarness.Patience);

        Assert.Equal("1:third", receipt.Id);
        Assert.Equal(3, harness.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried(HttpStatusCode status)
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => Task.FromResult(request.Attempt == 0 ? FakeConnector.Status(status) : FakeConnector.Created("1"));

        await Send(harness).WaitAsync(OutboundHarness.Patience);

        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Other_failures_are_not_retried(HttpStatusCode status)
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => Task.FromResult(FakeConnector.Status(status));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(harness).WaitAsync(OutboundHarness.Patience));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task A_network_error_is_retried()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (request, _) => request.Attempt == 0
            ? throw new HttpRequestException("connection reset")
            : Task.FromResult(FakeConnector.Created("1"));

        await Send(harness).WaitAsync(OutboundHarness.Patience);

        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task A_hung_attempt_times_out_and_is_retried()
    {
        await using var harness = new OutboundHarness(settings: new Dictionary<string, string?> { ["Connector:AttemptTimeout"] = "00:00:00.100" });
        harness.Connector.Respond = async (request, ct) =>
        {
            if (request.Attempt == 0)
                await Task.Delay(Timeout.Infinite, ct);
            return FakeConnector.Created("1");
        };

        await Send(harness).WaitAsync(OutboundHarness.Patience);

        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.Single(harness.Connector.Delivered);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts_and_the_last_status_surfaces()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => Task.FromResult(FakeConnector.Status(HttpStatusCode.InternalServerError));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(harness).WaitAsync(OutboundHarness.Patience));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.Equal([1, 2, 3], harness.Logs.Named("ConnectorRetrying").Select(e => (int)e.State["Attempt"]!));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_budget_fails_at_once_rather_than_retrying_early()
    {
        await using var harness = new OutboundHarness();
        harness.Connector.Respond = (_, _) => Task.FromResult(FakeConnector.Status(HttpStatusCode.TooManyRequests, retryAfter: "3600"));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(harness).WaitAsync(OutboundHarness.Patience));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(harness.Connector.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }
}
