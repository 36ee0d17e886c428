using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// The activities of one conversation, numbered from 1; the number is the watermark a client polls with.
/// Holds at most <c>capacity</c> activities: the oldest are dropped, the numbering never restarts. What a
/// client has polled past is dropped too, so the worker's own words stay only until their page has them.
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

    /// <summary>Everything after the watermark, and the watermark to poll with next. Polling with a watermark
    /// acknowledges what came before it, which is then forgotten.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            while (_items.Count > 0 && _items.Peek().Sequence <= watermark) _items.Dequeue();
            return (_items.Select(i => i.Activity).ToList(), _last);
        }
    }
}
