using Microsoft.Extensions.DependencyInjection.Extensions;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.Conversation.Turns;

public static class TurnsServiceCollectionExtensions
{
    /// <summary>State store, per-conversation lock, the turn handler, and the entry point every front door calls.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StateOptions>(configuration.GetSection("State"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConversationStateStore, InMemoryStateStore>();
        services.AddSingleton<KeyedLock>();
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<AuthorityContext>();
        return services.AddSingleton<ConversationTurns>();
    }
}
