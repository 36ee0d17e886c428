using GuidanceBot.Channels.BotConnector.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>The readiness check's name for the signing keys.</summary>
    public const string SigningKeysCheckName = "signing-keys";

    /// <summary>
    /// With a MicrosoftAppId: inbound token validation and MSAL tokens for the Connector. Call before AddOutbound,
    /// whose token source (none, for local mode) is only a fallback. Local mode registers nothing here.
    /// </summary>
    public static IServiceCollection AddChannelAuth(this IServiceCollection services, IConfiguration configuration)
    {
        if (ChannelSettings.From(configuration).LocalMode) return services;
        var settings = AuthSettings.From(configuration);
        services.AddSingleton(settings);

        // A hung key endpoint must not hold requests for HttpClient's default 100 s.
        services.AddHttpClient(AuthSettings.MetadataClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<IDocumentRetriever>(sp =>
            new HttpDocumentRetriever(sp.GetRequiredService<IHttpClientFactory>().CreateClient(AuthSettings.MetadataClient))
            {
                RequireHttps = !settings.AllowsHttp,
            });
        services.AddSingleton(sp => new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.OpenIdMetadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), sp.GetRequiredService<IDocumentRetriever>())
        {
            // The docs ask for a refresh at least daily (the manager adds up to an hour of jitter).
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = SigningKeys.MinimumRefreshInterval,
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeys>();
        services.AddHealthChecks().AddCheck<SigningKeysCheck>(SigningKeysCheckName, timeout: TimeSpan.FromSeconds(10));
        services.AddSingleton<BotTokenValidator>();

        services.AddHttpClient(MsalHttpClients.Name);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClients>();
        services.AddSingleton<ConnectorTokens>();
        services.AddSingleton<ConnectorTokenSource>(sp => sp.GetRequiredService<ConnectorTokens>().GetAsync);
        return services;
    }
}
