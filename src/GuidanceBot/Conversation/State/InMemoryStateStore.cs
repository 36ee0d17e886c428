using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation.State;

public sealed class StateOptions
{
    /// <summary>A conversation untouched for this long is forgotten, which keeps memory bounded.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The in-memory store keeps at most this many conversations; past it, the least recently used are forgotten
    /// first, so a flood of new conversations cannot grow memory without end. Far above the conversations one council's
    /// staff hold in a day (a Teams personal chat is one conversation per worker); Redis has no such limit.
    /// </summary>
    public int MaxConversations { get; set; } = 20_000;
}

/// <summary>
/// One process's conversation state. Expired entries are dropped on read and by a periodic sweep; past
/// <see cref="StateOptions.MaxConversations"/>, the least recently used are dropped when a new one starts.
/// </summary>
public sealed class InMemoryStateStore(IOptions<StateOptions> options, TimeProvider clock, ILogger<InMemoryStateStore>? logger = null) : IConversationStateStore
{
    private sealed record Entry(string Json, string ETag, DateTimeOffset Touched);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _expiry = options.Value.IdleExpiry;
    private readonly int _max = Math.Max(1, options.Value.MaxConversations);
    private readonly Lock _evicting = new();
    private int _held; // kept beside the dictionary: its Count takes every lock, too dear on each new conversation
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
            Remove(new KeyValuePair<string, Entry>(key, entry));
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
                Remove(new KeyValuePair<string, Entry>(key, stale));
            if (Volatile.Read(ref _held) >= _max) MakeRoom();
            if (!_entries.TryAdd(key, fresh)) return Task.FromResult<string?>(null);
            Interlocked.Increment(ref _held);
            return Task.FromResult<string?>(fresh.ETag);
        }

        // An expired version cannot write, as in Redis, where it is already gone.
        if (_entries.TryGetValue(key, out var current) && current.ETag == expectedETag && !IsExpired(current, now)
            && _entries.TryUpdate(key, fresh, current))
            return Task.FromResult<string?>(fresh.ETag);
        return Task.FromResult<string?>(null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (_entries.TryRemove(key, out _)) Interlocked.Decrement(ref _held);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets the least recently used twentieth (at least one), so this runs once per many new conversations. It
    /// sorts times, not entries (no LINQ, no per-entry allocation), and a turn that finds it already running goes on
    /// rather than wait: the store may hold a few more than its limit for that moment, never many.
    /// </summary>
    private void MakeRoom()
    {
        if (!_evicting.TryEnter()) return;
        try
        {
            var held = Volatile.Read(ref _held);
            if (held < _max) return;
            var forget = Math.Max(held - _max + 1, _max / 20);
            var touched = System.Buffers.ArrayPool<long>.Shared.Rent(held + 64);
            try
            {
                var count = 0;
                foreach (var pair in _entries)
                {
                    if (count == touched.Length) break;
                    touched[count++] = pair.Value.Touched.UtcTicks;
                }
                if (count == 0) return;
                Array.Sort(touched, 0, count);
                var cutoff = touched[Math.Min(forget, count) - 1];
                var forgotten = 0;
                foreach (var pair in _entries)
                {
                    if (forgotten >= forget) break;
                    if (pair.Value.Touched.UtcTicks <= cutoff && Remove(pair)) forgotten++;
                }
                if (logger is not null) Log.StateStoreFull(logger, _max, forgotten);
            }
            finally
            {
                System.Buffers.ArrayPool<long>.Shared.Return(touched);
            }
        }
        finally
        {
            _evicting.Exit();
        }
    }

    private bool Remove(KeyValuePair<string, Entry> pair)
    {
        if (!_entries.TryRemove(pair)) return false;
        Interlocked.Decrement(ref _held);
        return true;
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.Touched >= _expiry;

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var pair in _entries)
            if (IsExpired(pair.Value, now))
                Remove(pair);
    }
}
