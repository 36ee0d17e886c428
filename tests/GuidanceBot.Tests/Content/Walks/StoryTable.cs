using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Content.Walks;

/// <summary>One case of a dialogs/&lt;walk&gt;.cases.yaml story table.</summary>
public sealed class StoryCase
{
    public string Name { get; set; } = "";
    /// <summary>Answers by variable: asked in walk order, each step takes the value of the variable it sets.</summary>
    public Dictionary<string, string>? Answers { get; set; }
    /// <summary>Or answers as an ordered list of { step id: value }.</summary>
    public List<Dictionary<string, string>>? Path { get; set; }
    public string Outcome { get; set; } = "";
    /// <summary>Optional: a locator that must be among the outcome's or its shown notes' citations.</summary>
    public string? Locator { get; set; }
    /// <summary>Optional: how many notes must be shown.</summary>
    public int? Notes { get; set; }
    /// <summary>Optional: the procedure profile in use. Without it the case must hold for every profile.</summary>
    public string? Authority { get; set; }
}

public sealed class StoryTable
{
    public string Walk { get; set; } = "";
    public List<StoryCase> Cases { get; set; } = [];

    public static StoryTable Load(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<StoryTable>(File.ReadAllText(path));

    public static IReadOnlyList<string> Files() =>
        Directory.GetFiles(TestPaths.Dialogs, "*" + WalkCatalog.CasesSuffix).Order(StringComparer.Ordinal).ToList();

    /// <summary>Turns a case into the answers list the conversation would store, failing with the case name if it cannot.</summary>
    public static IReadOnlyList<Answer> AnswersFor(Walk walk, StoryCase c, string? authority = null)
    {
        if ((c.Answers is null) == (c.Path is null))
            throw new InvalidOperationException($"case '{c.Name}': give either answers (by variable) or path (ordered), not both or neither");

        if (c.Path is not null)
            return c.Path.Select(p => p.Single()).Select(p => new Answer(p.Key, p.Value)).ToList();

        // By variable: let replay say which step is next, and answer it from the table.
        var answers = new List<Answer>();
        while (WalkReplay.Replay(walk, answers, authority).Position is AtStep at)
        {
            if (!c.Answers!.TryGetValue(at.Step.Sets, out var value))
                throw new InvalidOperationException($"case '{c.Name}': no answer for '{at.Step.Sets}' (asked at step {at.Step.Id})");
            answers.Add(new Answer(at.Step.Id, value));
            if (WalkReplay.Replay(walk, answers, authority).Consumed != answers.Count)
                throw new InvalidOperationException($"case '{c.Name}': '{value}' is not a choice of '{at.Step.Sets}'");
        }
        var unused = c.Answers!.Keys.Except(answers.Select(a => walk.FindStep(a.StepId)!.Sets)).ToList();
        if (unused.Count > 0)
            throw new InvalidOperationException($"case '{c.Name}': answers never asked on this path: {string.Join(", ", unused)}");
        return answers;
    }
}
