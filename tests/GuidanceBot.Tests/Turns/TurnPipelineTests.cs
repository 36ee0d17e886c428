using GuidanceBot.Tests.Walks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;

namespace GuidanceBot.Tests.Turns;

public sealed class TurnPipelineTests
{
    private const string Key = "test/conv";

    /// <summary>A store where another instance writes once, between our read and our write.</summary>
    private sealed class RacingStore(IConversationStateStore inner, string racingJson) : IConversationStateStore
    {
        private int _raced;
        public int Writes;

        public async Task<StoredState?> ReadAsync(string key, CancellationToken ct)
        {
            var read = await inner.ReadAsync(key, ct);
            if (Interlocked.Exchange(ref _raced, 1) == 0)
                await inner.TryWriteAsync(key, racingJson, read?.ETag, ct);
            return read;
        }

        public Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken ct)
        {
            Interlocked.Increment(ref Writes);
            return inner.TryWriteAsync(key, json, expectedETag, ct);
        }

        public Task DeleteAsync(string key, CancellationToken ct) => inner.DeleteAsync(key, ct);
    }

    private static InMemoryStateStore Memory() => new(Options.Create(new StateOptions()), TimeProvider.System);

    private static TurnPipeline Pipeline(IConversationStateStore store) =>
        new(store, RepoWalks.Handler(), new KeyedLock(), NullLogger<TurnPipeline>.Instance);

    [Fact]
    public async Task A_turn_that_lost_a_write_race_runs_again_on_the_state_the_other_instance_saved()
    {
        // We read "question 2 is next"; meanwhile another instance recorded the answer to question 2 as well.
        var ours = ConversationState.Empty with { Stack = [new DialogFrame("advocacy", [new StoredAnswer("process", "assessment")])] };
        var theirs = ours with { Stack = [new DialogFrame("advocacy", [new StoredAnswer("process", "assessment"), new StoredAnswer("difficulty", "yes")])] };
        var memory = Memory();
        await memory.TryWriteAsync(Key, StateSerializer.Serialize(ours), null, default);
        var store = new RacingStore(memory, StateSerializer.Serialize(theirs));

        var result = await Pipeline(store).RunAsync(Key, new MessageInput("1", null, false), RepoWalks.Context(), default);

        // Our "1" was applied to the state they saved: it answered question 3, not question 2 again.
        var saved = StateSerializer.Deserialize((await store.ReadAsync(Key, default))!.Json);
        Assert.Equal(["process", "difficulty", "appropriate"], saved.Stack.Single().Answers.Select(a => a.StepId));
        Assert.IsType<OutcomeReply>(Assert.Single(result.Replies));
        Assert.Equal(2, store.Writes);
    }

    [Fact]
    public async Task The_next_turn_of_a_conversation_waits_until_the_previous_turns_replies_are_handed_on()
    {
        var pipeline = Pipeline(Memory());
        using var release = new ManualResetEventSlim();
        var order = new List<string>();

        // The first turn's hand-off (where a front door queues its replies) is held open.
        var first = Task.Run(() => pipeline.RunAsync(Key, new MessageInput("advocacy", null, false), RepoWalks.Context(), default,
            _ => { lock (order) order.Add("first handed on"); release.Wait(TimeSpan.FromSeconds(10)); }));
        while (true) { lock (order) if (order.Count > 0) break; await Task.Delay(5); }

        var second = pipeline.RunAsync(Key, new MessageInput("1", null, false), RepoWalks.Context(), default,
            _ => { lock (order) order.Add("second handed on"); });
        await Task.Delay(150);
        Assert.False(second.IsCompleted, "the second turn ran while the first was still handing on its replies");

        release.Set();
        await Task.WhenAll(first, second);
        Assert.Equal(["first handed on", "second handed on"], order);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var store = new RacingStore(Memory(), "{}");
        await Pipeline(store).RunAsync(Key, new MessageInput("good morning", null, false), RepoWalks.Context(), default);
        Assert.Equal(0, store.Writes);
    }

    [Fact]
    public async Task Many_turns_at_once_on_one_conversation_apply_one_after_another()
    {
        var store = Memory();
        var pipeline = Pipeline(store);
        await pipeline.RunAsync(Key, new MessageInput("advocacy", null, false), RepoWalks.Context(), default);
        // Eight "1"s at once: assessment, yes, yes (an outcome); the other five find no question and get the menu.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => pipeline.RunAsync(Key, new MessageInput("1", null, false), RepoWalks.Context(), default)));

        var saved = StateSerializer.Deserialize((await store.ReadAsync(Key, default))!.Json);
        var answers = saved.Stack.Single().Answers;
        Assert.Equal(["process", "difficulty", "appropriate"], answers.Select(a => a.StepId));
        Assert.Equal(["assessment", "yes", "yes"], answers.Select(a => a.Value));
    }
}
