using GuidanceBot.IntegrationTests;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Channels.BotConnector.Auth;
using GuidanceBot.Channels.BotConnector.Outbound;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

/// <summary>
/// The real app with an app id, its key source, token endpoint and Connector replaced by fakes, so tests go through
/// the real HTTP pipeline with genuinely signed tokens.
/// </summary>
public sealed class ChannelAuthBot : IDisposable
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";
    public const string TenantId = "11111111-1111-1111-1111-111111111111";
    public const string ServiceUrl = "https://smba.test/teams/";
    /// <summary>A serviceUrl on a real Bot Connector host, for Entra tokens that carry no serviceurl claim.</summary>
    public const string ConnectorHostServiceUrl = "https://smba.trafficmanager.net/teams/";

    public TestSigningKey Key { get; } = new("key-1", "msteams", "webchat");
    /// <summary>Published in the fake Entra keys document only, without endorsements, as Entra's keys are.</summary>
    public TestSigningKey EntraKey { get; } = new("entra-key-1");
    public FakeKeyServer Keys { get; }
    public FakeTokenEndpoint Login { get; } = new();
    public FakeConnector Connector { get; } = new();
    public LogSink Logs { get; } = new();
    public BotFactory Factory { get; }

    public ChannelAuthBot(Dictionary<string, string?>? settings = null)
    {
        Keys = new FakeKeyServer(Key);
        Keys.AddEntra(EntraKey);
        var all = new Dictionary<string, string?>(OutboundHarness.FastRetries)
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotOpenIdMetadata"] = FakeKeyServer.MetadataUrl,
            ["EntraOpenIdMetadata"] = FakeKeyServer.EntraMetadataUrl,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        Factory = new BotFactory
        {
            Settings = all,
            TestServices = services =>
            {
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
                services.AddHttpClient(AuthSettings.MetadataClient).ConfigurePrimaryHttpMessageHandler(() => Keys);
                services.AddHttpClient(MsalHttpClients.Name).ConfigurePrimaryHttpMessageHandler(() => Login);
                services.RouteConnectorTo(Connector);
            },
        };
    }

    public static string Message(string conversation = "auth-1", string channelId = "msteams", string serviceUrl = ServiceUrl) => $$"""
        { "type": "message", "id": "act-1", "text": "menu", "channelId": "{{channelId}}", "serviceUrl": "{{serviceUrl}}",
          "conversation": { "id": "{{conversation}}" }, "from": { "id": "29:user" }, "recipient": { "id": "28:bot" } }
        """;

    public Task<HttpResponseMessage> Post(string? authorization, string? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body ?? Message(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Factory.CreateClient().SendAsync(request);
    }

    public Task<HttpResponseMessage> PostWithToken(string token, string? body = null) => Post("Bearer " + token, body);

    /// <summary>The checks named by the "Unauthorized" log events, in order.</summary>
    public IReadOnlyList<string> FailedChecks => [.. Logs.Named("Unauthorized").Select(e => e.State["Check"]!.ToString()!)];

    public Task DeliveryIdle() =>
        Factory.Services.GetRequiredService<ReplyDelivery>().WhenIdle().WaitAsync(OutboundHarness.Patience);

    public void Dispose() => Factory.Dispose();
}
