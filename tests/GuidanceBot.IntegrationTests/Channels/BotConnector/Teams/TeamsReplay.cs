using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Outbound;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

/// <summary>
/// Replays recorded-shape Teams payloads (Channels/BotConnector/Teams/payloads/*.json) through the whole authenticated app: an app id,
/// a token signed by the fake key server's key with the payload's serviceUrl, the Connector replaced by a fake.
/// </summary>
public sealed class TeamsReplay : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string BotId = "28:" + ChannelAuthBot.AppId;

    public ChannelAuthBot Bot { get; } = new();

    public FakeConnector Connector => Bot.Connector;

    public static JsonObject Payload(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "GuidanceBot.IntegrationTests", "Channels", "BotConnector", "Teams", "payloads", name + ".json")))!.AsObject();

    /// <summary>Posts the payload with a valid channel token; returns the HTTP response once queued replies are delivered.</summary>
    public async Task<HttpResponseMessage> Post(JsonObject payload)
    {
        var response = await Bot.PostWithToken(Bot.Key.Token(serviceUrl: payload["serviceUrl"]!.GetValue<string>()), payload.ToJsonString());
        await Bot.DeliveryIdle();
        return response;
    }

    public Task<HttpResponseMessage> Post(string name) => Post(Payload(name));

    /// <summary>The URL the Connector is called at for this conversation, ids escaped as the SDK escapes them.</summary>
    public static string ActivityUrl(string conversationId, string activityId) =>
        $"{ServiceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";

    public static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public void Dispose() => Bot.Dispose();
}
