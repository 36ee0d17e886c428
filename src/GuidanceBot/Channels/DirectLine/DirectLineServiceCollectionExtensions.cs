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
            .Validate(o => o.IdleExpiry > TimeSpan.Zero && o.TokenLifetime > TimeSpan.Zero && o.MaxActivitiesPerConversation > 0 && o.MaxConversations > 0,
                "WebChat:IdleExpiry and WebChat:TokenLifetime must be positive, WebChat:MaxActivitiesPerConversation and WebChat:MaxConversations at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => WebChatSwitch.From(sp.GetRequiredService<IOptions<WebChatOptions>>(), sp.GetRequiredService<ChannelSettings>()));
        services.AddSingleton<DirectLineConversations>();
        return services.AddSingleton<DirectLineTurns>();
    }
}
