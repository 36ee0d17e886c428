using System.Net;
using Microsoft.Extensions.DependencyInjection;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Channels.DirectLine;

/// <summary>Tokens and conversations expire, and memory is bounded, on a clock the test moves.</summary>
public sealed class DirectLineLimitsTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private BotFactory App(Dictionary<string, string?>? settings = null) => new()
    {
        Settings = settings ?? [],
        TestServices = services => services.AddSingleton<TimeProvider>(_clock),
    };

    [Fact]
    public async Task An_expired_token_gets_403_even_while_the_conversation_lives()
    {
        using var app = App(new() { ["WebChat:TokenLifetime"] = "00:30:00", ["WebChat:IdleExpiry"] = "02:00:00" });
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();

        _clock.Now += TimeSpan.FromMinutes(29);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync()).StatusCode);
        _clock.Now += TimeSpan.FromMinutes(2);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/tokens/refresh", client.Token, null)).StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_outlives_the_one_it_replaced()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        var old = client.Token;

        _clock.Now += TimeSpan.FromMinutes(15);
        var refreshed = await DirectLineClient.BodyAsync(await client.SendAsync(HttpMethod.Post, "/tokens/refresh", old, null));
        _clock.Now += TimeSpan.FromMinutes(20);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(token: old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(token: refreshed.GetProperty("token").GetString())).StatusCode);
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten_with_its_tokens()
    {
        using var app = App(new() { ["WebChat:IdleExpiry"] = "00:10:00" });
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();

        _clock.Now += TimeSpan.FromMinutes(9);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync()).StatusCode); // polling counts as use
        _clock.Now += TimeSpan.FromMinutes(9);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync()).StatusCode);
        _clock.Now += TimeSpan.FromMinutes(11);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync()).StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<GuidanceBot.Channels.DirectLine.DirectLineConversations>().Count);
    }

    [Fact]
    public async Task A_conversation_keeps_at_most_the_configured_number_of_activities_and_the_watermark_keeps_counting()
    {
        using var app = App(new() { ["WebChat:MaxActivitiesPerConversation"] = "4" });
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        for (var i = 0; i < 5; i++) await client.SayAsync("menu");

        var (activities, watermark) = await client.ActivitiesAsync();
        Assert.Equal(4, activities.Count);
        Assert.Equal("11", watermark); // welcome + 5 × (message and reply)
        Assert.EndsWith("|0000011", activities[^1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Past_the_conversation_cap_a_new_conversation_is_refused_until_idle_ones_expire()
    {
        using var app = App(new() { ["WebChat:MaxConversations"] = "2", ["WebChat:IdleExpiry"] = "00:10:00" });
        var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(http).StartAsync()).Status);
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(http).StartAsync()).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await new DirectLineClient(http).StartAsync()).Status);

        _clock.Now += TimeSpan.FromMinutes(11);
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(http).StartAsync()).Status);
    }

    [Theory]
    [InlineData("WebChat:MaxConversations", "0")]
    [InlineData("WebChat:MaxActivitiesPerConversation", "0")]
    [InlineData("WebChat:IdleExpiry", "00:00:00")]
    public void A_limit_that_cannot_work_stops_the_app_at_start_up(string key, string value)
    {
        using var app = App(new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("WebChat:", error.ToString());
    }

    [Fact]
    public async Task Posting_a_message_to_a_conversation_runs_its_turn_under_the_directline_channel()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        await client.SayAsync("advocacy");
        var store = app.Services.GetRequiredService<GuidanceBot.Conversation.State.IConversationStateStore>();
        Assert.NotNull(await store.ReadAsync("directline/" + client.ConversationId, CancellationToken.None));
    }
}
