using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Inbound;

public sealed class TenantAuthorityTests
{
    [Fact]
    public async Task A_teams_tenant_mapped_in_configuration_gets_its_authoritys_procedure()
    {
        using var factory = new BotFactory { Settings = { ["Guidance:TenantAuthorities:tenant-ce"] = "cheshire-east" } };
        var chat = new BotClient(factory.CreateClient(), "conv-tenant");
        var menu = Assert.Single(await chat.Expect(chat.Activity("message", new JsonObject
        {
            ["text"] = "menu",
            ["conversation"] = new JsonObject { ["id"] = "conv-tenant", ["tenantId"] = "tenant-ce" },
        })));
        Assert.Contains("Cheshire East", BotClient.AllText(BotClient.Card(menu)));
    }

    [Fact]
    public void An_unknown_profile_in_configuration_stops_the_app_at_start_up()
    {
        using var factory = new BotFactory { Settings = { ["Guidance:DefaultAuthority"] = "atlantis" } };
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("atlantis", error.ToString());
    }
}
