using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Turns;

/// <summary>The turn entry point: state saved with its ETag, retried on a lost race, one turn at a time per conversation.</summary>
public sealed class ConversationTurnsTests
{
    private const string Key = "test/conv"; // ConversationKey of Message(): channel/conversation

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

    private static InMemoryStateStore Memory() => TestTurns.Memory();

    private static Activity Message(string text, string conversation = "conv") => new()
    {
        Type = ActivityTypes.Message, Id = "in", ChannelId = "test", Text = text,
        Conversation = new ConversationAccount { Id = conversation }, From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "b" },
    };

    private static async Task<TurnReplies> Run(ConversationTurns turns, string text)
    {
        await using var replies = await turns.RunAsync(Message(text), default);
        return replies;
    }

    [Fact]
    public async Task A_turn_that_lost_a_write_race_runs_again_on_the_state_the_other_instance_saved()
    {
        // We read "question 2 is next"; meanwhile another instance recorded the answer to question 2 as well.
        var ours = ConversationState.Empty with { Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment")])] };
        var theirs = ours with { Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment"), new Answer("difficulty", "yes")])] };
        var memory = Memory();
        await memory.TryWriteAsync(Key, StateSerializer.Serialize(ours), null, default);
        var store = new RacingStore(memory, StateSerializer.Serialize(theirs));

        var result = await Run(TestTurns.Create(store), "1");

        // Our "1" was applied to the state they saved: it answered question 3, not question 2 again.
        var saved = StateSerializer.Deserialize((await store.ReadAsync(Key, default))!.Json);
        Assert.Equal(["process", "difficulty", "appropriate"], saved.Stack.Single().Answers.Select(a => a.StepId));
        Assert.Equal("outcome", CardKind(Assert.Single(result.Activities)));
        Assert.Equal(2, store.Writes);
    }

    [Fact]
    public async Task The_next_turn_of_a_conversation_waits_until_the_previous_turns_replies_are_handed_on()
    {
        var turns = TestTurns.Create(Memory());
        // The first turn's replies are held (a front door handing them on); the conversation stays locked meanwhile.
        var first = await turns.RunAsync(Message("advocacy"), default);
        var second = turns.RunAsync(Message("1"), default);
        await Task.Delay(150);
        Assert.False(second.IsCompleted, "the second turn ran while the first was still handing on its replies");

        await first.DisposeAsync();
        await using var done = await second;
        Assert.Equal("question", CardKind(Assert.Single(done.Activities)));
    }

    [Fact]
    public async Task Other_conversations_do_not_wait_for_a_held_turn()
    {
        var turns = TestTurns.Create(Memory());
        await using var held = await turns.RunAsync(Message("advocacy", "one"), default);
        await using var other = await turns.RunAsync(Message("advocacy", "two"), default).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(TurnStatus.Ran, other.Status);
    }

    [Fact]
    public async Task Activities_that_are_not_turns_take_no_lock_and_change_nothing()
    {
        var store = new RacingStore(Memory(), "{}");
        var turns = TestTurns.Create(store);
        await using var held = await turns.RunAsync(Message("advocacy"), default);
        var writes = store.Writes;
        await using var typing = await turns.RunAsync(Message("x") with { Type = ActivityTypes.Typing }, default).WaitAsync(TimeSpan.FromSeconds(10));
        await using var invoke = await turns.RunAsync(Message("x") with { Type = ActivityTypes.Invoke, Name = "composeExtension/query" }, default);
        Assert.Equal(TurnStatus.Ignored, typing.Status);
        Assert.Equal(TurnStatus.NotImplemented, invoke.Status);
        Assert.Equal(writes, store.Writes);
    }

    /// <summary>The kind of card a reply carries ("question", "outcome", "menu"...), from its card id.</summary>
    private static string CardKind(Activity reply) =>
        CardJson.CardId(reply.Attachments![0].Content!.Value)!.Split(':')[0];

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var store = new RacingStore(Memory(), "{}");
        await Run(TestTurns.Create(store), "good morning");
        Assert.Equal(0, store.Writes);
    }

    [Fact]
    public async Task Many_turns_at_once_on_one_conversation_apply_one_after_another()
    {
        var store = Memory();
        var turns = TestTurns.Create(store);
        await Run(turns, "advocacy");
        // Eight "1"s at once: assessment, yes, yes (an outcome); the other five find no question and get the menu.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Run(turns, "1")));

        var saved = StateSerializer.Deserialize((await store.ReadAsync(Key, default))!.Json);
        var answers = saved.Stack.Single().Answers;
        Assert.Equal(["process", "difficulty", "appropriate"], answers.Select(a => a.StepId));
        Assert.Equal(["assessment", "yes", "yes"], answers.Select(a => a.Value));
    }
}
