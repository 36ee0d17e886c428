using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using GuidanceBot.Conversation.State;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Conversation.State;

/// <summary>The store contract (<see cref="StateStoreContract"/>) against a real redis-server, and what only Redis does.</summary>
public sealed class RedisStateStoreTests : StateStoreContract, IDisposable
{
    private readonly IConnectionMultiplexer _redis = RedisConnection.Connect(RedisServer.Shared);
    private readonly RedisStateStore _store;

    public RedisStateStoreTests() => _store = new(_redis, Options.Create(new StateOptions { IdleExpiry = Expiry }));

    protected override IConversationStateStore Store => _store;

    /// <summary>Time passing, to Redis, is the key's remaining TTL going down: take <paramref name="by"/> off it (at zero Redis deletes the key).</summary>
    protected override async Task PassAsync(TimeSpan by, IReadOnlyList<string> keys)
    {
        var db = _redis.GetDatabase();
        foreach (var key in keys)
        {
            var left = (long)await db.ExecuteAsync("PTTL", RedisStateStore.KeyFor(key));
            if (left < 0) continue; // no such key (-2), or no expiry (-1: the store never leaves one so; the contract tests would show it)
            await db.ExecuteAsync("PEXPIRE", RedisStateStore.KeyFor(key), Math.Max(0, left - (long)by.TotalMilliseconds));
        }
    }

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task A_write_that_went_through_but_whose_answer_was_lost_counts_as_written()
    {
        var (redis, control) = LateConfirmingRedis.Wrap(_redis);
        var store = new RedisStateStore(redis, Options.Create(new StateOptions { IdleExpiry = Expiry }));
        var key = Key("late");
        var first = await store.TryWriteAsync(key, "{\"a\":1}", null, default);

        control.LoseNextScriptAnswer = true;
        var second = await store.TryWriteAsync(key, "{\"a\":2}", first, default);

        Assert.NotNull(second); // not a 503: the channel would send the answer again and it would land on the next question
        var stored = await store.ReadAsync(key, default);
        Assert.Equal(second, stored!.ETag);
        Assert.Equal("{\"a\":2}", stored.Json);
    }

    [Fact]
    public async Task A_write_that_did_not_go_through_and_timed_out_is_unavailable()
    {
        var (redis, control) = LateConfirmingRedis.Wrap(_redis);
        var store = new RedisStateStore(redis, Options.Create(new StateOptions { IdleExpiry = Expiry }));
        var key = Key("stale-late");
        var first = await store.TryWriteAsync(key, "{\"a\":1}", null, default);
        await store.TryWriteAsync(key, "{\"a\":2}", first, default); // first is now stale: the next write changes nothing

        control.LoseNextScriptAnswer = true;
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.TryWriteAsync(key, "{\"a\":3}", first, default));
    }

    [Fact]
    public async Task A_conversation_is_one_namespaced_hash_holding_the_document_and_its_version_only()
    {
        var key = Key("k");
        var etag = await _store.TryWriteAsync(key, "{\"welcomed\":true}", null, default);

        var db = _redis.GetDatabase();
        var fields = (await db.HashGetAllAsync("gb:state:" + key)).ToDictionary(f => f.Name.ToString(), f => f.Value.ToString());
        Assert.Equal(["etag", "json"], fields.Keys.Order());
        Assert.Equal("{\"welcomed\":true}", fields["json"]);
        Assert.Equal(etag, fields["etag"]);
    }

    [Fact]
    public async Task The_idle_expiry_is_redis_own_ttl_and_a_read_sets_it_back_to_the_whole_expiry()
    {
        var key = Key("k");
        await _store.TryWriteAsync(key, "v", null, default);
        var db = _redis.GetDatabase();
        var ttl = await db.KeyTimeToLiveAsync(RedisStateStore.KeyFor(key));
        Assert.InRange(ttl!.Value, Expiry - TimeSpan.FromMinutes(1), Expiry);

        await db.KeyExpireAsync(RedisStateStore.KeyFor(key), TimeSpan.FromMinutes(5));
        await _store.ReadAsync(key, default);
        Assert.InRange((await db.KeyTimeToLiveAsync(RedisStateStore.KeyFor(key)))!.Value, Expiry - TimeSpan.FromMinutes(1), Expiry);
    }

    [Fact]
    public async Task Unreachable_redis_is_reported_as_the_store_being_unavailable_on_every_operation()
    {
        using var nowhere = RedisConnection.Connect($"127.0.0.1:{ClosedPort()},connectTimeout=500");
        var store = new RedisStateStore(nowhere, Options.Create(new StateOptions()));

        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ReadAsync("k", default));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.TryWriteAsync("k", "v", null, default));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.DeleteAsync("k", default));
    }

    [Fact]
    public void Redis_loading_its_data_or_out_of_memory_counts_as_unavailable_but_a_script_error_does_not()
    {
        static RedisServerException Error(RedisErrorKind kind) => new(kind, CommandFlags.None, kind.ToString());
        Assert.True(RedisStateStore.IsUnavailable(Error(RedisErrorKind.Loading)));
        Assert.True(RedisStateStore.IsUnavailable(Error(RedisErrorKind.OutOfMemory)));
        Assert.True(RedisStateStore.IsUnavailable(Error(RedisErrorKind.ReadOnly)));
        Assert.False(RedisStateStore.IsUnavailable(Error(RedisErrorKind.UnknownError)));
        Assert.False(RedisStateStore.IsUnavailable(Error(RedisErrorKind.NoScript)));
    }

    /// <summary>A loopback port nothing listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
