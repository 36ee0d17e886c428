using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.Content.Procedures;

/// <summary>
/// One published variant of the procedure: its id and the date its published text (&lt;id&gt;/published.txt) was
/// taken into the repository.
/// </summary>
public sealed record ProfileEntry(string Id, string? Taken)
{
    /// <summary>Where a profile's published text lives, relative to procedures/.</summary>
    public static string TextFile(string id) => Path.Combine(id, PublishedText);

    public const string PublishedText = "published.txt";
}

/// <summary>Reads procedures/profiles.yaml: the ids every citation's Source must name.</summary>
public static class ProfileList
{
    public static IReadOnlyList<ProfileEntry> Load(string proceduresDirectory)
    {
        var yaml = File.ReadAllText(Path.Combine(proceduresDirectory, "profiles.yaml"));
        var file = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build()
            .Deserialize<ProfilesFile>(yaml);
        return file.Profiles.Select(p => new ProfileEntry(p.Id, p.Taken)).ToList();
    }

    private sealed class ProfilesFile
    {
        public List<ProfileYaml> Profiles { get; set; } = [];
    }

    private sealed class ProfileYaml
    {
        public string Id { get; set; } = "";
        public string? Taken { get; set; }
    }
}
