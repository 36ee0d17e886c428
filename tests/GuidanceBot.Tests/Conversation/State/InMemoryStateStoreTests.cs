using GuidanceBot.Conversation.Decisions;
using Microsoft.Extensions.Options;
using GuidanceBot.Conversation.State;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.State;

public sealed class InMemoryStateStoreTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private InMemoryStateStore Store(TimeSpan? expiry = null) =>
        new(Options.Create(new StateOptions { IdleExpiry = expiry ?? TimeSpan.FromHours(24) }), _clock);

    [Fact]
    public async Task A_write_with_the_etag_it_read_succeeds_and_changes_the_etag()
    {
        var store = Store();
        var first = await store.TryWriteAsync("k", "{}", null, default);
        Assert.NotNull(first);
        var second = await store.TryWriteAsync("k", "{\"a\":1}", first, default);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal("{\"a\":1}", (await store.ReadAsync("k", default))!.Json);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_keeps_the_newer_state()
    {
        var store = Store();
        var etag = await store.TryWriteAsync("k", "v1", null, default);
        await store.TryWriteAsync("k", "v2", etag, default);
        Assert.Null(await store.TryWriteAsync("k", "v3", etag, default));
        Assert.Equal("v2", (await store.ReadAsync("k", default))!.Json);
    }

    [Fact]
    public async Task Creating_twice_refuses_the_second_creator()
    {
        var store = Store();
        Assert.NotNull(await store.TryWriteAsync("k", "a", null, default));
        Assert.Null(await store.TryWriteAsync("k", "b", null, default));
    }

    [Fact]
    public async Task An_idle_conversation_expires_after_the_configured_time()
    {
        var store = Store(TimeSpan.FromHours(2));
        await store.TryWriteAsync("k", "v", null, default);
        _clock.Now += TimeSpan.FromHours(2);
        Assert.Null(await store.ReadAsync("k", default));
        Assert.NotNull(await store.TryWriteAsync("k", "new", null, default));
    }

    [Fact]
    public async Task Reading_a_conversation_keeps_it_alive_without_changing_its_version()
    {
        var store = Store(TimeSpan.FromHours(2));
        var etag = await store.TryWriteAsync("k", "v", null, default);
        _clock.Now += TimeSpan.FromHours(1.5);
        Assert.Equal(etag, (await store.ReadAsync("k", default))!.ETag); // help, a record: reads only
        _clock.Now += TimeSpan.FromHours(1.5);
        Assert.Equal(etag, (await store.ReadAsync("k", default))!.ETag);
        _clock.Now += TimeSpan.FromHours(2);
        Assert.Null(await store.ReadAsync("k", default));
    }

    [Fact]
    public async Task Expired_conversations_are_swept_so_memory_stays_bounded()
    {
        var store = Store(TimeSpan.FromMinutes(30));
        for (var i = 0; i < 100; i++) await store.TryWriteAsync($"k{i}", "v", null, default);
        _clock.Now += TimeSpan.FromHours(1);
        await store.TryWriteAsync("fresh", "v", null, default);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void An_unreadable_state_document_starts_afresh()
    {
        Assert.Same(ConversationState.Empty, StateSerializer.Deserialize("{ broken"));
    }

    [Fact]
    public void State_round_trips_through_json()
    {
        var state = ConversationState.Empty with
        {
            Welcomed = true,
            Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment")])],
        };
        var back = StateSerializer.Deserialize(StateSerializer.Serialize(state));
        Assert.True(back.Welcomed);
        Assert.Equal("advocacy", back.Stack.Single().WalkId);
        Assert.Equal(new Answer("process", "assessment"), back.Stack.Single().Answers.Single());
    }
}
