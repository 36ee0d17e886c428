using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Conversation.State;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Instances;

/// <summary>Instances of the real app sharing one Redis, and what the tests read back from them.</summary>
public static class RedisBots
{
    /// <summary>One instance (an in-memory host) with State:Store = Redis at <paramref name="redis"/>.</summary>
    public static BotFactory Instance(string redis, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["State:Store"] = "Redis", ["ConnectionStrings:Redis"] = redis };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new BotFactory { Settings = all };
    }

    public static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N");

    /// <summary>The walk as stored: the top frame's answers as (step, value), read through the instance's own store.</summary>
    public static async Task<IReadOnlyList<(string Step, string Value)>> StoredAnswersAsync(BotFactory instance, string conversationId, string channelId = "test")
    {
        var stored = await instance.Services.GetRequiredService<IConversationStateStore>().ReadAsync($"{channelId}/{conversationId}", default);
        Assert.NotNull(stored);
        var state = StateSerializer.Deserialize(stored.Json);
        return [.. DialogStack.Top(state)!.Answers.Select(a => (a.StepId, a.Value))];
    }

    /// <summary>Sends with expectReplies and returns the status, the Retry-After header, and the first reply's card (if any).</summary>
    public static async Task<(HttpStatusCode Status, string? RetryAfter, JsonElement? Card)> SendAsync(BotClient chat, JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        var response = await chat.Post(activity);
        var retryAfter = response.Headers.RetryAfter?.ToString();
        if (response.StatusCode != HttpStatusCode.OK) return (response.StatusCode, retryAfter, null);
        var replies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities");
        return (response.StatusCode, retryAfter, replies.GetArrayLength() == 0 ? null : CardJson.Card(replies[0]));
    }

    public static Task<(HttpStatusCode Status, string? RetryAfter, JsonElement? Card)> ClickAsync(BotClient chat, string step, string value) =>
        SendAsync(chat, chat.Activity("message", new JsonObject { ["value"] = BotClient.Answer(step, value) }));

    /// <summary>GET /readyz: its status and each check's status by name.</summary>
    public static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> ReadyAsync(BotFactory instance)
    {
        var response = await instance.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString()!));
    }

    /// <summary>Polls /readyz until it is 200, for at most <paramref name="patience"/>: Redis reconnects in the background.</summary>
    public static async Task WaitUntilReadyAsync(BotFactory instance, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while ((await instance.CreateClient().GetAsync("/readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, $"/readyz was not 200 within {patience.TotalSeconds} s of Redis coming back.");
            await Task.Delay(100);
        }
    }
}
