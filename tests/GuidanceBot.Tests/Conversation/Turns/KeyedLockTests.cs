using GuidanceBot.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Turns;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task A_second_holder_of_the_same_key_waits_for_the_first()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("c", default);
        var second = locks.AcquireAsync("c", default);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other()
    {
        var locks = new KeyedLock();
        using var a = await locks.AcquireAsync("a", default);
        using var b = await locks.AcquireAsync("b", default).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Released_keys_are_forgotten()
    {
        var locks = new KeyedLock();
        (await locks.AcquireAsync("a", default)).Dispose();
        var waiting = await locks.AcquireAsync("b", default);
        using var cancelled = new CancellationTokenSource();
        var blocked = locks.AcquireAsync("b", cancelled.Token);
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => blocked);
        waiting.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
