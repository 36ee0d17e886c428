namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Retry and timeout bounds for Connector calls, bound from configuration section <c>Connector</c>.
/// Defaults keep one call (all attempts and waits) well under a minute; tests shrink the delays to milliseconds.
/// </summary>
public sealed record ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Attempts per call, the first included (Teams asks for backoff, not persistence).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff step; later steps grow exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on one computed backoff step (not on a server's Retry-After, which is honoured as sent).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>A Retry-After longer than this is not waited out: the call fails instead of retrying early.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for the whole call, attempts and waits together.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Typing and card updates: one attempt, given up after this (they only polish the conversation).</summary>
    public TimeSpan BestEffortTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Reply batches one conversation may have waiting; past it the turn is refused with 503 and Retry-After.</summary>
    public int MaxQueuedPerConversation { get; init; } = 8;

    /// <summary>Reply batches waiting across all conversations; past it every turn that would queue is refused the same way.</summary>
    public int MaxQueued { get; init; } = 5000;

    internal IEnumerable<string> Problems()
    {
        if (MaxQueuedPerConversation < 1 || MaxQueued < MaxQueuedPerConversation) yield return "MaxQueuedPerConversation must be at least 1 and MaxQueued at least that.";
        if (MaxAttempts < 1) yield return "MaxAttempts must be at least 1.";
        if (BaseDelay < TimeSpan.Zero) yield return "BaseDelay must not be negative.";
        if (MaxDelay < BaseDelay) yield return "MaxDelay must not be below BaseDelay.";
        if (MaxRetryAfter < TimeSpan.Zero) yield return "MaxRetryAfter must not be negative.";
        // Polly's timeout strategy refuses anything under 10 ms.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10)) yield return "AttemptTimeout must be at least 10 ms.";
        if (BestEffortTimeout < TimeSpan.FromMilliseconds(10)) yield return "BestEffortTimeout must be at least 10 ms.";
        if (TotalTimeout < AttemptTimeout) yield return "TotalTimeout must not be below AttemptTimeout.";
    }
}
