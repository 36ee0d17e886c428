using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// The app's own in-memory store, counting every write and delete, so a test can tell that a refused request changed
/// no conversation at all (not only the one it named).
/// </summary>
public sealed class CountingStateStore(InMemoryStateStore inner) : IConversationStateStore
{
    private int _changes;

    /// <summary>Successful writes and deletes so far.</summary>
    public int Changes => Volatile.Read(ref _changes);

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public async Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var etag = await inner.TryWriteAsync(key, json, expectedETag, cancellationToken);
        if (etag is not null) Interlocked.Increment(ref _changes);
        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(key, cancellationToken);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Replaces the app's store registration with this counting one.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<InMemoryStateStore>();
        services.AddSingleton<CountingStateStore>();
        services.AddSingleton<IConversationStateStore>(sp => sp.GetRequiredService<CountingStateStore>());
    }
}
