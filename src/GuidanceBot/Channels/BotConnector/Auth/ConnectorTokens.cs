using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Tokens for Connector calls, from MSAL: client credentials against the bot's tenant (SingleTenant) or
/// botframework.com (MultiTenant), or the host's managed identity endpoint for a user-assigned identity
/// (UserAssignedMSI: no secret anywhere). MSAL's in-memory token cache serves repeats and refreshes before expiry,
/// so no cache of our own.
/// </summary>
public sealed class ConnectorTokens
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Managed identity endpoints take a resource, not a scope.</summary>
    public const string Resource = "https://api.botframework.com";

    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;
    private readonly ILogger<ConnectorTokens> _logger;

    public ConnectorTokens(ChannelSettings channel, IMsalHttpClientFactory http, ILogger<ConnectorTokens> logger)
    {
        _logger = logger;
        if (channel.UsesManagedIdentity)
        {
            // MSAL picks the endpoint from the environment (App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER, else IMDS)
            // and sends the app id as client_id, choosing this identity among any others assigned to the host.
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(channel.AppId!))
                .WithHttpClientFactory(http)
                .Build();
            _acquire = cancellationToken => identity.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken);
        }
        else
        {
            var app = ConfidentialClientApplicationBuilder.Create(channel.AppId)
                .WithAuthority(Authority(channel))
                .WithClientSecret(channel.AppPassword)
                .WithHttpClientFactory(http)
                .Build();
            _acquire = cancellationToken => app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        }
    }

    public static string Authority(ChannelSettings channel) =>
        "https://login.microsoftonline.com/" + (channel.EffectiveAppType == ChannelSettings.MultiTenant ? "botframework.com" : channel.TenantId!.Trim());

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _acquire(cancellationToken).ConfigureAwait(false);
            Log.ConnectorTokenAcquired(_logger, result.AuthenticationResultMetadata.TokenSource.ToString(), result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            Log.ConnectorTokenFailed(_logger, ex.ErrorCode);
            throw;
        }
    }
}
