using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.TestSupport;

/// <summary>
/// The routing evaluation set in tests/routing/: practitioner phrasings with what each should get (a walk, the
/// safeguarding card, passages of the procedure, an authority). Half "dev" (used while writing the examples and
/// tuning), half "kept" (only measured). Read by the tests and by the benchmark.
/// </summary>
public sealed class RoutingSet
{
    public sealed class Item
    {
        public string Text { get; set; } = "";
        public string? Walk { get; set; }
        public List<string> Also { get; set; } = [];
        public string? Authority { get; set; }
        public bool Typo { get; set; }
        public string Half { get; set; } = "";
        public string? Category { get; set; }
        public string? Type { get; set; }
        public string? Section { get; set; }
        public bool Absent { get; set; }
        public bool Indirect { get; set; }
        public string? Form { get; set; }
        public string? Note { get; set; }
        public string? Lean { get; set; }
        public string? Reason { get; set; }
        public bool IsDev => Half == "dev";
        public override string ToString() => Text;
    }

    private sealed class File
    {
        public List<Item> Items { get; set; } = [];
        public List<Item> Borderline { get; set; } = [];
    }

    public IReadOnlyList<Item> Walks { get; private init; } = [];
    public IReadOnlyList<Item> Risk { get; private init; } = [];
    public IReadOnlyList<Item> Ordinary { get; private init; } = [];
    public IReadOnlyList<Item> Borderline { get; private init; } = [];
    public IReadOnlyList<Item> Questions { get; private init; } = [];

    public static RoutingSet Load(string folder)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        File Read(string name) => yaml.Deserialize<File>(System.IO.File.ReadAllText(Path.Combine(folder, name))) ?? new File();
        var ordinary = Read("ordinary.yaml");
        return new RoutingSet
        {
            Walks = Read("walks.yaml").Items,
            Risk = Read("risk.yaml").Items,
            Ordinary = ordinary.Items,
            Borderline = ordinary.Borderline,
            Questions = Read("questions.yaml").Items,
        };
    }

    public IEnumerable<Item> All => Walks.Concat(Risk).Concat(Ordinary).Concat(Questions);
}
