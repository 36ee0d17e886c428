using System.Net;
using System.Text.Json;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GuidanceBot.IntegrationTests;

public sealed class HealthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Healthz_answers_ok_with_the_running_version()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(AppVersion.Current, body.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_version_is_a_release_number_with_an_entry_in_the_changelog()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", AppVersion.Release);
        var changelog = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "CHANGELOG.md"));
        Assert.Contains(changelog, line => line.StartsWith($"## [{AppVersion.Release}]", StringComparison.Ordinal));
    }
}
