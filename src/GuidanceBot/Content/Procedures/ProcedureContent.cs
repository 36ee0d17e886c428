namespace GuidanceBot.Content.Procedures;

// The procedure content as plain records: what procedures/ holds once loaded and validated.
// YAML shapes and their rules are described for owners in procedures/README.md.

/// <summary>Every profile, the shared legal references and the contact details confirmed outside the seeds.</summary>
public sealed record ProcedureLibrary(
    IReadOnlyList<ProcedureProfile> Profiles,
    IReadOnlyList<LegalReference> Law,
    IReadOnlyList<VerifiedContact> Verified)
{
    public ProcedureProfile? FindProfile(string id) => Profiles.FirstOrDefault(p => p.Id == id);
    public LegalReference? FindLaw(string id) => Law.FirstOrDefault(l => l.Id == id);

    /// <summary>Every section id used by any profile, in first-seen order.</summary>
    public IReadOnlyList<string> AllSectionIds() =>
        Profiles.SelectMany(p => p.Sections.Select(s => s.Id)).Distinct().ToList();
}

/// <summary>
/// One published variant of "Actions and Next Steps" (procedures/&lt;id&gt;/procedure.yaml + directory.yaml), with its
/// published page as text in <see cref="TextFile"/> (relative to procedures/), taken into the repository on <see cref="Taken"/>.
/// </summary>
public sealed record ProcedureProfile(
    string Id,
    string TextFile,
    DateOnly? Taken,
    string Name,
    string Authority,
    string Team,
    string Title,
    string Url,
    DateOnly? Published,
    string? Version,
    string? PublishedLocator,
    string? Amendment,
    string Scope,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<AbsentSection> Absent,
    IReadOnlyList<OwnerFlag> Flags,
    LocalDirectory Directory)
{
    /// <summary>How workers name this authority or its team in a message ("B&amp;D", "LBBD", "AAT"), besides its name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public Section? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);
    public AbsentSection? FindAbsent(string id) => Absent.FirstOrDefault(a => a.Section == id);
}

/// <summary>
/// One section of the procedure, in the seed's order. <see cref="Heading"/> is the heading as printed in
/// the seed, or null where the export lost it (then <see cref="Title"/> is inferred, see domain.md §1).
/// <see cref="Start"/> is a locator for the words the section starts with.
/// </summary>
public sealed record Section(
    string Id,
    string Title,
    string? Heading,
    string? Subheading,
    bool Inferred,
    string Start,
    string? AppliesTo,
    string Summary,
    IReadOnlyList<string> Law,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<OwnerFlag> Flags);

/// <summary>
/// One step in our own words. <see cref="Numbered"/> keeps a numbered list of the procedure as a numbered
/// list (summarised item by item, in order); <see cref="Bullets"/> does the same for a bulleted list.
/// </summary>
public sealed record Step(
    string Text,
    string Locator,
    IReadOnlyList<string> Numbered,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> Law);

/// <summary>Something the procedure owner should review: a seed entry that looks wrong, out of date or unfinished.</summary>
public sealed record OwnerFlag(string Note, string? Locator, string? Evidence);

/// <summary>
/// A topic another profile covers but this one does not. A walk tells the worker "your procedure does not
/// cover this" and points to <see cref="See"/> (usually the generic procedure) instead of guessing.
/// </summary>
public sealed record AbsentSection(string Section, string Note, IReadOnlyList<SectionRef> See);

public sealed record SectionRef(string Source, string Section);

/// <summary>The organisations, helplines and websites the seed names, grouped by category in the seed's order.</summary>
public sealed record LocalDirectory(
    string? Note,
    IReadOnlyList<DirectoryCategory> Categories,
    IReadOnlyList<DirectoryEntry> Entries);

public sealed record DirectoryCategory(string Id, string Title);

/// <summary>
/// An organisation or service. Contact details appear only when the seed prints them (<see cref="Basis"/> "seed")
/// or procedures/verified.yaml lists them; <see cref="LinkText"/> keeps a link caption whose address was lost.
/// </summary>
public sealed record DirectoryEntry(
    string Id,
    string Name,
    string Category,
    string Purpose,
    IReadOnlyList<PhoneNumber> Phones,
    string? Email,
    string? Web,
    string? Address,
    IReadOnlyList<WebLink> Links,
    string? LinkText,
    string Basis,
    string? Locator,
    IReadOnlyList<OwnerFlag> Flags)
{
    /// <summary>What a worker should know before passing this on ("check this number before you give it out"), shown on the card.</summary>
    public string? Caution { get; init; }
}

public sealed record PhoneNumber(string Number, string? Note);

public sealed record WebLink(string Label, string Url);

/// <summary>A statute, regulation or principle the procedures lean on; cited as "law:&lt;id&gt;".</summary>
public sealed record LegalReference(
    string Id,
    string Title,
    string Provision,
    string Url,
    bool Verified,
    string Summary,
    string? Note);

/// <summary>A contact detail not printed in a seed but confirmed in domain.md (basis "search"), with where.</summary>
public sealed record VerifiedContact(string Value, string Kind, string Source, string Note);
