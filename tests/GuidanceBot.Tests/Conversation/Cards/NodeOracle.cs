using System.Diagnostics;
using System.Text.Json.Nodes;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>What Microsoft's npm packages said about one {template, data} case.</summary>
public sealed record OracleResult(JsonNode? Expanded, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, string? Threw);

/// <summary>
/// Runs tests/oracles/oracle.js (adaptivecards-templating + adaptivecards) once for a batch of cases.
/// Node and the packages are required: when missing, the tests fail with how to install them.
/// </summary>
public static class NodeOracle
{
    public static string OracleDir => Path.Combine(TestPaths.RepoRoot, "tests", "oracles");

    public static IReadOnlyList<OracleResult> Run(IReadOnlyList<(JsonNode Template, JsonNode? Data)> cases)
    {
        var node = FindOnPath("node")
            ?? throw new InvalidOperationException("node was not found on PATH; the card oracle tests need Node.js. Run ./scripts/test.sh on a machine with Node 20.");
        foreach (var package in new[] { "adaptivecards", "adaptivecards-templating", "adaptive-expressions" })
            if (!Directory.Exists(Path.Combine(OracleDir, "node_modules", package)))
                throw new InvalidOperationException($"tests/oracles/node_modules/{package} is missing; run ./scripts/test.sh (it runs npm ci in tests/oracles).");

        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["template"] = c.Template.DeepClone(),
            ["data"] = c.Data?.DeepClone(),
        }).ToArray());

        var start = new ProcessStartInfo(node, "oracle.js")
        {
            WorkingDirectory = OracleDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The card oracle did not finish within 60 s.");
        }
        var stdout = stdoutTask.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The card oracle failed (exit {process.ExitCode}): {stderrTask.GetAwaiter().GetResult()}");

        var output = JsonNode.Parse(stdout)!.AsArray();
        return output.Select(r => new OracleResult(
            r!["expanded"]?.DeepClone(),
            Strings(r["errors"]),
            Strings(r["warnings"]),
            r["threw"]?.GetValue<string>())).ToList();
    }

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray a ? a.Select(x => x!.GetValue<string>()).ToList() : [];

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
