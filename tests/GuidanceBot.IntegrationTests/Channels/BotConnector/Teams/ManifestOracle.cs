using System.Diagnostics;
using System.Text.Json.Nodes;
using GuidanceBot.TestSupport;

namespace GuidanceBot.IntegrationTests.Channels.BotConnector.Teams;

/// <summary>
/// Runs tests/oracles/manifest.js: the official Teams manifest schema from the npm package @microsoft/app-manifest,
/// checked with the validator settings that package uses. Node and the packages are required, as for the card oracle.
/// </summary>
public static class ManifestOracle
{
    public sealed record Result(string Schema, IReadOnlyList<string> Errors);

    public static Result Validate(JsonObject manifest)
    {
        var dir = Path.Combine(TestPaths.RepoRoot, "tests", "oracles");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@microsoft", "app-manifest")))
            throw new InvalidOperationException("tests/oracles/node_modules/@microsoft/app-manifest is missing; run ./scripts/test.sh (it runs npm ci in tests/oracles).");
        var start = new ProcessStartInfo("node", "manifest.js")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(new JsonObject { ["manifest"] = manifest.DeepClone() }.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The manifest oracle did not finish within 60 s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The manifest oracle failed (exit {process.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        var output = JsonNode.Parse(stdout.GetAwaiter().GetResult())!;
        return new Result(output["schema"]!.GetValue<string>(), output["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList());
    }
}
