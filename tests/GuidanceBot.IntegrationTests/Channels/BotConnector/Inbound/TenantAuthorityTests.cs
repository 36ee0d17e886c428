using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Text.Json.Nodes;
using GuidanceBot.Content.Procedures;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Inbound;

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
        // The registration Program.cs makes, checked the way the host checks it when it starts. (Through
        // WebApplicationFactory the failed start sometimes surfaces as ObjectDisposedException instead.)
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Guidance:DefaultAuthority"] = "atlantis" }).Build();
        var appOutput = Path.GetDirectoryName(typeof(GuidanceBot.Content.Procedures.ProcedureLibrary).Assembly.Location)!;
        var services = new ServiceCollection().AddProcedures(configuration, appOutput).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("atlantis", error.Message);
    }
}
