using System.Diagnostics;

namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// The trace context a caller sends, as ASP.NET Core reads it: its trace and span ids (so a request joins the caller's
/// trace), never its trace state or baggage, which are free text the client chooses and which would travel with every
/// span (OTLP exports trace state) and every call out. Outgoing calls carry our own context as usual.
/// </summary>
internal sealed class IdsOnlyPropagator(DistributedContextPropagator inner) : DistributedContextPropagator
{
    public override IReadOnlyCollection<string> Fields => inner.Fields;

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) =>
        inner.Inject(activity, carrier, setter);

    public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState)
    {
        inner.ExtractTraceIdAndState(carrier, getter, out traceId, out _);
        traceState = null;
    }

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) => null;
}
