using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using GuidanceBot.Content.Rules;

namespace GuidanceBot.Content.Procedures;

/// <summary>Thrown when procedures/ does not load; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class ProcedureContentException(IReadOnlyList<string> problems)
    : Exception("The procedure content in procedures/ is invalid:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Loads procedures/ (profiles.yaml, &lt;id&gt;/procedure.yaml, &lt;id&gt;/directory.yaml, law.yaml, verified.yaml),
/// checks the schema and cross-references, and fails fast listing every problem. Checks against the seed
/// texts live in <see cref="SeedChecks"/>, because the seeds may be absent where the app runs.
/// </summary>
public static partial class ProcedureLoader
{
    public const string LawFile = "law.yaml";
    public const string VerifiedFile = "verified.yaml";
    public const string ProcedureFile = "procedure.yaml";
    public const string DirectoryFile = "directory.yaml";

    public static readonly IReadOnlySet<string> Bases = new HashSet<string> { "seed", "search" };
    public static readonly IReadOnlySet<string> ContactKinds = new HashSet<string> { "phone", "email", "web", "address" };

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
        var verified = ReadFile<VerifiedYaml>(proceduresDirectory, VerifiedFile, problems) is { } verifiedYaml ? MapVerified(verifiedYaml, problems) : [];
        var lawIds = law.Select(l => l.Id).ToHashSet();

        var seenIds = new HashSet<string>();
        var profiles = new List<ProcedureProfile>();
        foreach (var entry in index)
        {
            if (!IsKebab(entry.Id)) problems.Add($"profiles.yaml: profile id '{entry.Id}' is not kebab-case");
            if (!seenIds.Add(entry.Id)) { problems.Add($"profiles.yaml: profile id '{entry.Id}' appears twice"); continue; }
            if (string.IsNullOrWhiteSpace(entry.Seed)) problems.Add($"profiles.yaml: profile '{entry.Id}' has no seed");
            var procedure = ReadFile<ProcedureYaml>(proceduresDirectory, Path.Combine(entry.Id, ProcedureFile), problems);
            var directory = ReadFile<DirectoryYaml>(proceduresDirectory, Path.Combine(entry.Id, DirectoryFile), problems);
            if (procedure is null || directory is null) continue;
            profiles.Add(MapProfile(entry, procedure, directory, lawIds, problems));
        }

        CheckCrossProfile(profiles, problems);
        if (problems.Count > 0) throw new ProcedureContentException(problems);
        return new ProcedureLibrary(profiles, law, verified);
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

    private static ProcedureProfile MapProfile(ProfileEntry entry, ProcedureYaml y, DirectoryYaml d, IReadOnlySet<string> lawIds, List<string> problems)
    {
        var file = $"{entry.Id}/{ProcedureFile}";
        void Problem(string message) => problems.Add($"{file}: {message}");

        if (y.Id != entry.Id) Problem($"id '{y.Id}' does not match the folder and profiles.yaml id '{entry.Id}'");
        var name = Required(y.Name, "name", Problem);
        var authority = Required(y.Authority, "authority", Problem);
        var team = Required(y.Team, "team", Problem);
        var title = Required(y.Title, "title", Problem);
        var url = Required(y.Url, "url", Problem);
        CheckHttps(url, "url", Problem);
        var scope = Required(y.Scope, "scope", Problem);

        DateOnly? published = null;
        if (y.Published is not null)
        {
            if (DateOnly.TryParseExact(y.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) published = date;
            else Problem($"published '{y.Published}' is not a yyyy-MM-dd date");
            if (y.PublishedLocator is null) Problem("published is set but publishedLocator (where the seed says so) is missing");
        }
        if (y.PublishedLocator is not null) CheckLocator(y.PublishedLocator, "publishedLocator", Problem);

        var sections = new List<Section>();
        var sectionIds = new HashSet<string>();
        foreach (var (s, i) in y.Sections.Select((s, i) => (s, i)))
        {
            var where = $"section {i + 1} '{s.Id}'";
            void SectionProblem(string message) => Problem($"{where}: {message}");
            if (!IsKebab(s.Id)) SectionProblem("id is not kebab-case");
            if (!sectionIds.Add(s.Id)) SectionProblem("id appears twice in this profile");
            var start = Required(s.Start, "start", SectionProblem);
            CheckLocator(start, "start", SectionProblem);
            if (s.Heading is null && !s.Inferred) SectionProblem("has no printed heading, so inferred must be true");
            if (s.Heading is not null && s.Inferred) SectionProblem("has a printed heading, so inferred must be false");
            if (s.Steps.Count == 0) SectionProblem("has no steps");
            CheckLaw(s.Law, lawIds, SectionProblem);
            var steps = s.Steps.Select((step, n) => MapStep(step, lawIds, m => SectionProblem($"step {n + 1}: {m}"))).ToList();
            var flags = s.Flags.Select((f, n) => MapFlag(f, m => SectionProblem($"flag {n + 1}: {m}"))).ToList();
            sections.Add(new Section(s.Id, Required(s.Title, "title", SectionProblem), s.Heading, s.Subheading, s.Inferred,
                start, s.AppliesTo, Required(s.Summary, "summary", SectionProblem), s.Law, steps, flags));
        }
        if (sections.Count == 0) Problem("has no sections");

        var absent = new List<AbsentSection>();
        foreach (var a in y.Absent)
        {
            if (sectionIds.Contains(a.Section)) Problem($"absent '{a.Section}' is also a section of this profile");
            if (string.IsNullOrWhiteSpace(a.Note)) Problem($"absent '{a.Section}' has no note for the worker");
            absent.Add(new AbsentSection(a.Section, a.Note ?? "", a.See.Select(r => new SectionRef(r.Source, r.Section)).ToList()));
        }
        if (absent.Select(a => a.Section).Distinct().Count() != absent.Count) Problem("an absent section is listed twice");

        var profileFlags = y.Flags.Select((f, n) => MapFlag(f, m => Problem($"flag {n + 1}: {m}"))).ToList();
        var directory = MapDirectory(entry.Id, d, problems);

        return new ProcedureProfile(entry.Id, entry.Seed, name, authority, team, title, url, published, y.Version,
            y.PublishedLocator, y.Amendment, scope, sections, absent, profileFlags, directory);
    }

    private static Step MapStep(StepYaml s, IReadOnlySet<string> lawIds, Action<string> problem)
    {
        var text = Required(s.Text, "text", problem);
        var locator = Required(s.Locator, "locator", problem);
        CheckLocator(locator, "locator", problem);
        if (s.Numbered.Any(string.IsNullOrWhiteSpace) || s.Bullets.Any(string.IsNullOrWhiteSpace)) problem("has an empty list item");
        if (s.Numbered.Count > 0 && s.Bullets.Count > 0) problem("has both numbered and bullets; split it into two steps");
        CheckLaw(s.Law, lawIds, problem);
        return new Step(text, locator, s.Numbered, s.Bullets, s.Law);
    }

    private static OwnerFlag MapFlag(FlagYaml f, Action<string> problem)
    {
        var note = Required(f.Note, "note", problem);
        if (f.Locator is not null) CheckLocator(f.Locator, "locator", problem);
        if (f.Evidence is not null) CheckHttps(f.Evidence, "evidence", problem);
        return new OwnerFlag(note, f.Locator, f.Evidence);
    }

    private static LocalDirectory MapDirectory(string profileId, DirectoryYaml d, List<string> problems)
    {
        var file = $"{profileId}/{DirectoryFile}";
        void Problem(string message) => problems.Add($"{file}: {message}");
        if (d.Profile != profileId) Problem($"profile '{d.Profile}' does not match the folder '{profileId}'");

        var categories = d.Categories.Select(c => new DirectoryCategory(c.Id, c.Title ?? "")).ToList();
        foreach (var c in categories)
        {
            if (!IsKebab(c.Id)) Problem($"category '{c.Id}' is not kebab-case");
            if (c.Title.Length == 0) Problem($"category '{c.Id}' has no title");
        }
        if (categories.Select(c => c.Id).Distinct().Count() != categories.Count) Problem("a category id appears twice");
        var categoryIds = categories.Select(c => c.Id).ToHashSet();

        var ids = new HashSet<string>();
        var entries = new List<DirectoryEntry>();
        foreach (var e in d.Entries)
        {
            void EntryProblem(string message) => Problem($"entry '{e.Id}': {message}");
            if (!IsKebab(e.Id)) EntryProblem("id is not kebab-case");
            if (!ids.Add(e.Id)) EntryProblem("id appears twice");
            if (!categoryIds.Contains(e.Category ?? "")) EntryProblem($"category '{e.Category}' is not one of this file's categories");
            if (!Bases.Contains(e.Basis ?? "")) EntryProblem($"basis '{e.Basis}' must be one of: {string.Join(", ", Bases)}");
            if (e.Basis == "seed" && e.Locator is null) EntryProblem("basis is seed, so locator (where the seed names it) is required");
            if (e.Locator is not null) CheckLocator(e.Locator, "locator", EntryProblem);
            if (e.Web is not null) CheckHttps(e.Web, "web", EntryProblem);
            foreach (var link in e.Links) CheckHttps(link.Url ?? "", $"link '{link.Label}'", EntryProblem);
            foreach (var phone in e.Phones)
                if (!PhonePattern().IsMatch(phone.Number ?? "")) EntryProblem($"phone '{phone.Number}' is not a UK number written as digits and spaces");
            if (e.Email is not null && !EmailPattern().IsMatch(e.Email)) EntryProblem($"email '{e.Email}' is not an e-mail address");
            entries.Add(new DirectoryEntry(e.Id, Required(e.Name, "name", EntryProblem), e.Category ?? "",
                Required(e.Purpose, "purpose", EntryProblem),
                e.Phones.Select(p => new PhoneNumber(p.Number ?? "", p.Note)).ToList(), e.Email, e.Web, e.Address,
                e.Links.Select(l => new WebLink(l.Label ?? "", l.Url ?? "")).ToList(), e.LinkText, e.Basis ?? "", e.Locator,
                e.Flags.Select((f, n) => MapFlag(f, m => EntryProblem($"flag {n + 1}: {m}"))).ToList()));
        }
        return new LocalDirectory(d.Note, categories, entries);
    }

    private static List<LegalReference> MapLaw(LawYaml y, List<string> problems)
    {
        var list = new List<LegalReference>();
        foreach (var l in y.References)
        {
            void Problem(string message) => problems.Add($"{LawFile}: '{l.Id}': {message}");
            if (!IsKebab(l.Id)) Problem("id is not kebab-case");
            var url = Required(l.Url, "url", Problem);
            CheckHttps(url, "url", Problem);
            if (l.Verified is null) Problem("verified must be true or false");
            list.Add(new LegalReference(l.Id, Required(l.Title, "title", Problem), Required(l.Provision, "provision", Problem),
                url, l.Verified ?? false, Required(l.Summary, "summary", Problem), l.Note));
        }
        foreach (var dup in list.GroupBy(l => l.Id).Where(g => g.Count() > 1)) problems.Add($"{LawFile}: id '{dup.Key}' appears twice");
        return list;
    }

    private static List<VerifiedContact> MapVerified(VerifiedYaml y, List<string> problems)
    {
        var list = new List<VerifiedContact>();
        foreach (var v in y.Contacts)
        {
            void Problem(string message) => problems.Add($"{VerifiedFile}: '{v.Value}': {message}");
            if (!ContactKinds.Contains(v.Kind ?? "")) Problem($"kind '{v.Kind}' must be one of: {string.Join(", ", ContactKinds)}");
            var source = Required(v.Source, "source", Problem);
            CheckHttps(source, "source", Problem);
            list.Add(new VerifiedContact(Required(v.Value, "value", Problem), v.Kind ?? "", source, v.Note ?? ""));
        }
        return list;
    }

    /// <summary>Rules across profiles: every topic any profile covers is either covered or declared absent in every other profile.</summary>
    private static void CheckCrossProfile(IReadOnlyList<ProcedureProfile> profiles, List<string> problems)
    {
        var sectionsByProfile = profiles.ToDictionary(p => p.Id, p => p.Sections.Select(s => s.Id).ToHashSet());
        var all = profiles.SelectMany(p => p.Sections.Select(s => s.Id)).Distinct().ToList();
        foreach (var p in profiles)
        {
            var file = $"{p.Id}/{ProcedureFile}";
            foreach (var id in all.Where(id => !sectionsByProfile[p.Id].Contains(id) && p.FindAbsent(id) is null))
                problems.Add($"{file}: another profile has section '{id}'; add it here or list it under absent with a note for the worker");
            foreach (var a in p.Absent)
            {
                if (!all.Contains(a.Section)) problems.Add($"{file}: absent '{a.Section}' is not a section of any profile");
                foreach (var see in a.See)
                    if (!sectionsByProfile.TryGetValue(see.Source, out var ids) || !ids.Contains(see.Section))
                        problems.Add($"{file}: absent '{a.Section}' points to {see.Source}/{see.Section}, which does not exist");
            }
        }
    }

    private static string Required(string? value, string field, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(value)) problem($"{field} is required");
        return value ?? "";
    }

    private static void CheckLocator(string locator, string field, Action<string> problem)
    {
        var words = Locator.WordCount(locator);
        if (words == 0) problem($"{field} is empty");
        else if (words > Locator.MaxWords) problem($"{field} \"{locator}\" has {words} words; at most {Locator.MaxWords}");
    }

    private static void CheckLaw(IReadOnlyList<string> ids, IReadOnlySet<string> lawIds, Action<string> problem)
    {
        foreach (var id in ids.Where(id => !lawIds.Contains(id))) problem($"law id '{id}' is not in {LawFile}");
    }

    /// <summary>True when <paramref name="value"/> is an absolute https address with a host.</summary>
    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.')
        && !value.Any(char.IsWhiteSpace);

    private static void CheckHttps(string value, string field, Action<string> problem)
    {
        if (value.Length > 0 && !IsHttpsUrl(value)) problem($"{field} '{value}' is not a well-formed https address");
    }

    /// <summary>The one id rule for profiles, sections, directory entries and walks: walks cite section ids, so both must agree.</summary>
    public static bool IsKebab(string? id) => id is not null && KebabPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();

    [GeneratedRegex(@"^0[0-9 ]{9,12}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    private static partial Regex EmailPattern();

    // YAML shapes. Unknown keys are errors (YamlDotNet rejects them), so a misspelt field cannot be silently ignored.
    private sealed class ProcedureYaml
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
        public List<FlagYaml> Flags { get; set; } = [];
        public List<SectionYaml> Sections { get; set; } = [];
        public List<AbsentYaml> Absent { get; set; } = [];
    }

    private sealed class SectionYaml
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

    private sealed class StepYaml
    {
        public string? Text { get; set; }
        public string? Locator { get; set; }
        public List<string> Numbered { get; set; } = [];
        public List<string> Bullets { get; set; } = [];
        public List<string> Law { get; set; } = [];
    }

    private sealed class FlagYaml
    {
        public string? Note { get; set; }
        public string? Locator { get; set; }
        public string? Evidence { get; set; }
    }

    private sealed class AbsentYaml
    {
        public string Section { get; set; } = "";
        public string? Note { get; set; }
        public List<RefYaml> See { get; set; } = [];
    }

    private sealed class RefYaml
    {
        public string Source { get; set; } = "";
        public string Section { get; set; } = "";
    }

    private sealed class DirectoryYaml
    {
        public string? Profile { get; set; }
        public string? Note { get; set; }
        public List<CategoryYaml> Categories { get; set; } = [];
        public List<EntryYaml> Entries { get; set; } = [];
    }

    private sealed class CategoryYaml
    {
        public string Id { get; set; } = "";
        public string? Title { get; set; }
    }

    private sealed class EntryYaml
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
        public List<FlagYaml> Flags { get; set; } = [];
    }

    private sealed class PhoneYaml
    {
        public string? Number { get; set; }
        public string? Note { get; set; }
    }

    private sealed class LinkYaml
    {
        public string? Label { get; set; }
        public string? Url { get; set; }
    }

    private sealed class LawYaml
    {
        public List<LawRefYaml> References { get; set; } = [];
    }

    private sealed class LawRefYaml
    {
        public string Id { get; set; } = "";
        public string? Title { get; set; }
        public string? Provision { get; set; }
        public string? Url { get; set; }
        public bool? Verified { get; set; }
        public string? Summary { get; set; }
        public string? Note { get; set; }
    }

    private sealed class VerifiedYaml
    {
        public List<VerifiedContactYaml> Contacts { get; set; } = [];
    }

    private sealed class VerifiedContactYaml
    {
        public string? Value { get; set; }
        public string? Kind { get; set; }
        public string? Source { get; set; }
        public string? Note { get; set; }
    }
}
