using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.Content.Procedures;

/// <summary>One published variant of the procedure and the seed file holding its text.</summary>
public sealed record ProfileEntry(string Id, string Seed);

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
        return file.Profiles.Select(p => new ProfileEntry(p.Id, p.Seed)).ToList();
    }

    private sealed class ProfilesFile
    {
        public List<ProfileYaml> Profiles { get; set; } = [];
    }

    private sealed class ProfileYaml
    {
        public string Id { get; set; } = "";
        public string Seed { get; set; } = "";
    }
}
