using Microsoft.Identity.Client;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// Tokens for Connector calls: MSAL client credentials against the bot's tenant (SingleTenant) or botframework.com
/// (MultiTenant). MSAL's in-memory app token cache serves repeats until shortly before expiry, so no cache of our own.
/// </summary>
public sealed class ConnectorTokens
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly IConfidentialClientApplication _app;
    private readonly ILogger<ConnectorTokens> _logger;

    public ConnectorTokens(ChannelSettings channel, IMsalHttpClientFactory http, ILogger<ConnectorTokens> logger)
    {
        _logger = logger;
        _app = ConfidentialClientApplicationBuilder.Create(channel.AppId)
            .WithAuthority(Authority(channel))
            .WithClientSecret(channel.AppPassword)
            .WithHttpClientFactory(http)
            .Build();
    }

    public static string Authority(ChannelSettings channel) =>
        "https://login.microsoftonline.com/" + (channel.EffectiveAppType == ChannelSettings.MultiTenant ? "botframework.com" : channel.TenantId!.Trim());

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
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
