using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>
/// One issuer's OpenID metadata and keys (the Bot Connector's, or Entra's for the bot's tenant): ConfigurationManager
/// caches them and refreshes every 12 hours. Its
/// RequestRefresh only starts a background fetch (IdentityModel 8.x), so the request that meets a rotated key would
/// fail; <see cref="RefreshAsync"/> fetches at once instead, at most once per <see cref="MinimumRefreshInterval"/>,
/// and serves that copy until the manager's next refresh.
/// </summary>
public sealed class SigningKeys(Uri metadata, IDocumentRetriever documents, TimeProvider time)
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager =
        new(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), documents)
        {
            // The docs ask for a refresh at least daily (the manager adds up to an hour of jitter).
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = MinimumRefreshInterval,
        };

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private DateTimeOffset _lastRefresh = DateTimeOffset.MinValue;
    // A copy fetched by RefreshAsync, with the manager's copy at that moment: once the manager returns anything else it has refreshed too.
    // A reference (not a struct) so readers on other threads see the pair whole, never half-written.
    private sealed record Forced(OpenIdConnectConfiguration Fresh, OpenIdConnectConfiguration ManagerHad);
    private Forced? _forced;

    public async Task<OpenIdConnectConfiguration> CurrentAsync(CancellationToken cancellationToken)
    {
        var cached = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var forced = Volatile.Read(ref _forced);
        if (forced is not null && ReferenceEquals(forced.ManagerHad, cached)) return forced.Fresh;
        Volatile.Write(ref _forced, null);
        return cached;
    }

    /// <summary>A newer copy than <paramref name="seen"/>, or null when the interval forbids a fetch (or the fetch fails).</summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration seen, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request refreshed while this one waited: use its copy.
            if (Volatile.Read(ref _forced) is { } f && !ReferenceEquals(f.Fresh, seen)) return f.Fresh;

            var now = time.GetUtcNow();
            if (now - _lastRefresh < MinimumRefreshInterval) return null;
            _lastRefresh = now;

            var fresh = await OpenIdConnectConfigurationRetriever.GetAsync(metadata.AbsoluteUri, documents, cancellationToken).ConfigureAwait(false);
            // Served until the manager's own (automatic) refresh replaces its copy; no RequestRefresh, which would fetch twice.
            Volatile.Write(ref _forced, new Forced(fresh, await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false)));
            return fresh;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
