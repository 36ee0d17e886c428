using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GuidanceBot.Conversation.State;

/// <summary>
/// Conversation state in Redis, shared by every instance. Each conversation is one hash, <c>gb:state:{key}</c>, with
/// two fields: <c>json</c> (the document StateSerializer wrote, nothing else) and <c>etag</c> (a random version).
/// Reads and writes are Lua scripts, so the compare-and-set is atomic and both reset the idle expiry (Redis's own
/// TTL, State:IdleExpiry). Any failure to reach Redis is a <see cref="StateStoreUnavailableException"/>.
/// </summary>
public sealed class RedisStateStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IConversationStateStore
{
    public const string KeyPrefix = "gb:state:";

    // Reading keeps a conversation alive (help, a record), as in memory; the version stays.
    private const string ReadScript = """
        local found = redis.call('HMGET', KEYS[1], 'json', 'etag')
        if not found[1] then return false end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return found
        """;

    // ARGV: json, the expected etag ('' = only if absent), the new etag, the expiry in ms. 1 = written, 0 = stale.
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'etag')
        if ARGV[2] == '' then
          if current then return 0 end
        elseif current ~= ARGV[2] then
          return 0
        end
        redis.call('HSET', KEYS[1], 'json', ARGV[1], 'etag', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private readonly long _expiryMs = (long)options.Value.IdleExpiry.TotalMilliseconds;

    public static RedisKey KeyFor(string key) => KeyPrefix + key;

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var result = await Guard(() => redis.GetDatabase().ScriptEvaluateAsync(ReadScript, [KeyFor(key)], [_expiryMs]));
        if (result.IsNull) return null;
        var fields = (RedisValue[])result!;
        return new StoredState(fields[0]!, fields[1]!);
    }

    public async Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        // Random, not a counter: a conversation deleted and started again can never reuse a version a stale turn holds.
        var etag = Guid.NewGuid().ToString("N");
        RedisResult written;
        try
        {
            written = await redis.GetDatabase().ScriptEvaluateAsync(WriteScript, [KeyFor(key)], [json, expectedETag ?? "", etag, _expiryMs]).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            // A timeout does not say the write did not happen: if our version is the stored one, it did, and the turn
            // must count as done (a 503 would make the channel send the answer again, and apply it to the next question).
            if (await StoredVersionIsAsync(key, etag).ConfigureAwait(false)) return etag;
            throw new StateStoreUnavailableException("The Redis state store is unavailable.", e);
        }
        return (int)written == 1 ? etag : null;
    }

    private async Task<bool> StoredVersionIsAsync(string key, string etag)
    {
        try
        {
            return await redis.GetDatabase().HashGetAsync(KeyFor(key), "etag").ConfigureAwait(false) == etag;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            return false; // still unreachable: the turn gets 503, as any write Redis did not confirm
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        Guard(() => redis.GetDatabase().KeyDeleteAsync(KeyFor(key)));

    private static async Task<T> Guard<T>(Func<Task<T>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StateStoreUnavailableException("The Redis state store is unavailable.", e);
        }
    }

    /// <summary>Down, too slow, or a server that says "not now" (loading its data, failing over, out of memory).</summary>
    internal static bool IsUnavailable(Exception e) => e switch
    {
        RedisConnectionException or RedisTimeoutException => true,
        RedisServerException { Kind: RedisErrorKind.Loading or RedisErrorKind.Busy or RedisErrorKind.MasterDown or RedisErrorKind.ReadOnly
            or RedisErrorKind.OutOfMemory or RedisErrorKind.TryAgain or RedisErrorKind.ClusterDown or RedisErrorKind.NoReplicas
            or RedisErrorKind.MaxClients } => true,
        _ => false,
    };
}
