using GuidanceBot.Conversation.Activities;
namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Replies the Connector could not take after every retry, kept per conversation so the worker's next turn can
/// show them again. Bounded: a few activities per conversation (the newest), a fixed number of conversations (the
/// oldest forgotten first). In memory: an instance that restarts forgets them, and the log has already counted them.
/// </summary>
public sealed class HeldReplies(int perConversation = HeldReplies.DefaultPerConversation, int conversations = HeldReplies.DefaultConversations)
{
    public const int DefaultPerConversation = 4;
    public const int DefaultConversations = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (List<Activity> Activities, long Since)> _held = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>Keeps the activities (after any already held); returns how many had to be forgotten to stay in bounds.</summary>
    public int Hold(string conversationId, IEnumerable<Activity> activities)
    {
        lock (_gate)
        {
            if (!_held.TryGetValue(conversationId, out var entry))
                _held[conversationId] = entry = ([], ++_clock);
            var list = entry.Activities;
            list.AddRange(activities);
            var forgotten = Math.Max(0, list.Count - perConversation);
            list.RemoveRange(0, forgotten);
            // Rare (only when many conversations fail at once), so a scan for the oldest is cheap enough.
            while (_held.Count > conversations)
            {
                var oldest = _held.MinBy(h => h.Value.Since);
                _held.Remove(oldest.Key);
                forgotten += oldest.Value.Activities.Count;
            }
            return forgotten;
        }
    }

    /// <summary>Takes what is held for the conversation (empty when nothing is): the caller sends it or holds it again.</summary>
    public IReadOnlyList<Activity> Take(string conversationId)
    {
        lock (_gate)
        {
            return _held.Remove(conversationId, out var entry) ? entry.Activities : [];
        }
    }

    public int Count { get { lock (_gate) return _held.Values.Sum(h => h.Activities.Count); } }
}
