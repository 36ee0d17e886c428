using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The WebChat settings, the on/off switch (after AddChannel: it depends on local mode), conversations and the bridge to turns.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection("WebChat"))
            .Validate(o => o.IdleExpiry > TimeSpan.Zero && o.TokenLifetime > TimeSpan.Zero && o.MaxActivitiesPerConversation > 0 && o.MaxConversations > 0
                    && o.MaxConversationsPerClient > 0 && o.MaxBytesPerConversation >= 16 * 1024 && o.TokensPerClientPerMinute > 0,
                "WebChat:IdleExpiry and WebChat:TokenLifetime must be positive, WebChat:MaxActivitiesPerConversation, WebChat:MaxConversations, WebChat:MaxConversationsPerClient and WebChat:TokensPerClientPerMinute at least 1, WebChat:MaxBytesPerConversation at least 16384.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => WebChatSwitch.From(sp.GetRequiredService<IOptions<WebChatOptions>>(), sp.GetRequiredService<ChannelSettings>()));
        services.AddSingleton<DirectLineConversations>();
        // New conversations and tokens, per client address: one client cannot fill the conversation cap for others.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(DirectLineEndpoints.TokenPolicy, http => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                DirectLineEndpoints.ClientOf(http),
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.TokensPerClientPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services.AddSingleton<DirectLineTurns>();
    }
}
