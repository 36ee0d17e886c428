namespace GuidanceBot.Content.Walks;

// The shape of dialogs/<walk>.yaml as YamlDotNet reads it. Every property is nullable so a missing
// key becomes a clear problem from the loader, not a null reference; unknown keys fail the read.
internal sealed class WalkYaml
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Group { get; set; }
    public List<string>? Keywords { get; set; }
    public List<string>? Examples { get; set; }
    public List<string>? RankLowerWithout { get; set; }
    public List<string>? Sections { get; set; }
    public List<StepYaml>? Steps { get; set; }
    public List<OutcomeYaml>? Outcomes { get; set; }
}

internal sealed class StepYaml
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public string? Help { get; set; }
    public string? Kind { get; set; }
    public string? Sets { get; set; }
    public List<ChoiceYaml>? Choices { get; set; }
    // Choice value → phrases that state that answer in a worker's message (kept as strings: "yes"/"no" keys stay text).
    public Dictionary<string, List<string>>? Cues { get; set; }
    public List<BranchYaml>? Next { get; set; }
}

internal sealed class ChoiceYaml
{
    public string? Value { get; set; }
    public string? Label { get; set; }
}

internal sealed class BranchYaml
{
    // A condition is free-form YAML ({var: value}, {all: [...]}, {any: [...]}); ConditionParser reads it.
    public object? When { get; set; }
    public string? Goto { get; set; }
}

internal sealed class OutcomeYaml
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Rule { get; set; }
    // Each step is text, or { text, when } for a step that holds only when its condition does.
    public List<object>? Do { get; set; }
    public List<NoteYaml>? Notes { get; set; }
    public List<CitationYaml>? Sources { get; set; }
    public List<string>? Offers { get; set; }
    public ChecklistYaml? Checklist { get; set; }
    public List<string>? Directory { get; set; }
}

internal sealed class ChecklistYaml
{
    public string? Title { get; set; }
    public List<ChecklistItemYaml>? Items { get; set; }
}

internal sealed class ChecklistItemYaml
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<CitationYaml>? Sources { get; set; }
}

internal sealed class NoteYaml
{
    public object? When { get; set; }
    public string? Text { get; set; }
    public List<CitationYaml>? Sources { get; set; }
}

internal sealed class CitationYaml
{
    // A profile id, "law:<id>", or a list of profile ids when the same passage is in several versions.
    public object? Source { get; set; }
    public string? Section { get; set; }
    public string? Locator { get; set; }
}
