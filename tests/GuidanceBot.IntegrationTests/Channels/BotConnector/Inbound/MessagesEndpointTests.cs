using System.Net;
using System.Text;
using System.Text.Json;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

public sealed class MessagesEndpointTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private const string Conversation = """ "conversation": { "id": "conv-1" }, "serviceUrl": "http://localhost:9" """;

    private async Task<HttpResponseMessage> Post(string body, string contentType = "application/json", HttpClient? client = null)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await (client ?? factory.CreateClient()).PostAsync("/api/messages", content);
    }

    private static async Task<string> Reason(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString()!;

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_reason()
    {
        var response = await Post("{ not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", await Reason(response));
    }

    [Fact]
    public async Task A_json_value_that_is_not_an_object_is_a_400()
    {
        var response = await Post("[1,2]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Missing_type_is_a_400_naming_the_type()
    {
        var response = await Post($$"""{ {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await Reason(response));
    }

    [Fact]
    public async Task Missing_conversation_is_a_400_naming_the_conversation()
    {
        var response = await Post("""{ "type": "message", "text": "hi" }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation", await Reason(response));
    }

    [Fact]
    public async Task A_body_over_256_KB_is_a_400()
    {
        var big = new string('a', 300 * 1024);
        var response = await Post($$"""{ "type": "message", "text": "{{big}}", {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("KB", await Reason(response));
    }

    [Fact]
    public async Task A_non_json_content_type_is_a_415()
    {
        var response = await Post("type=message", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_field_type_is_a_400_not_a_500()
    {
        var response = await Post($$"""{ "type": 42, {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_type_we_do_not_act_on_is_acknowledged()
    {
        var response = await Post($$"""{ "type": "messageReaction", "reactionsAdded": [{ "type": "like" }], {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_invoke_is_a_501()
    {
        var response = await Post($$"""{ "type": "invoke", "name": "composeExtension/query", "value": {}, {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_card_invoke_without_an_action_is_a_400_with_an_error_body()
    {
        var response = await Post($$"""{ "type": "invoke", "name": "adaptiveCard/action", "value": {}, {{Conversation}} }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_message_without_a_service_url_is_a_400_unless_replies_are_expected_in_the_body()
    {
        var noUrl = await Post("""{ "type": "message", "text": "menu", "conversation": { "id": "c" } }""");
        Assert.Equal(HttpStatusCode.BadRequest, noUrl.StatusCode);

        var expectReplies = await Post("""{ "type": "message", "text": "menu", "deliveryMode": "expectReplies", "conversation": { "id": "c" } }""");
        Assert.Equal(HttpStatusCode.OK, expectReplies.StatusCode);
    }

    [Fact]
    public async Task Local_mode_refuses_to_reply_to_a_service_url_on_another_machine()
    {
        var response = await Post("""{ "type": "message", "text": "menu", "conversation": { "id": "c" }, "serviceUrl": "https://smba.trafficmanager.net/teams/" }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await Reason(response));
    }

    [Fact]
    public async Task Local_mode_refuses_a_request_carrying_a_token()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "abc.def.ghi");
        var response = await Post($$"""{ "type": "message", "text": "menu", {{Conversation}} }""", client: client);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Local_mode_refuses_requests_from_another_machine()
    {
        using var remote = new BotFactory { RemoteAddress = IPAddress.Parse("192.0.2.10") };
        var response = await Post($$"""{ "type": "message", "text": "menu", {{Conversation}} }""", client: remote.CreateClient());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_a_415_because_any_web_page_could_send_one()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{ "type": "message", "text": "menu", {{Conversation}} }"""));
        var response = await factory.CreateClient().PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Forwarded-Host", "tunnel.example")]
    public async Task Local_mode_refuses_requests_that_came_through_a_tunnel_or_proxy(string header, string value)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(header, value);
        var response = await Post($$"""{ "type": "message", "text": "menu", {{Conversation}} }""", client: client);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Local_mode_refuses_a_request_addressed_to_another_host_name()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "rebound.example";
        var response = await Post($$"""{ "type": "message", "text": "menu", {{Conversation}} }""", client: client);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Local_mode_accepts_loopback_requests()
    {
        using var local = new BotFactory { RemoteAddress = IPAddress.IPv6Loopback };
        var response = await Post($$"""{ "type": "message", "text": "menu", {{Conversation}} }""", client: local.CreateClient());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Starting_with_an_incomplete_app_configuration_fails_fast_naming_the_missing_setting()
    {
        // An app id alone: SingleTenant by default, which needs a tenant id and a client secret.
        using var withAppId = new BotFactory { Settings = { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" } };
        var error = Assert.Throws<InvalidOperationException>(() => withAppId.CreateClient());
        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }
}
