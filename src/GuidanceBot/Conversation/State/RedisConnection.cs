using StackExchange.Redis;

namespace GuidanceBot.Conversation.State;

/// <summary>The one Redis connection of the process, shared by the state store and its readiness check.</summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Start while Redis is down and reconnect by itself, rather than refusing to start.
        options.AbortOnConnectFail = false;
        // While disconnected, fail a command at once (the turn gets 503) instead of queueing it until a timeout.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(options);
    }
}
