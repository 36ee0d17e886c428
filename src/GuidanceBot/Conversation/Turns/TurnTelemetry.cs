using System.Diagnostics;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Understanding;
using Span = System.Diagnostics.Activity;

namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// One turn's span (<see cref="SpanName"/>) and its measurements. Values are constants, or ids from the content through
/// <see cref="TurnFacts"/>; the activity's own fields never are, so a worker's words cannot reach a trace or a metric.
/// </summary>
internal sealed class TurnTelemetry : IDisposable
{
    public const string SpanName = "guidancebot.turn";

    public const string ActivityTypeKey = "guidancebot.activity.type";
    public const string StatusKey = "guidancebot.turn.status";
    public const string AttemptsKey = "guidancebot.turn.attempts";
    public const string RepliesKey = "guidancebot.replies";
    public const string ReplyKindKey = "guidancebot.reply.kind";
    public const string WalkKey = "guidancebot.walk.id";
    public const string StepKey = "guidancebot.step.id";
    public const string OutcomeKey = "guidancebot.outcome.id";
    public const string WalkStartedKey = "guidancebot.walk.started";
    public const string WalkFinishedKey = "guidancebot.walk.finished";
    public const string RiskCategoryKey = "guidancebot.risk.category";
    public const string NotUnderstoodKey = "guidancebot.not_understood";
    public const string RankedWalksKey = "guidancebot.understanding.walk_ids";
    public const string BandKey = "guidancebot.understanding.band";
    public const string RiskKey = "guidancebot.understanding.risk";
    public const string ProcedureQuestionKey = "guidancebot.understanding.procedure_question";
    public const string ModelKey = "guidancebot.understanding.model";
    public const string ErrorTypeKey = "error.type";

    /// <summary>Activity types named as they are; any other (a client can send anything) is "other".</summary>
    private static readonly HashSet<string> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Typing, "event", "messageReaction", "messageUpdate", "messageDelete", "endOfConversation",
    ];

    private readonly Span? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly string _type;
    private string _status = "error";

    private TurnTelemetry(string type)
    {
        _type = type;
        _span = Telemetry.Source.StartActivity(SpanName, ActivityKind.Internal);
        _span?.SetTag(ActivityTypeKey, type);
    }

    public static TurnTelemetry Start(string? activityType) =>
        new(activityType is not null && KnownTypes.Contains(activityType) ? activityType : "other");

    public void Ended(TurnStatus status) => _status = status switch
    {
        TurnStatus.Ran => "ran",
        TurnStatus.Ignored => "ignored",
        TurnStatus.NotImplemented => "not_implemented",
        _ => "bad_invoke",
    };

    /// <summary>The exception's type only: its message may quote what it was given.</summary>
    public void Failed(Exception exception)
    {
        _status = "error";
        _span?.SetTag(ErrorTypeKey, exception.GetType().FullName);
        _span?.SetStatus(ActivityStatusCode.Error);
    }

    public void Ran(TurnFacts facts, int attempts)
    {
        if (facts.WalkStarted is { } started) Telemetry.WalksStarted.Add(1, new KeyValuePair<string, object?>(WalkKey, started));
        if (facts.WalkFinished is { } finished)
        {
            Telemetry.WalksFinished.Add(1, new KeyValuePair<string, object?>(WalkKey, finished));
            Telemetry.Outcomes.Add(1, new(WalkKey, finished), new(OutcomeKey, facts.OutcomeId));
        }
        if (facts.RiskCategory is { } risk) Telemetry.RiskRouted.Add(1, new KeyValuePair<string, object?>(RiskCategoryKey, risk));
        if (facts.NotUnderstood is { } kind) Telemetry.NotUnderstood.Add(1, new KeyValuePair<string, object?>(ReplyKindKey, kind));

        if (_span is not { IsAllDataRequested: true } span) return;
        span.SetTag(AttemptsKey, attempts);
        span.SetTag(RepliesKey, facts.ReplyKinds.ToArray());
        span.SetTag(WalkKey, facts.WalkId);
        span.SetTag(StepKey, facts.StepId);
        span.SetTag(OutcomeKey, facts.OutcomeId);
        if (facts.WalkStarted is not null) span.SetTag(WalkStartedKey, true);
        if (facts.WalkFinished is not null) span.SetTag(WalkFinishedKey, true);
        if (facts.NotUnderstood is not null) span.SetTag(NotUnderstoodKey, true);
        span.SetTag(RiskCategoryKey, facts.RiskCategory ?? facts.Understood?.RiskCategory);
        if (facts.Understood is { } understood)
        {
            span.SetTag(RankedWalksKey, understood.WalkIds.ToArray());
            span.SetTag(BandKey, Band(understood.Band));
            span.SetTag(RiskKey, understood.RiskCategory is not null);
            span.SetTag(ProcedureQuestionKey, understood.AsksAboutTheProcedure);
            span.SetTag(ModelKey, understood.UsedModel);
        }
    }

    private static string Band(Confidence band) => band switch
    {
        Confidence.Confident => "confident",
        Confidence.Unsure => "unsure",
        _ => "none",
    };

    public void Dispose()
    {
        KeyValuePair<string, object?>[] tags = [new(ActivityTypeKey, _type), new(StatusKey, _status)];
        Telemetry.Turns.Add(1, tags);
        Telemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        _span?.SetTag(StatusKey, _status);
        _span?.Dispose();
    }
}
