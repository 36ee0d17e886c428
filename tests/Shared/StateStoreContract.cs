using GuidanceBot.Conversation.State;

namespace GuidanceBot.TestSupport;

/// <summary>
/// What every conversation state store promises, run against each store (in memory in the fast tests, Redis in the
/// integration tests): compare-and-set on the ETag, idle expiry reset by reads and writes, deletes, isolation.
/// Time passes through <see cref="PassAsync"/>, so expiry is tested without waiting.
/// </summary>
public abstract class StateStoreContract
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _keys = [];

    protected static readonly TimeSpan Expiry = TimeSpan.FromHours(2);

    /// <summary>A store whose conversations expire after <see cref="Expiry"/> idle.</summary>
    protected abstract IConversationStateStore Store { get; }

    /// <summary>Lets <paramref name="by"/> pass for every key this test used, as far as the store's expiry is concerned.</summary>
    protected abstract Task PassAsync(TimeSpan by, IReadOnlyList<string> keys);

    /// <summary>A key of this test's own, so tests sharing one server never see each other's conversations.</summary>
    protected string Key(string name)
    {
        var key = $"test/{_run}-{name}";
        if (!_keys.Contains(key)) _keys.Add(key);
        return key;
    }

    private Task PassAsync(TimeSpan by) => PassAsync(by, _keys);

    [Fact]
    public async Task Nothing_stored_reads_as_null()
    {
        Assert.Null(await Store.ReadAsync(Key("k"), default));
    }

    [Fact]
    public async Task A_write_with_the_etag_it_read_succeeds_and_changes_the_etag()
    {
        var k = Key("k");
        var first = await Store.TryWriteAsync(k, "{}", null, default);
        Assert.NotNull(first);
        Assert.Equal(first, (await Store.ReadAsync(k, default))!.ETag);
        var second = await Store.TryWriteAsync(k, "{\"a\":1}", first, default);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        var read = (await Store.ReadAsync(k, default))!;
        Assert.Equal("{\"a\":1}", read.Json);
        Assert.Equal(second, read.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_keeps_the_newer_state()
    {
        var k = Key("k");
        var etag = await Store.TryWriteAsync(k, "v1", null, default);
        Assert.NotNull(await Store.TryWriteAsync(k, "v2", etag, default));
        Assert.Null(await Store.TryWriteAsync(k, "v3", etag, default));
        Assert.Equal("v2", (await Store.ReadAsync(k, default))!.Json);
    }

    [Fact]
    public async Task Creating_twice_refuses_the_second_creator()
    {
        var k = Key("k");
        Assert.NotNull(await Store.TryWriteAsync(k, "a", null, default));
        Assert.Null(await Store.TryWriteAsync(k, "b", null, default));
        Assert.Equal("a", (await Store.ReadAsync(k, default))!.Json);
    }

    [Fact]
    public async Task A_write_expecting_a_version_when_nothing_is_stored_is_refused()
    {
        var k = Key("k");
        Assert.Null(await Store.TryWriteAsync(k, "a", "some-etag", default));
        Assert.Null(await Store.ReadAsync(k, default));
    }

    [Fact]
    public async Task Of_many_writers_holding_the_same_etag_exactly_one_wins()
    {
        var k = Key("k");
        var etag = await Store.TryWriteAsync(k, "start", null, default);
        var writes = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => Store.TryWriteAsync(k, $"w{i}", etag, default))));
        var winner = Assert.Single(writes.Select((e, i) => (e, i)), w => w.e is not null);
        var read = (await Store.ReadAsync(k, default))!;
        Assert.Equal($"w{winner.i}", read.Json);
        Assert.Equal(winner.e, read.ETag);
    }

    [Fact]
    public async Task Of_many_creators_exactly_one_wins()
    {
        var k = Key("k");
        var writes = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => Store.TryWriteAsync(k, $"c{i}", null, default))));
        var winner = Assert.Single(writes.Select((e, i) => (e, i)), w => w.e is not null);
        Assert.Equal($"c{winner.i}", (await Store.ReadAsync(k, default))!.Json);
    }

    [Fact]
    public async Task A_deleted_conversation_is_gone_and_a_version_read_before_the_delete_cannot_write()
    {
        var k = Key("k");
        var old = await Store.TryWriteAsync(k, "before", null, default);
        await Store.DeleteAsync(k, default);
        Assert.Null(await Store.ReadAsync(k, default));
        Assert.Null(await Store.TryWriteAsync(k, "stale", old, default));
        var fresh = await Store.TryWriteAsync(k, "after", null, default);
        Assert.NotNull(fresh);
        Assert.Null(await Store.TryWriteAsync(k, "stale", old, default));
        Assert.Equal("after", (await Store.ReadAsync(k, default))!.Json);
    }

    [Fact]
    public async Task Deleting_what_is_not_stored_is_fine()
    {
        await Store.DeleteAsync(Key("never"), default);
        Assert.Null(await Store.ReadAsync(Key("never"), default));
    }

    [Fact]
    public async Task Conversations_are_kept_apart()
    {
        var a = await Store.TryWriteAsync(Key("a"), "A", null, default);
        Assert.NotNull(await Store.TryWriteAsync(Key("b"), "B", null, default));
        Assert.Null(await Store.TryWriteAsync(Key("b"), "B2", a, default));
        Assert.Equal("A", (await Store.ReadAsync(Key("a"), default))!.Json);
        Assert.Equal("B", (await Store.ReadAsync(Key("b"), default))!.Json);
    }

    [Fact]
    public async Task The_document_comes_back_exactly_as_written()
    {
        var k = Key("k");
        var json = "{\"s\":\"é ü ✓ 😀 \\\" \\n\",\"n\":[" + string.Join(",", Enumerable.Range(0, 2000)) + "]}";
        await Store.TryWriteAsync(k, json, null, default);
        Assert.Equal(json, (await Store.ReadAsync(k, default))!.Json);
    }

    [Fact]
    public async Task An_idle_conversation_expires_after_the_configured_time()
    {
        var k = Key("k");
        await Store.TryWriteAsync(k, "v", null, default);
        await PassAsync(Expiry - TimeSpan.FromMinutes(1));
        Assert.NotNull(await Store.ReadAsync(k, default));
        await PassAsync(Expiry);
        Assert.Null(await Store.ReadAsync(k, default));
        Assert.NotNull(await Store.TryWriteAsync(k, "new", null, default));
    }

    [Fact]
    public async Task Reading_a_conversation_keeps_it_alive_without_changing_its_version()
    {
        var k = Key("k");
        var etag = await Store.TryWriteAsync(k, "v", null, default);
        await PassAsync(Expiry * 0.75);
        Assert.Equal(etag, (await Store.ReadAsync(k, default))!.ETag); // help, a record: reads only
        await PassAsync(Expiry * 0.75);
        Assert.Equal(etag, (await Store.ReadAsync(k, default))!.ETag);
        await PassAsync(Expiry);
        Assert.Null(await Store.ReadAsync(k, default));
    }

    [Fact]
    public async Task A_version_that_expired_cannot_write()
    {
        var k = Key("k");
        var etag = await Store.TryWriteAsync(k, "v", null, default);
        await PassAsync(Expiry);
        Assert.Null(await Store.TryWriteAsync(k, "late", etag, default));
        Assert.Null(await Store.ReadAsync(k, default));
    }

    [Fact]
    public async Task Writing_a_conversation_keeps_it_alive()
    {
        var k = Key("k");
        var etag = await Store.TryWriteAsync(k, "v1", null, default);
        await PassAsync(Expiry * 0.75);
        Assert.NotNull(await Store.TryWriteAsync(k, "v2", etag, default));
        await PassAsync(Expiry * 0.75);
        Assert.Equal("v2", (await Store.ReadAsync(k, default))!.Json);
    }
}
