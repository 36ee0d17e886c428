using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GuidanceBot;

/// <summary>
/// The bot's traces and metrics (System.Diagnostics; exported by OpenTelemetry when it is configured). Like the log,
/// they carry ids, bands, categories and counts, never what a worker typed. Metric tags are bounded: activity types,
/// statuses, and ids from the content (walks, outcomes, risk categories); never a conversation's id.
/// </summary>
internal static class Telemetry
{
    public const string Name = "GuidanceBot";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> RepliesUndelivered = Meter.CreateCounter<long>("guidancebot.replies.undelivered", "{activity}", "Replies the Connector could not take, after every retry");
    public static readonly Counter<long> RepliesRedelivered = Meter.CreateCounter<long>("guidancebot.replies.redelivered", "{activity}", "Replies shown again on a worker's next turn after they could not be delivered");

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("guidancebot.turns", "{turn}", "Activities through the turn entry point, by activity type and status");

    // Turns take a tenth of a millisecond to a few milliseconds, the sentence model tens; seconds mean a wait.
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("guidancebot.turn.duration", "s",
        "Time from an activity reaching the turn entry point to its replies being ready, state saved", tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static readonly Counter<long> WalksStarted = Meter.CreateCounter<long>("guidancebot.walks.started", "{walk}", "Walks put on top of a conversation, by walk");
    public static readonly Counter<long> WalksFinished = Meter.CreateCounter<long>("guidancebot.walks.finished", "{walk}", "Walks brought to their outcome, by walk");
    public static readonly Counter<long> Outcomes = Meter.CreateCounter<long>("guidancebot.outcomes", "{outcome}", "Outcomes reached, by walk and outcome");
    public static readonly Counter<long> NotUnderstood = Meter.CreateCounter<long>("guidancebot.messages.not_understood", "{message}", "Typed messages the bot could not place, by the card it answered with (the question again, or the menu)");
    public static readonly Counter<long> RiskRouted = Meter.CreateCounter<long>("guidancebot.risk.routed", "{message}", "Messages answered with the safeguarding card first, by risk category");
}
