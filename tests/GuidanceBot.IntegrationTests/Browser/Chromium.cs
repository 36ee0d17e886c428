using Microsoft.Playwright;

namespace GuidanceBot.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright (which cannot download its own browser here). The flags keep a headless,
/// root, offline browser quiet: without the background-networking ones it floods the closed network with connections.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>A missing browser fails the browser tests, never skips them.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException(
                $"Chromium was not found at {Path}. Run ./scripts/test.sh, which installs it (apt-get install -y chromium) before the tests.");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Headless = true, Args = Flags });
    }
}
