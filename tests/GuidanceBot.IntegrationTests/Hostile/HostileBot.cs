using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.Conversation.State;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>The app in memory with a counting state store, and raw JSON posted to /api/messages.</summary>
public sealed class HostileBot : IDisposable
{
    public BotFactory App { get; }
    public HttpClient Http { get; }

    public HostileBot() : this([]) { }

    private HostileBot(Dictionary<string, string?> settings)
    {
        App = new BotFactory { Settings = settings, TestServices = CountingStateStore.Register };
        Http = App.CreateClient();
    }

    /// <summary>A bot of its own with these settings (a limit a test sets small).</summary>
    public static HostileBot With(Dictionary<string, string?> settings) => new(settings);

    public CountingStateStore Store => App.Services.GetRequiredService<CountingStateStore>();

    /// <summary>What is stored for one conversation ("channel/conversation id"): its document and version, or null.</summary>
    public async Task<StoredState?> StateOf(string key) => await Store.ReadAsync(key, CancellationToken.None);

    public Task<HttpResponseMessage> PostMessages(string json) =>
        Http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The error body's reason: { error: { code, message } }.</summary>
    public static async Task<string> Reason(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("error").GetProperty("message").GetString()!;
    }

    /// <summary>A refusal a client can act on: 400 with a one-line reason, not a stack trace or an echo of the body.</summary>
    public static async Task AssertShortRefusal(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = await Reason(response);
        Assert.InRange(reason.Length, 1, 200);
        Assert.DoesNotContain('\n', reason);
    }

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
    }
}
