using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// Cards already bound, by their template and data. Binding is a pure function of the two, and the same few hundred
/// cards (a walk's questions under each authority) are shown again and again, so a card seen before is its bytes,
/// not a parse of its data and a walk of its template. Looked up with the data as written, without a copy.
/// Bounded: when full it starts again empty (a rare, cheap reset; no card is ever wrong, only bound once more).
/// </summary>
internal sealed class BoundCardCache
{
    public const int DefaultMaxCards = 1024;
    public const long DefaultMaxBytes = 8 * 1024 * 1024;

    // Keys are the template's name, a zero byte, then the data's UTF-8 JSON (which never holds a raw zero byte).
    private readonly ConcurrentDictionary<byte[], byte[]> _cards = new(BytesComparer.Instance);
    private readonly ConcurrentDictionary<byte[], byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;
    private readonly int _maxCards;
    private readonly long _maxBytes;
    private long _bytes;

    public BoundCardCache(int maxCards = DefaultMaxCards, long maxBytes = DefaultMaxBytes)
    {
        _maxCards = maxCards;
        _maxBytes = maxBytes;
        _lookup = _cards.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public int Count => _cards.Count;

    public bool TryGet(ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? card) => _lookup.TryGetValue(key, out card);

    public void Add(ReadOnlySpan<byte> key, byte[] card)
    {
        var size = key.Length + card.Length;
        if (size > _maxBytes) return;
        if (_cards.Count >= _maxCards || Interlocked.Read(ref _bytes) + size > _maxBytes)
        {
            _cards.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
        if (_cards.TryAdd(key.ToArray(), card)) Interlocked.Add(ref _bytes, size);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly BytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
