using GuidanceBot.Conversation.Decisions;
using Microsoft.Extensions.Options;
using GuidanceBot.Conversation.State;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.State;

/// <summary>The store contract (<see cref="StateStoreContract"/>) for the in-memory store, and what only it does.</summary>
public sealed class InMemoryStateStoreTests : StateStoreContract
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _store;

    public InMemoryStateStoreTests() => _store = new(Options.Create(new StateOptions { IdleExpiry = Expiry }), _clock);

    protected override IConversationStateStore Store => _store;

    protected override Task PassAsync(TimeSpan by, IReadOnlyList<string> keys)
    {
        _clock.Now += by;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Expired_conversations_are_swept_so_memory_stays_bounded()
    {
        for (var i = 0; i < 100; i++) await _store.TryWriteAsync($"k{i}", "v", null, default);
        _clock.Now += Expiry;
        await _store.TryWriteAsync("fresh", "v", null, default);
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public async Task Past_its_limit_the_least_recently_used_conversations_are_forgotten_first()
    {
        var store = new InMemoryStateStore(Options.Create(new StateOptions { IdleExpiry = Expiry, MaxConversations = 40 }), _clock);
        for (var i = 0; i < 40; i++)
        {
            await store.TryWriteAsync($"k{i}", "v", null, default);
            _clock.Now += TimeSpan.FromSeconds(1);
        }
        await store.ReadAsync("k0", default); // a read is a use: k0 is now the most recent

        await store.TryWriteAsync("new", "v", null, default);

        Assert.True(store.Count <= 40);
        Assert.NotNull(await store.ReadAsync("k0", default));
        Assert.NotNull(await store.ReadAsync("new", default));
        Assert.Null(await store.ReadAsync("k1", default)); // the least recently used
        Assert.NotNull(await store.ReadAsync("k39", default));
    }

    [Fact]
    public async Task Within_its_limit_nothing_is_forgotten()
    {
        var store = new InMemoryStateStore(Options.Create(new StateOptions { IdleExpiry = Expiry, MaxConversations = 40 }), _clock);
        for (var i = 0; i < 40; i++) await store.TryWriteAsync($"k{i}", "v", null, default);
        Assert.Equal(40, store.Count);
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
