namespace GuidanceBot.Channels.DirectLine;

/// <summary>One browser conversation: its activity log, its tokens (the current one and the one it replaced) and when it was last used.</summary>
public sealed class DirectLineConversation(string id, string userId, DirectLineToken token, int capacity, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private DirectLineToken _current = token;
    private DirectLineToken? _previous;
    private long _touchedTicks = now.UtcTicks;
    private int _started;

    public string Id { get; } = id;
    /// <summary>The user named when the conversation started; used where a posted activity names none.</summary>
    public string UserId { get; } = userId;
    /// <summary>Who started it (the client's address), so one client cannot hold every conversation.</summary>
    public string Client { get; init; } = "";

    /// <summary>Bytes of activities the log keeps.</summary>
    public int MaxBytes { get => Log.MaxBytes; init => Log.MaxBytes = value; }

    public ConversationLog Log { get; } = new(id, capacity);

    public DateTimeOffset Touched => new(Interlocked.Read(ref _touchedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _touchedTicks, now.UtcTicks);

    /// <summary>True the first time only: the bot hears "members added" once per conversation.</summary>
    public bool MarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>The start's turn did not run (state unavailable, busy): the client's retry is heard as the start.</summary>
    public void StartFailed() => Interlocked.Exchange(ref _started, 0);

    public DirectLineToken? FindToken(string value)
    {
        lock (_gate)
            return _current.Value == value ? _current : _previous?.Value == value ? _previous : null;
    }

    /// <summary>The new token becomes current; the one it replaces stays valid until it expires (a poll may be in flight); older ones are dropped.</summary>
    public DirectLineToken? Replace(DirectLineToken fresh)
    {
        lock (_gate)
        {
            var dropped = _previous;
            (_previous, _current) = (_current, fresh);
            return dropped;
        }
    }

    public IReadOnlyList<string> TokenValues()
    {
        lock (_gate)
            return _previous is null ? [_current.Value] : [_current.Value, _previous.Value];
    }

    public DirectLineToken CurrentToken { get { lock (_gate) return _current; } }
}
