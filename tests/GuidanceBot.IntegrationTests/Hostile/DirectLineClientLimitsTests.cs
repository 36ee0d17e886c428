using System.Net;
using Microsoft.Extensions.Options;
using GuidanceBot.Channels.DirectLine;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// One client (one address) cannot take every Direct Line conversation, nor ask for tokens without end: past its
/// share it is refused, and another client can still start a conversation.
/// </summary>
public sealed class DirectLineClientLimitsTests
{
    private static readonly IPAddress First = IPAddress.Loopback;
    private static readonly IPAddress Second = IPAddress.IPv6Loopback;

    private static BotFactory App(string key, string value) => new()
    {
        Settings = { [key] = value },
        TestServices = PeerAddress.Register,
    };

    [Fact]
    public async Task One_client_past_its_share_of_conversations_is_refused_and_another_client_can_still_start_one()
    {
        using var app = App("WebChat:MaxConversationsPerClient", "2");
        var first = app.CreateClient().From(First);
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(first).StartAsync()).Status);
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(first).StartAsync()).Status);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await new DirectLineClient(first).StartAsync()).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await new DirectLineClient(first).SendAsync(HttpMethod.Post, "/tokens/generate", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(app.CreateClient().From(Second)).StartAsync()).Status);
    }

    [Theory]
    [InlineData("/tokens/generate")]
    [InlineData("/conversations")]
    public async Task New_tokens_past_the_per_client_rate_are_429_and_another_client_is_still_served(string path)
    {
        using var app = App("WebChat:TokensPerClientPerMinute", "3");
        var first = new DirectLineClient(app.CreateClient().From(First));
        for (var i = 0; i < 3; i++)
            Assert.True((await first.SendAsync(HttpMethod.Post, path, null, null)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SendAsync(HttpMethod.Post, path, null, null)).StatusCode);
        Assert.True((await new DirectLineClient(app.CreateClient().From(Second)).SendAsync(HttpMethod.Post, path, null, null)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Generate_and_start_share_one_rate_per_client()
    {
        using var app = App("WebChat:TokensPerClientPerMinute", "2");
        var client = new DirectLineClient(app.CreateClient().From(First));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "/tokens/generate", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, "/conversations", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Post, "/conversations", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Post, "/tokens/generate", null, null)).StatusCode);
    }

    [Fact]
    public void Create_refuses_a_client_at_its_share_while_others_are_served_until_the_whole_cap()
    {
        var conversations = new DirectLineConversations(Options.Create(new WebChatOptions { MaxConversations = 3, MaxConversationsPerClient = 2 }), TimeProvider.System);
        Assert.NotNull(conversations.Create("user", "a"));
        Assert.NotNull(conversations.Create("user", "a"));
        Assert.Null(conversations.Create("user", "a"));
        Assert.NotNull(conversations.Create("user", "b"));
        Assert.Null(conversations.Create("user", "c")); // the whole cap, whoever asks
        Assert.Equal(3, conversations.Count);
    }
}
