using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.Conversation.Turns;

public static class TurnsServiceCollectionExtensions
{
    /// <summary>The readiness check's name for the state store.</summary>
    public const string StateCheck = "state-store";

    /// <summary>State store (State:Store), per-conversation lock, the turn handler, and the entry point every front door calls.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StateOptions>(configuration.GetSection("State"));
        services.TryAddSingleton(TimeProvider.System);
        AddStateStore(services, StateStoreKind.From(configuration));
        services.AddSingleton<KeyedLock>();
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<AuthorityContext>();
        return services.AddSingleton<ConversationTurns>();
    }

    private static void AddStateStore(IServiceCollection services, StateStoreKind kind)
    {
        var checks = services.AddHealthChecks();
        if (!kind.UsesRedis)
        {
            services.AddSingleton<IConversationStateStore, InMemoryStateStore>();
            checks.AddCheck(StateCheck, () => HealthCheckResult.Healthy("In memory."));
            return;
        }
        // One connection for the process: the store and its readiness check share it; disposed with the host.
        services.AddSingleton(_ => RedisConnection.Connect(kind.RedisConnection!));
        services.AddSingleton<IConversationStateStore, RedisStateStore>();
        checks.AddCheck<RedisStateCheck>(StateCheck, timeout: TimeSpan.FromSeconds(3));
    }
}
