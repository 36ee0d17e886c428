using Microsoft.Identity.Client;

namespace GuidanceBot.Channels.BotConnector.Auth;

/// <summary>Gives MSAL its HttpClient from IHttpClientFactory, so handlers are pooled and tests can stub the token endpoint.</summary>
public sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string Name = "Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(Name);
}
