using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GuidanceBot;

/// <summary>
/// The bot's traces and metrics (System.Diagnostics; exported by OpenTelemetry when it is configured). Like the log,
/// they carry ids, bands, categories and counts, never what a worker typed.
/// </summary>
internal static class Telemetry
{
    public const string Name = "GuidanceBot";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> RepliesUndelivered = Meter.CreateCounter<long>("guidancebot.replies.undelivered", "{activity}", "Replies the Connector could not take, after every retry");
    public static readonly Counter<long> RepliesRedelivered = Meter.CreateCounter<long>("guidancebot.replies.redelivered", "{activity}", "Replies shown again on a worker's next turn after they could not be delivered");
}
