using System.Text.Json;
using GuidanceBot.Conversation.Activities;

namespace GuidanceBot.Channels.DirectLine;

/// <summary>
/// The activities of one conversation, numbered from 1; the number is the watermark a client polls with.
/// Holds at most <c>capacity</c> activities and <see cref="MaxBytes"/> bytes of them: the oldest are dropped, the
/// numbering never restarts. What a client has polled past is dropped too, so the worker's own words stay only
/// until their page has them. Each activity is written to JSON when it is kept, so a poll can always be answered.
/// </summary>
public sealed class ConversationLog(string conversationId, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, Activity Activity, int Bytes)> _items = new();
    private long _last;
    private long _bytes;

    public int MaxBytes { get; set; } = 512 * 1024;

    public int Count { get { lock (_gate) return _items.Count; } }

    public long Bytes { get { lock (_gate) return _bytes; } }

    /// <summary>Numbers the activity, gives it the Direct Line id "conversation|0000001" and keeps it.</summary>
    public Activity Append(Activity activity)
    {
        lock (_gate)
        {
            var sequence = ++_last;
            var stored = activity with { Id = $"{conversationId}|{sequence:D7}" };
            int size;
            try
            {
                size = JsonSerializer.SerializeToUtf8Bytes(stored, ProtocolJson.Options).Length;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                // Cannot be written: keep only what Web Chat needs to number it, so no later poll can fail on it.
                stored = new Activity { Type = stored.Type is { Length: <= 32 } t ? t : ActivityTypes.Message, Id = stored.Id, From = stored.From, Conversation = stored.Conversation };
                size = 256;
            }
            _items.Enqueue((sequence, stored, size));
            _bytes += size;
            while (_items.Count > capacity || (_bytes > MaxBytes && _items.Count > 1))
                _bytes -= _items.Dequeue().Bytes;
            return stored;
        }
    }

    /// <summary>Everything after the watermark, and the watermark to poll with next. Polling with a watermark
    /// acknowledges what came before it, which is then forgotten.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            while (_items.Count > 0 && _items.Peek().Sequence <= watermark) _bytes -= _items.Dequeue().Bytes;
            return (_items.Select(i => i.Activity).ToList(), _last);
        }
    }
}
