using System.Text.RegularExpressions;
using GuidanceBot.Channels.TeamsAppPackage;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Channels.BotConnector.Teams;

/// <summary>docs/deploy.md and appPackage/README.md name settings, options and files that really exist.</summary>
public sealed class DeployDocsTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([TestPaths.RepoRoot, .. path]));

    [Fact]
    public void DeployGuide_Settings_AreInTheReadmeSettingsTable()
    {
        var readme = Read("README.md");
        foreach (var setting in new[] { "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppPassword", "MicrosoftAppTenantId", "BotOpenIdMetadata" })
        {
            Assert.Contains($"`{setting}`", Read("docs", "deploy.md"));
            Assert.Contains($"| `{setting}` |", readme);
        }
    }

    [Fact]
    public void DeployGuide_EverySettingItTellsAdministratorsToSet_IsDocumentedInTheReadme()
    {
        var guide = Read("docs", "deploy.md");
        var section = guide[guide.IndexOf("## 3.", StringComparison.Ordinal)..guide.IndexOf("## 4.", StringComparison.Ordinal)];
        var readme = Read("README.md");
        // The first cell of each row names the settings, in the environment-variable form (`A__B` is `A:B`).
        var names = section.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line.Split('|')[1], "`([^`]+)`").Select(m => m.Groups[1].Value))
            .Select(name => name.Split("__<")[0].Replace("__", ":", StringComparison.Ordinal)).ToList();
        Assert.Contains("State:Store", names);
        foreach (var name in names)
            Assert.Contains($"`{name}", readme);
    }

    [Fact]
    public void DeployGuide_AppPackageOptions_AreOnesTheCommandAccepts()
    {
        var guide = Read("docs", "deploy.md");
        var section = guide[guide.IndexOf("## 5.", StringComparison.Ordinal)..guide.IndexOf("## 6.", StringComparison.Ordinal)];
        var options = Regex.Matches(section, @"--[a-z][a-z-]+").Select(m => m.Value).Where(o => o is not "--project").Distinct().ToList();
        Assert.Contains("--app-id", options);
        foreach (var option in options)
            // A bad app id makes every run stop before writing anything; only an unknown option gives 2.
            Assert.NotEqual(2, AppPackageCommand.Run(["--app-id", "not-a-guid", option, "x"], Path.Combine(TestPaths.RepoRoot, "appPackage"), TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void AppPackageReadme_NamesFilesThatExist()
    {
        foreach (Match file in Regex.Matches(Read("appPackage", "README.md"), @"\| `([a-z_]+\.(json|png|py))` \|"))
            Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "appPackage", file.Groups[1].Value)), file.Groups[1].Value);
    }
}
