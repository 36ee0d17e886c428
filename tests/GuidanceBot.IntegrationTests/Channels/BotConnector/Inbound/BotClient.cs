using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

/// <summary>Posts activities to /api/messages as a channel would, for one conversation.</summary>
public sealed class BotClient(HttpClient http, string conversationId)
{
    public const string ServiceUrl = "http://localhost:9/";

    public JsonObject Activity(string type, JsonObject? extra = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
            ["channelId"] = "test",
            ["serviceUrl"] = ServiceUrl,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "worker-1", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["role"] = "bot" },
        };
        foreach (var (key, value) in extra ?? []) activity[key] = value?.DeepClone();
        return activity;
    }

    public Task<HttpResponseMessage> Post(JsonObject activity) =>
        http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>Sends with deliveryMode expectReplies and returns the reply activities from the body.</summary>
    public async Task<IReadOnlyList<JsonElement>> Expect(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        var response = await Post(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray().ToList();
    }

    public Task<IReadOnlyList<JsonElement>> Say(string text) => Expect(Activity("message", new JsonObject { ["text"] = text }));

    public Task<IReadOnlyList<JsonElement>> Click(JsonObject data) => Expect(Activity("message", new JsonObject { ["value"] = data }));

    public static JsonObject Answer(string step, string value) =>
        new() { ["gb"] = "answer", ["walk"] = "advocacy", ["step"] = step, ["value"] = value };

    public static JsonElement Card(JsonElement activity) => CardJson.Card(activity);
    public static string? CardId(JsonElement card) => CardJson.CardId(card);
    public static IReadOnlyList<string> ElementIds(JsonElement card) => CardJson.ElementIds(card);
    public static IEnumerable<JsonElement> SubmitData(JsonElement card) => CardJson.SubmitData(card);
    public static string AllText(JsonElement card) => CardJson.AllText(card);
}
