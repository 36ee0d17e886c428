using System.Net.Http.Headers;

namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// Attaches the bearer token from <see cref="ConnectorTokenSource"/>. It sits inside the retry handler,
/// so every attempt asks again and a token that expired during a backoff is not reused.
/// </summary>
internal sealed class ConnectorAuthHandler(ConnectorTokenSource tokenSource) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenSource(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
