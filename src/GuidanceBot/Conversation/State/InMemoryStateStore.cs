using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation.State;

public sealed class StateOptions
{
    /// <summary>A conversation untouched for this long is forgotten, which keeps memory bounded.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>One process's conversation state. Expired entries are dropped on read and by a periodic sweep.</summary>
public sealed class InMemoryStateStore(IOptions<StateOptions> options, TimeProvider clock) : IConversationStateStore
{
    private sealed record Entry(string Json, string ETag, DateTimeOffset Touched);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _expiry = options.Value.IdleExpiry;
    private long _version;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public int Count => _entries.Count;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry))
        {
            if (!IsExpired(entry, now))
            {
                // Reading keeps a conversation alive, as a worker reading help or a record is still in it; the ETag stays.
                _entries.TryUpdate(key, entry with { Touched = now }, entry);
                return Task.FromResult<StoredState?>(new StoredState(entry.Json, entry.ETag));
            }
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
        return Task.FromResult<StoredState?>(null);
    }

    public Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        var fresh = new Entry(json, Interlocked.Increment(ref _version).ToString(), now);

        if (expectedETag is null)
        {
            // An expired entry counts as absent, exactly as ReadAsync reported it.
            if (_entries.TryGetValue(key, out var stale) && IsExpired(stale, now))
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, stale));
            return Task.FromResult(_entries.TryAdd(key, fresh) ? fresh.ETag : null);
        }

        // An expired version cannot write, as in Redis, where it is already gone.
        if (_entries.TryGetValue(key, out var current) && current.ETag == expectedETag && !IsExpired(current, now)
            && _entries.TryUpdate(key, fresh, current))
            return Task.FromResult<string?>(fresh.ETag);
        return Task.FromResult<string?>(null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.Touched >= _expiry;

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var pair in _entries)
            if (IsExpired(pair.Value, now))
                _entries.TryRemove(pair);
    }
}
