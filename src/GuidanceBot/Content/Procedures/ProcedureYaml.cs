namespace GuidanceBot.Content.Procedures;

// The shapes of procedures/<profile>/procedure.yaml, directory.yaml, law.yaml and verified.yaml as YamlDotNet
// reads them. Unknown keys are errors (YamlDotNet rejects them), so a misspelt field cannot be silently ignored;
// every value is kept as written, and ProcedureValidator says what is wrong with it.

internal sealed class ProcedureYaml
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Authority { get; set; }
    public string? Team { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Version { get; set; }
    public string? PublishedLocator { get; set; }
    public string? Amendment { get; set; }
    public string? Scope { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<FlagYaml> Flags { get; set; } = [];
    public List<SectionYaml> Sections { get; set; } = [];
    public List<AbsentYaml> Absent { get; set; } = [];
}

internal sealed class SectionYaml
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Heading { get; set; }
    public string? Subheading { get; set; }
    public bool Inferred { get; set; }
    public string? Start { get; set; }
    public string? AppliesTo { get; set; }
    public string? Summary { get; set; }
    public List<string> Law { get; set; } = [];
    public List<StepYaml> Steps { get; set; } = [];
    public List<FlagYaml> Flags { get; set; } = [];
}

internal sealed class StepYaml
{
    public string? Text { get; set; }
    public string? Locator { get; set; }
    public List<string> Numbered { get; set; } = [];
    public List<string> Bullets { get; set; } = [];
    public List<string> Law { get; set; } = [];
}

internal sealed class FlagYaml
{
    public string? Note { get; set; }
    public string? Locator { get; set; }
    public string? Evidence { get; set; }
}

internal sealed class AbsentYaml
{
    public string Section { get; set; } = "";
    public string? Note { get; set; }
    public List<RefYaml> See { get; set; } = [];
}

internal sealed class RefYaml
{
    public string Source { get; set; } = "";
    public string Section { get; set; } = "";
}

internal sealed class DirectoryYaml
{
    public string? Profile { get; set; }
    public string? Note { get; set; }
    public List<CategoryYaml> Categories { get; set; } = [];
    public List<EntryYaml> Entries { get; set; } = [];
}

internal sealed class CategoryYaml
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
}

internal sealed class EntryYaml
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? Purpose { get; set; }
    public List<PhoneYaml> Phones { get; set; } = [];
    public string? Email { get; set; }
    public string? Web { get; set; }
    public string? Address { get; set; }
    public List<LinkYaml> Links { get; set; } = [];
    public string? LinkText { get; set; }
    public string? Basis { get; set; }
    public string? Locator { get; set; }
    // What a worker should know before passing this on, in their words (owner flags never reach a card).
    public string? Caution { get; set; }
    public List<FlagYaml> Flags { get; set; } = [];
}

internal sealed class PhoneYaml
{
    public string? Number { get; set; }
    public string? Note { get; set; }
}

internal sealed class LinkYaml
{
    public string? Label { get; set; }
    public string? Url { get; set; }
}

internal sealed class LawYaml
{
    public List<LawRefYaml> References { get; set; } = [];
}

internal sealed class LawRefYaml
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Provision { get; set; }
    public string? Url { get; set; }
    public bool? Verified { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }
}

internal sealed class VerifiedYaml
{
    public List<VerifiedContactYaml> Contacts { get; set; } = [];
}

internal sealed class VerifiedContactYaml
{
    public string? Value { get; set; }
    public string? Kind { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}
