using System.Reflection;
using StackExchange.Redis;

namespace GuidanceBot.IntegrationTests.Conversation.State;

/// <summary>
/// A real Redis connection whose next script call runs on the server and then reports a timeout, as when the write
/// went through but its answer was lost: the case a store must not mistake for "not written".
/// </summary>
public class LateConfirmingRedis : DispatchProxy
{
    private IConnectionMultiplexer _inner = null!;
    private IDatabase? _database;
    public bool LoseNextScriptAnswer { get; set; }

    public static (IConnectionMultiplexer Redis, LateConfirmingRedis Control) Wrap(IConnectionMultiplexer inner)
    {
        var proxy = Create<IConnectionMultiplexer, LateConfirmingRedis>();
        var control = (LateConfirmingRedis)(object)proxy;
        control._inner = inner;
        return (proxy, control);
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(IConnectionMultiplexer.GetDatabase))
            return _database ??= Database.Wrap((IDatabase)method.Invoke(_inner, args)!, this);
        return method.Invoke(_inner, args);
    }

    public class Database : DispatchProxy
    {
        private IDatabase _inner = null!;
        private LateConfirmingRedis _control = null!;

        public static IDatabase Wrap(IDatabase inner, LateConfirmingRedis control)
        {
            var proxy = Create<IDatabase, Database>();
            var database = (Database)(object)proxy;
            database._inner = inner;
            database._control = control;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var result = method!.Invoke(_inner, args);
            if (method.Name != nameof(IDatabase.ScriptEvaluateAsync) || !_control.LoseNextScriptAnswer) return result;
            _control.LoseNextScriptAnswer = false;
            return LoseAnswer((Task<RedisResult>)result!);
        }

        private static async Task<RedisResult> LoseAnswer(Task<RedisResult> done)
        {
            await done; // it ran on the server
            throw new RedisTimeoutException(CommandFlags.None, "Timeout awaiting response (test: the answer was lost)", CommandStatus.Sent);
        }
    }
}
