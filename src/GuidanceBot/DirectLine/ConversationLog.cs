using GuidanceBot.Protocol;

namespace GuidanceBot.DirectLine;

/// <summary>
/// The activities of one conversation, numbered from 1; the number is the watermark a client polls with.
/// Holds at most <c>capacity</c> activities: the oldest are dropped, the numbering never restarts.
/// </summary>
public sealed class ConversationLog(string conversationId, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, Activity Activity)> _items = new();
    private long _last;

    public int Count { get { lock (_gate) return _items.Count; } }

    /// <summary>Numbers the activity, gives it the Direct Line id "conversation|0000001" and keeps it.</summary>
    public Activity Append(Activity activity)
    {
        lock (_gate)
        {
            var sequence = ++_last;
            var stored = activity with { Id = $"{conversationId}|{sequence:D7}" };
            _items.Enqueue((sequence, stored));
            while (_items.Count > capacity) _items.Dequeue();
            return stored;
        }
    }

    /// <summary>Everything after the watermark, and the watermark to poll with next.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
            return (_items.Where(i => i.Sequence > watermark).Select(i => i.Activity).ToList(), _last);
    }
}
