using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Inbound;

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

    /// <summary>The Adaptive Card of a reply activity.</summary>
    public static JsonElement Card(JsonElement activity)
    {
        var attachment = activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    /// <summary>The card's id ("question:advocacy:process", "outcome:advocacy:refer", "menu"...), set on its first element.</summary>
    public static string? CardId(JsonElement card) =>
        card.GetProperty("body")[0].TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>Every Action.Submit data object on a card, for finding a button by what it sends.</summary>
    public static IEnumerable<JsonElement> SubmitData(JsonElement card) => Descend(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "Action.Submit")
        .Select(e => e.GetProperty("data"));

    public static string AllText(JsonElement card) => string.Join("\n", Descend(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        .Select(e => e.GetProperty("text").GetString()));

    private static IEnumerable<JsonElement> Descend(JsonElement e)
    {
        yield return e;
        var children = e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => e.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var d in Descend(child))
                yield return d;
    }
}
