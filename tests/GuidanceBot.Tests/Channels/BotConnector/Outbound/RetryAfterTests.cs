using System.Net;
using GuidanceBot.Channels.BotConnector.Outbound;
namespace GuidanceBot.Tests.Channels.BotConnector.Outbound;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage With(string? header)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (header is not null) response.Headers.TryAddWithoutValidation("Retry-After", header);
        return response;
    }

    [Fact]
    public void Seconds_are_read_as_a_delay() => Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(With("7"), Now));

    [Fact]
    public void An_http_date_is_read_as_the_time_until_then() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(With("Sun, 01 Mar 2026 12:00:30 GMT"), Now));

    [Fact]
    public void A_date_in_the_past_means_retry_now() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(With("Sun, 01 Mar 2026 11:59:00 GMT"), Now));

    [Fact]
    public void No_header_means_no_server_delay() => Assert.Null(RetryAfter.From(With(null), Now));
}
