using System.Net;
using GuidanceBot.IntegrationTests.Channels.BotConnector.Auth;

namespace GuidanceBot.IntegrationTests.Channels.DirectLine;

/// <summary>The page and Direct Line: on in local mode, off with an app id, a setting decides explicitly; never a way around /api/messages' checks.</summary>
public sealed class WebChatSwitchTests
{
    [Fact]
    public async Task In_local_mode_the_page_and_direct_line_are_on()
    {
        using var app = new BotFactory();
        var http = app.CreateClient();
        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("chat.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await new DirectLineClient(http).StartAsync()).Status);
    }

    [Fact]
    public async Task The_page_serves_its_script_and_microsofts_bundle_with_a_policy_that_allows_only_this_server()
    {
        using var app = new BotFactory();
        var http = app.CreateClient();
        var bundle = await http.GetAsync("/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("directlinejs", await bundle.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/chat.js")).StatusCode);

        var page = await http.GetAsync("/");
        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
    }

    [Theory]
    [InlineData("/package.json")]
    [InlineData("/webchat/index.html")]
    [InlineData("/index.html")]
    [InlineData("/node_modules/botframework-webchat/package.json")]
    public async Task Nothing_else_is_served_as_a_file(string path)
    {
        using var app = new BotFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task In_local_mode_another_machine_gets_403_from_the_page_and_direct_line()
    {
        using var app = new BotFactory { RemoteAddress = IPAddress.Parse("192.0.2.10") };
        var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await new DirectLineClient(http).StartAsync()).Status);
    }

    [Fact]
    public async Task Set_off_in_local_mode_nothing_is_served()
    {
        using var app = new BotFactory { Settings = new() { ["WebChat:Enabled"] = "false" } };
        var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new DirectLineClient(http).StartAsync()).Status);
    }

    [Fact]
    public async Task With_an_app_id_they_are_off_by_default()
    {
        using var bot = new ChannelAuthBot();
        var http = bot.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new DirectLineClient(http).StartAsync()).Status);
    }

    [Fact]
    public async Task With_an_app_id_and_the_setting_on_they_serve_while_api_messages_still_demands_a_token()
    {
        using var bot = new ChannelAuthBot(new() { ["WebChat:Enabled"] = "true" });
        var http = bot.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        var client = new DirectLineClient(http);
        Assert.Equal(HttpStatusCode.Created, (await client.StartAsync()).Status);

        // A Direct Line token is not a Bot Connector token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Post(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Post("Bearer " + client.Token)).StatusCode);
    }
}
