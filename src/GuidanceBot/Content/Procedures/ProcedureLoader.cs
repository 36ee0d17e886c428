using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GuidanceBot.Content.Procedures;

/// <summary>Thrown when procedures/ does not load; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class ProcedureContentException(IReadOnlyList<string> problems)
    : Exception("The procedure content in procedures/ is invalid:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Loads procedures/ (profiles.yaml, &lt;id&gt;/procedure.yaml, &lt;id&gt;/directory.yaml, law.yaml, verified.yaml) into
/// the records of <see cref="ProcedureLibrary"/>, then has <see cref="ProcedureValidator"/> check them, and fails
/// fast listing every problem. Checks against the published texts live in <see cref="SeedChecks"/>.
/// </summary>
public static class ProcedureLoader
{
    public const string LawFile = "law.yaml";
    public const string VerifiedFile = "verified.yaml";
    public const string ProcedureFile = "procedure.yaml";
    public const string DirectoryFile = "directory.yaml";

    public static ProcedureLibrary Load(string proceduresDirectory)
    {
        var problems = new List<string>();
        IReadOnlyList<ProfileEntry> index;
        try
        {
            index = ProfileList.Load(proceduresDirectory);
        }
        catch (Exception e) when (e is IOException or YamlException or UnauthorizedAccessException)
        {
            throw new ProcedureContentException([$"profiles.yaml: {e.Message}"]);
        }

        var law = ReadFile<LawYaml>(proceduresDirectory, LawFile, problems) is { } lawYaml ? MapLaw(lawYaml, problems) : [];
        var verified = ReadFile<VerifiedYaml>(proceduresDirectory, VerifiedFile, problems) is { } verifiedYaml ? MapVerified(verifiedYaml) : [];

        var seenIds = new HashSet<string>();
        var profiles = new List<ProcedureProfile>();
        foreach (var entry in index)
        {
            if (!seenIds.Add(entry.Id)) { problems.Add($"profiles.yaml: profile id '{entry.Id}' appears twice"); continue; }
            DateOnly? taken = null;
            if (entry.Taken is null) problems.Add($"profiles.yaml: profile '{entry.Id}' has no taken date (when its published.txt was copied in)");
            else if (DateOnly.TryParseExact(entry.Taken, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) taken = day;
            else problems.Add($"profiles.yaml: profile '{entry.Id}': taken '{entry.Taken}' is not a yyyy-MM-dd date");
            if (!File.Exists(Path.Combine(proceduresDirectory, ProfileEntry.TextFile(entry.Id))))
                problems.Add($"{ProfileEntry.TextFile(entry.Id)}: file is missing (the published page as text)");
            var procedure = ReadFile<ProcedureYaml>(proceduresDirectory, Path.Combine(entry.Id, ProcedureFile), problems);
            var directory = ReadFile<DirectoryYaml>(proceduresDirectory, Path.Combine(entry.Id, DirectoryFile), problems);
            if (procedure is null || directory is null) continue;
            profiles.Add(MapProfile(entry, taken, procedure, directory, problems));
        }

        var library = new ProcedureLibrary(profiles, law, verified);
        problems.AddRange(ProcedureValidator.Validate(library));
        if (problems.Count > 0) throw new ProcedureContentException(problems);
        return library;
    }

    private static T? ReadFile<T>(string root, string relative, List<string> problems) where T : class
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            problems.Add($"{relative}: file is missing");
            return null;
        }
        try
        {
            var value = Deserializer.Deserialize<T>(File.ReadAllText(path));
            if (value is null) problems.Add($"{relative}: file is empty");
            return value;
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is null ? "" : $" ({e.InnerException.Message})";
            problems.Add($"{relative}: line {e.Start.Line}: {e.Message}{inner}");
            return null;
        }
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The files must agree with profiles.yaml about whose they are; the rest is kept as written for the validator.</summary>
    private static ProcedureProfile MapProfile(ProfileEntry entry, DateOnly? taken, ProcedureYaml y, DirectoryYaml d, List<string> problems)
    {
        var file = $"{entry.Id}/{ProcedureFile}";
        if (y.Id != entry.Id) problems.Add($"{file}: id '{y.Id}' does not match the folder and profiles.yaml id '{entry.Id}'");
        if (d.Profile != entry.Id) problems.Add($"{entry.Id}/{DirectoryFile}: profile '{d.Profile}' does not match the folder '{entry.Id}'");

        DateOnly? published = null;
        if (y.Published is not null)
        {
            if (DateOnly.TryParseExact(y.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) published = date;
            else problems.Add($"{file}: published '{y.Published}' is not a yyyy-MM-dd date");
            if (y.PublishedLocator is null) problems.Add($"{file}: published is set but publishedLocator (where the seed says so) is missing");
        }

        var sections = y.Sections.Select(s => new Section(s.Id, s.Title ?? "", s.Heading, s.Subheading, s.Inferred, s.Start ?? "",
            s.AppliesTo, s.Summary ?? "", s.Law, s.Steps.Select(MapStep).ToList(), s.Flags.Select(MapFlag).ToList())).ToList();
        var absent = y.Absent.Select(a => new AbsentSection(a.Section, a.Note ?? "", a.See.Select(r => new SectionRef(r.Source, r.Section)).ToList())).ToList();

        return new ProcedureProfile(entry.Id, ProfileEntry.TextFile(entry.Id), taken, y.Name ?? "", y.Authority ?? "", y.Team ?? "", y.Title ?? "", y.Url ?? "",
            published, y.Version, y.PublishedLocator, y.Amendment, y.Scope ?? "", sections, absent, y.Flags.Select(MapFlag).ToList(),
            MapDirectory(d)) { Aliases = y.Aliases };
    }

    private static Step MapStep(StepYaml s) => new(s.Text ?? "", s.Locator ?? "", s.Numbered, s.Bullets, s.Law);

    private static OwnerFlag MapFlag(FlagYaml f) => new(f.Note ?? "", f.Locator, f.Evidence);

    private static LocalDirectory MapDirectory(DirectoryYaml d) => new(
        d.Note,
        d.Categories.Select(c => new DirectoryCategory(c.Id, c.Title ?? "")).ToList(),
        d.Entries.Select(e => new DirectoryEntry(e.Id, e.Name ?? "", e.Category ?? "", e.Purpose ?? "",
            e.Phones.Select(p => new PhoneNumber(p.Number ?? "", p.Note)).ToList(), e.Email, e.Web, e.Address,
            e.Links.Select(l => new WebLink(l.Label ?? "", l.Url ?? "")).ToList(), e.LinkText, e.Basis ?? "", e.Locator,
            e.Flags.Select(MapFlag).ToList()) { Caution = e.Caution }).ToList());

    /// <summary>Whether a reference was verified must be said (true or false); a missing answer is not taken as false.</summary>
    private static List<LegalReference> MapLaw(LawYaml y, List<string> problems)
    {
        foreach (var l in y.References.Where(l => l.Verified is null)) problems.Add($"{LawFile}: '{l.Id}': verified must be true or false");
        return y.References.Select(l => new LegalReference(l.Id, l.Title ?? "", l.Provision ?? "", l.Url ?? "", l.Verified ?? false,
            l.Summary ?? "", l.Note)).ToList();
    }

    private static List<VerifiedContact> MapVerified(VerifiedYaml y) =>
        y.Contacts.Select(v => new VerifiedContact(v.Value ?? "", v.Kind ?? "", v.Source ?? "", v.Note ?? "")).ToList();
}
