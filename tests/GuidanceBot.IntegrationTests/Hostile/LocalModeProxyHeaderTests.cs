using System.Net;
using System.Text;
using GuidanceBot.IntegrationTests.Channels.DirectLine;

namespace GuidanceBot.IntegrationTests.Hostile;

/// <summary>
/// Local mode answers this machine only: a request carrying any header a proxy, tunnel or load balancer adds was not
/// sent straight from here, and is refused on both front doors.
/// </summary>
public sealed class LocalModeProxyHeaderTests(BotFactory factory) : IClassFixture<BotFactory>
{
    public static TheoryData<string, string> Headers => new()
    {
        { "X-Real-IP", "203.0.113.7" },
        { "X-Client-IP", "203.0.113.7" },
        { "CF-Connecting-IP", "203.0.113.7" },
        { "True-Client-IP", "203.0.113.7" },
        { "Via", "1.1 tunnel.example" },
        { "X-Original-For", "203.0.113.7" },
        { "X-Forwarded-Proto", "https" },
        { "X-Forwarded-For", "203.0.113.7" },
        { "X-Forwarded-Host", "tunnel.example" },
        { "Forwarded", "for=203.0.113.7;proto=https" },
    };

    private HttpClient Through(string header, string value)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        return http;
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task Api_messages_refuses_a_request_carrying_a_proxy_header(string header, string value)
    {
        var body = """{ "type": "message", "text": "menu", "deliveryMode": "expectReplies", "conversation": { "id": "proxied" } }""";
        var response = await Through(header, value).PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task Every_direct_line_route_refuses_a_request_carrying_a_proxy_header(string header, string value)
    {
        var direct = new DirectLineClient(factory.CreateClient());
        await direct.StartAsync();
        var proxied = new DirectLineClient(Through(header, value));
        var activity = new StringContent("""{ "type": "message", "text": "menu" }""", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Post, "/tokens/generate", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Post, "/conversations", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Post, "/tokens/refresh", direct.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Get, $"/conversations/{direct.ConversationId}", direct.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Post, $"/conversations/{direct.ConversationId}/activities", direct.Token, activity)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await proxied.SendAsync(HttpMethod.Get, $"/conversations/{direct.ConversationId}/activities", direct.Token, null)).StatusCode);
        // The same token straight from this machine still works: the refusal changed nothing.
        Assert.Equal(HttpStatusCode.OK, (await direct.GetAsync()).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task The_chat_page_is_refused_through_a_proxy_header(string header, string value)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Through(header, value).GetAsync("/")).StatusCode);
    }
}
