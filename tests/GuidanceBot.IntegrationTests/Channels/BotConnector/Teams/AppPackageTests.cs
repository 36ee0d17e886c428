using System.IO.Compression;
using System.Text.Json.Nodes;
using GuidanceBot.Channels.TeamsAppPackage;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;
namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

/// <summary>The Teams app package as the app-package command builds it, checked against the official schema.</summary>
public sealed class AppPackageTests
{
    private const string TestAppId = "3f2a9c1e-7b4d-4e6a-9c2b-5d8e1f0a7b36";

    private static string Template => Path.Combine(TestPaths.RepoRoot, "appPackage");

    private static Dictionary<string, byte[]> Build(AppPackageSettings settings)
    {
        using var zip = new MemoryStream();
        AppPackage.Write(Template, settings, zip);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    private static JsonObject BuiltManifest(AppPackageSettings? settings = null) =>
        JsonNode.Parse(Build(settings ?? new AppPackageSettings(TestAppId, ValidDomains: ["guidancebot.example.org"]))["manifest.json"])!.AsObject();

    [Fact]
    public void Package_HasManifestAndIconsAtTheZipRoot() =>
        Assert.Equal(["color.png", "manifest.json", "outline.png"], Build(new AppPackageSettings(TestAppId)).Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Manifest_AsBuilt_IsValidAgainstTheOfficialTeamsSchema()
    {
        var result = ManifestOracle.Validate(BuiltManifest());
        Assert.EndsWith(Path.Combine("teams", "v1.29", "MicrosoftTeams.schema.json"), result.Schema);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Manifest_WithABadBotId_IsRefusedByTheSchema()
    {
        // Proves the oracle is awake: the same manifest with a non-GUID bot id fails.
        var manifest = BuiltManifest();
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        Assert.Contains(ManifestOracle.Validate(manifest).Errors, e => e.StartsWith("/bots/0/botId"));
    }

    [Fact]
    public void Manifest_SchemaUrl_MatchesManifestVersion()
    {
        var manifest = BuiltManifest();
        var version = manifest["manifestVersion"]!.GetValue<string>();
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_TakesTheOrganisationsValues()
    {
        var manifest = BuiltManifest(new AppPackageSettings(TestAppId, "Care Guide", ["guidancebot.example.org", "*.example.org"], "1.2.3"));
        Assert.Equal(TestAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TestAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("Care Guide", manifest["name"]!["short"]!.GetValue<string>());
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        Assert.Equal(["guidancebot.example.org", "*.example.org"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Empty(ManifestOracle.Validate(manifest).Errors);
    }

    [Fact]
    public void Manifest_Bot_CoversPersonalTeamAndGroupChat()
    {
        var bot = BuiltManifest()["bots"]![0]!;
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal));
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Commands_AreFewShortAndUnderstoodByTheBot()
    {
        var walks = RepoWalks.Catalog.Walks;
        foreach (var list in BuiltManifest()["bots"]![0]!["commandLists"]!.AsArray())
        {
            var titles = list!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
            Assert.InRange(titles.Count, 1, 12); // the schema's limit per list since manifest v1.24
            // Choosing a command puts its title in the message; the bot must read it as a command or a walk's name.
            Assert.All(titles, t => Assert.True(t.Length <= 128 && (CommandRecognizer.Recognize(t) is not null || WalkNames.Exact(walks, t) is not null), $"'{t}' is not understood by the bot"));
            // There are more walks than command slots: the safety-critical ones are always offered, the rest are
            // one tap away in the menu. Help and change authority are there.
            Assert.All(new[] { "safeguarding", "advocacy", "urgent-support" }, id => Assert.Contains(titles, t => WalkNames.Exact(walks, t)?.Id == id));
            Assert.Contains(titles, t => CommandRecognizer.Recognize(t) == Command.Help);
            Assert.Contains(titles, t => CommandRecognizer.Recognize(t) == Command.ChangeAuthority);
        }
    }

    [Fact]
    public void ColorIcon_Is192SquareAndOpaque()
    {
        var png = Build(new AppPackageSettings(TestAppId))["color.png"];
        var header = PngHeader.Read(png);
        Assert.Equal((192, 192), (header.Width, header.Height));
        Assert.All(PngHeader.Pixels(png), p => Assert.Equal(255, p.A));
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var png = Build(new AppPackageSettings(TestAppId))["outline.png"];
        var header = PngHeader.Read(png);
        Assert.Equal((32, 32), (header.Width, header.Height));
        var pixels = PngHeader.Pixels(png);
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), "outline pixels must be white or transparent"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void Manifest_AccentColor_MatchesTheColorIconBackground()
    {
        var accent = BuiltManifest()["accentColor"]!.GetValue<string>();
        var corner = PngHeader.Pixels(Build(new AppPackageSettings(TestAppId))["color.png"])[0];
        Assert.Equal(accent, $"#{corner.R:X2}{corner.G:X2}{corner.B:X2}");
    }

    [Theory]
    [InlineData("not-a-guid", null, null, null)]
    [InlineData(TestAppId, "A name that is far too long for Teams", null, null)]
    [InlineData(TestAppId, null, "https://guidancebot.example.org", null)]
    [InlineData(TestAppId, null, "guidancebot.example.org/path", null)]
    [InlineData(TestAppId, null, null, "1.0")]
    public void Settings_Invalid_HaveAProblem(string appId, string? name, string? domain, string? version) =>
        Assert.NotEmpty(new AppPackageSettings(appId, name, domain is null ? null : [domain], version).Problems());

    [Fact]
    public void Settings_Valid_HaveNoProblem() =>
        Assert.Empty(new AppPackageSettings(TestAppId, "GuidanceBot", ["guidancebot.example.org", "*.azurewebsites.net"], "2.0.1").Problems());

    [Fact]
    public void Command_WritesTheZip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-{Guid.NewGuid():N}.zip");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, AppPackageCommand.Run(["--app-id", TestAppId, "--out", path, "--domain", "guidancebot.example.org"], Template, output, new StringWriter()));
            using var archive = ZipFile.OpenRead(path);
            Assert.Contains(archive.Entries, e => e.FullName == "manifest.json");
            Assert.Contains(TestAppId, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Command_BadAppId_FailsWithTheReasonAndWritesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-{Guid.NewGuid():N}.zip");
        var errors = new StringWriter();
        Assert.Equal(1, AppPackageCommand.Run(["--app-id", "nope", "--out", path], Template, new StringWriter(), errors));
        Assert.Contains("not a GUID", errors.ToString());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Command_UnknownOption_IsAUsageError() =>
        Assert.Equal(2, AppPackageCommand.Run(["--colour", "red"], Template, new StringWriter(), new StringWriter()));
}
