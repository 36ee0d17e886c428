using GuidanceBot.Channels.BotConnector.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>The readiness check's name for the signing keys.</summary>
    public const string SigningKeysCheckName = "signing-keys";

    /// <summary>
    /// With a MicrosoftAppId: inbound token validation (Bot Connector tokens, and Entra tokens for the bot's tenant when
    /// it has one) and MSAL tokens for the Connector (client secret or managed identity). Call before AddOutbound,
    /// whose token source (none, for local mode) is only a fallback. Local mode registers nothing here.
    /// </summary>
    public static IServiceCollection AddChannelAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var channel = ChannelSettings.From(configuration);
        if (channel.LocalMode) return services;
        var settings = AuthSettings.From(configuration);
        var entra = EntraTokenSettings.From(configuration, channel);

        // A hung key endpoint must not hold requests for HttpClient's default 100 s.
        services.AddHttpClient(AuthSettings.MetadataClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        // Each source has its own keys, cache and refresh: an Entra key never signs for the Bot Connector, nor the reverse.
        services.AddSingleton(sp => new TokenSource(TokenIssuer.BotFramework, [AuthSettings.Issuer], Keys(sp, settings.OpenIdMetadata)));
        if (entra is not null)
            services.AddSingleton(sp => new TokenSource(TokenIssuer.Entra, entra.Issuers, Keys(sp, entra.OpenIdMetadata), entra));
        services.AddHealthChecks().AddCheck<SigningKeysCheck>(SigningKeysCheckName, timeout: TimeSpan.FromSeconds(10));
        services.AddSingleton<BotTokenValidator>();

        services.AddHttpClient(MsalHttpClients.Name);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClients>();
        services.AddSingleton<ConnectorTokens>();
        services.AddSingleton<ConnectorTokenSource>(sp => sp.GetRequiredService<ConnectorTokens>().GetAsync);
        return services;
    }

    private static SigningKeys Keys(IServiceProvider services, Uri metadata) => new(
        metadata,
        new HttpDocumentRetriever(services.GetRequiredService<IHttpClientFactory>().CreateClient(AuthSettings.MetadataClient))
        {
            // Plain http only where the setting itself is (loopback) http, never for a real key source.
            RequireHttps = metadata.Scheme != Uri.UriSchemeHttp,
        },
        services.GetRequiredService<TimeProvider>());
}
