using System.Text.RegularExpressions;
using GuidanceBot.Channels.DirectLine;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Channels.DirectLine;

/// <summary>What the README says about the local chat names real files and settings.</summary>
public sealed partial class WebChatReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

    [Fact]
    public void The_screenshot_the_readme_shows_is_a_committed_png()
    {
        var image = Assert.Single(ImageLink().Matches(Readme)).Groups[1].Value;
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, image));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public void Every_webchat_setting_in_the_readme_is_a_real_option_and_every_option_is_documented()
    {
        var documented = WebChatSetting().Matches(Readme).Select(m => m.Groups[1].Value).ToHashSet();
        var options = typeof(WebChatOptions).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.Equal(options.Order(), documented.Order());
    }

    [Fact]
    public void The_files_the_readme_names_for_the_page_exist()
    {
        foreach (var file in new[] { "src/GuidanceBot/webchat/package-lock.json", "src/GuidanceBot/webchat/index.html", "src/GuidanceBot/webchat/chat.js" })
            Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, file)), file);
        Assert.Contains("src/GuidanceBot/webchat/package-lock.json", Readme);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.png)\)")]
    private static partial Regex ImageLink();

    [GeneratedRegex(@"`WebChat:([A-Za-z]+)`")]
    private static partial Regex WebChatSetting();
}
