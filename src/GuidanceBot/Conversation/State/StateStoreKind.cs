namespace GuidanceBot.Conversation.State;

/// <summary>Where conversation state lives: <c>State:Store</c> and <c>ConnectionStrings:Redis</c>.</summary>
public sealed record StateStoreKind(bool UsesRedis, string? RedisConnection)
{
    public const string ConnectionName = "Redis";

    /// <summary>Reads the settings; a value that is neither Memory nor Redis, or Redis without a connection string, stops start-up.</summary>
    public static StateStoreKind From(IConfiguration configuration)
    {
        var store = configuration["State:Store"];
        if (string.IsNullOrWhiteSpace(store) || store.Equals("Memory", StringComparison.OrdinalIgnoreCase))
            return new StateStoreKind(false, null);
        if (!store.Equals("Redis", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"State:Store must be Memory or Redis, not '{store}'.");
        var connection = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException("State:Store is Redis, so ConnectionStrings:Redis must be set (for example localhost:6379).");
        return new StateStoreKind(true, connection);
    }
}
