using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GuidanceBot.Channels.TeamsAppPackage;

/// <summary>What an organisation sets in its Teams app package; the rest comes from appPackage/manifest.json.</summary>
public sealed record AppPackageSettings(string AppId, string? ShortName = null, IReadOnlyList<string>? ValidDomains = null, string? Version = null)
{
    /// <summary>Problems that would make Teams refuse the package, in words an administrator can act on.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Guid.TryParseExact(AppId, "D", out _)) yield return $"The app id '{AppId}' is not a GUID (the Azure Bot's Microsoft App ID, e.g. 2b7c…-…).";
        if (ShortName is { } name && (name.Length is 0 or > 30)) yield return "The name must be 1 to 30 characters.";
        if (Version is { } v && !Regex.IsMatch(v, @"^\d+\.\d+\.\d+$")) yield return $"The version '{v}' must look like 1.0.0.";
        foreach (var domain in ValidDomains ?? [])
            if (!Regex.IsMatch(domain, @"^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"))
                yield return $"The domain '{domain}' must be a host name only (no https://, no path), e.g. guidancebot.example.org.";
    }
}

/// <summary>
/// Builds the Teams app package: manifest.json and the two icons at the root of a zip (no folder), as Teams
/// admin and upload expect. The manifest template in appPackage/ holds everything but the per-organisation values.
/// </summary>
public static class AppPackage
{
    public const string ManifestFile = "manifest.json";
    public static readonly string[] IconFiles = ["color.png", "outline.png"];

    /// <summary>The template with this organisation's values filled in.</summary>
    public static JsonObject Manifest(JsonObject template, AppPackageSettings settings)
    {
        var manifest = template.DeepClone().AsObject();
        // One id for the Teams app and its bot: the Azure Bot's app id, so an administrator has one GUID to track.
        manifest["id"] = settings.AppId;
        foreach (var bot in manifest["bots"]!.AsArray()) bot!["botId"] = settings.AppId;
        if (settings.ShortName is { } name) manifest["name"]!["short"] = name;
        if (settings.Version is { } version) manifest["version"] = version;
        if (settings.ValidDomains is { } domains) manifest["validDomains"] = new JsonArray([.. domains.Select(d => JsonValue.Create(d))]);
        return manifest;
    }

    /// <summary>Writes the zip to <paramref name="output"/> from the template folder.</summary>
    public static void Write(string templateDirectory, AppPackageSettings settings, Stream output)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(templateDirectory, ManifestFile)))!.AsObject();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry(ManifestFile).Open()))
            writer.Write(Manifest(template, settings).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        foreach (var icon in IconFiles)
            zip.CreateEntryFromFile(Path.Combine(templateDirectory, icon), icon);
    }
}
