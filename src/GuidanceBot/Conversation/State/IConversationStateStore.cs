namespace GuidanceBot.Conversation.State;

/// <summary>A stored state document and the version it was read at.</summary>
public sealed record StoredState(string Json, string ETag);

/// <summary>
/// Conversation state behind optimistic concurrency, so a distributed store (Redis) can replace the
/// in-memory one. The seam exists for that second implementation and for the concurrency tests.
/// </summary>
public interface IConversationStateStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> if the stored version still equals <paramref name="expectedETag"/>
    /// (null: only if nothing is stored). Returns the new ETag, or null when someone else wrote first.
    /// </summary>
    Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
