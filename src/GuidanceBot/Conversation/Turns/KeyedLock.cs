namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// Serialises turns of one conversation inside this process, so two messages arriving together take turns
/// instead of racing. Entries are removed when nobody holds or waits for them, so memory stays bounded.
/// </summary>
public sealed class KeyedLock
{
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Users)> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate;
        lock (_gates)
        {
            var entry = _gates.TryGetValue(key, out var found) ? found : (new SemaphoreSlim(1, 1), 0);
            _gates[key] = (entry.Item1, entry.Item2 + 1);
            gate = entry.Item1;
        }
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, held: false);
            throw;
        }
        return new Holder(this, key);
    }

    internal int Count { get { lock (_gates) return _gates.Count; } }

    private void Leave(string key, bool held)
    {
        lock (_gates)
        {
            var (gate, users) = _gates[key];
            if (held) gate.Release();
            if (users == 1) { _gates.Remove(key); gate.Dispose(); }
            else _gates[key] = (gate, users - 1);
        }
    }

    private sealed class Holder(KeyedLock owner, string key) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Leave(key, held: true);
        }
    }
}
