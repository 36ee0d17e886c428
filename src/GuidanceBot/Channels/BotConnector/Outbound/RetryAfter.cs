namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>Reads a response's Retry-After header, which may be a number of seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }
}
