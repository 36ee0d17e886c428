using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// The retry pipeline around each Connector call: total budget → retry → per-attempt timeout.
/// Built from Microsoft.Extensions.Http.Resilience; the two custom pieces are the status list
/// (Teams' guidance adds 412 and leaves out 501/505) and the Retry-After rule below.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    // 408 timeout, 412 (Teams lists it as transient), 429 throttled, and the gateway/server errors worth another try.
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.PreconditionFailed, HttpStatusCode.TooManyRequests,
        HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions options, TimeProvider time, ILogger logger)
    {
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                // Our own generator replaces the package's Retry-After reader so the same parse decides both whether and how long.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter.From(response, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    Log.ConnectorRetrying(logger, args.Context.GetRequestMessage()?.RequestUri?.Host, args.AttemptNumber + 1,
                        (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name, (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorOptions options, TimeProvider time)
    {
        if (outcome.Exception is not null)
            return HttpClientResiliencePredicates.IsTransient(outcome);
        var response = outcome.Result!;
        if (!Transient.Contains(response.StatusCode))
            return false;
        // Retrying before the server's Retry-After would only be throttled again; a wait beyond our budget means give up now.
        return RetryAfter.From(response, time.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter;
    }
}
