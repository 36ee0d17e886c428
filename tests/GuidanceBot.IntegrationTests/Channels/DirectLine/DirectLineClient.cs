using GuidanceBot.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

namespace GuidanceBot.IntegrationTests.Channels.DirectLine;

/// <summary>Speaks Direct Line 3.0 over HTTP as DirectLineJS does, for one conversation at a time.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public string ConversationId { get; private set; } = "";
    public string Token { get; set; } = "";

    /// <summary>POST /conversations without a token (the Emulator's way): a new conversation, started.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> StartAsync(string? token = null, string? body = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/conversations", token, body is null ? null : Json(body));
        var json = await BodyAsync(response);
        if (response.IsSuccessStatusCode)
            (ConversationId, Token) = (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
        return (response.StatusCode, json);
    }

    /// <summary>POST /tokens/generate: a token for a conversation that is not started yet (the page's way).</summary>
    public async Task<JsonElement> GenerateAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "/tokens/generate", null, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await BodyAsync(response);
        (ConversationId, Token) = (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
        return json;
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Post, $"/conversations/{conversationId ?? ConversationId}/activities", token ?? Token, Json(activity.ToJsonString()));

    public Task<HttpResponseMessage> GetAsync(string? watermark = null, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Get, $"/conversations/{conversationId ?? ConversationId}/activities" + (watermark is null ? "" : "?watermark=" + watermark), token ?? Token, null);

    /// <summary>Posts a message as Web Chat stamps it, with a clientActivityID; returns the id the server gave it.</summary>
    public async Task<string> SayAsync(string? text, JsonObject? value = null, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "worker", ["role"] = "user" },
            ["channelId"] = "webchat",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) { activity["value"] = value; activity["channelData"]!["postBack"] = true; }
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BodyAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>GET activities after a watermark; returns them and the new watermark (which must be a string).</summary>
    public async Task<(IReadOnlyList<JsonElement> Activities, string Watermark)> ActivitiesAsync(string? watermark = null)
    {
        var response = await GetAsync(watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(JsonValueKind.String, body.GetProperty("watermark").ValueKind);
        return (body.GetProperty("activities").EnumerateArray().ToList(), body.GetProperty("watermark").GetString()!);
    }

    /// <summary>The card of the newest bot activity after the watermark.</summary>
    public async Task<JsonElement> LastBotCardAsync(string? watermark = null)
    {
        var (activities, _) = await ActivitiesAsync(watermark);
        var reply = activities.Last(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        return CardJson.Card(reply);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, Base + path) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
