using System.Text.RegularExpressions;
using GuidanceBot.Content.Rules;

namespace GuidanceBot.Content.Procedures;

/// <summary>
/// The rules procedure content follows, checked on the loaded records: ids, required fields, https links, locators
/// of at most ten words, known law ids, UK phone numbers, directory categories, and the rule across profiles that
/// every topic one profile covers is covered or declared absent in every other. Every problem is reported.
/// </summary>
public static partial class ProcedureValidator
{
    public static readonly IReadOnlySet<string> Bases = new HashSet<string> { "seed", "search" };
    public static readonly IReadOnlySet<string> ContactKinds = new HashSet<string> { "phone", "email", "web", "address" };

    public static IReadOnlyList<string> Validate(ProcedureLibrary library)
    {
        var problems = new List<string>();
        var lawIds = library.Law.Select(l => l.Id).ToHashSet();
        foreach (var profile in library.Profiles) CheckProfile(profile, lawIds, problems);
        CheckLaw(library.Law, problems);
        CheckVerified(library.Verified, problems);
        CheckCrossProfile(library.Profiles, problems);
        return problems;
    }

    private static void CheckProfile(ProcedureProfile p, IReadOnlySet<string> lawIds, List<string> problems)
    {
        var file = $"{p.Id}/{ProcedureLoader.ProcedureFile}";
        void Problem(string message) => problems.Add($"{file}: {message}");

        if (!ContentIds.IsKebab(p.Id)) problems.Add($"profiles.yaml: profile id '{p.Id}' is not kebab-case");
        Required(p.Name, "name", Problem);
        Required(p.Authority, "authority", Problem);
        Required(p.Team, "team", Problem);
        Required(p.Title, "title", Problem);
        Required(p.Url, "url", Problem);
        Https(p.Url, "url", Problem);
        Required(p.Scope, "scope", Problem);
        if (p.PublishedLocator is not null) CheckLocator(p.PublishedLocator, "publishedLocator", Problem);

        var sectionIds = new HashSet<string>();
        foreach (var (s, i) in p.Sections.Select((s, i) => (s, i)))
        {
            void SectionProblem(string message) => Problem($"section {i + 1} '{s.Id}': {message}");
            if (!ContentIds.IsKebab(s.Id)) SectionProblem("id is not kebab-case");
            if (!sectionIds.Add(s.Id)) SectionProblem("id appears twice in this profile");
            Required(s.Start, "start", SectionProblem);
            CheckLocator(s.Start, "start", SectionProblem);
            if (s.Heading is null && !s.Inferred) SectionProblem("has no printed heading, so inferred must be true");
            if (s.Heading is not null && s.Inferred) SectionProblem("has a printed heading, so inferred must be false");
            if (s.Steps.Count == 0) SectionProblem("has no steps");
            Required(s.Title, "title", SectionProblem);
            Required(s.Summary, "summary", SectionProblem);
            CheckLawIds(s.Law, lawIds, SectionProblem);
            foreach (var (step, n) in s.Steps.Select((step, n) => (step, n + 1)))
                CheckStep(step, lawIds, m => SectionProblem($"step {n}: {m}"));
            foreach (var (flag, n) in s.Flags.Select((f, n) => (f, n + 1)))
                CheckFlag(flag, m => SectionProblem($"flag {n}: {m}"));
        }
        if (p.Sections.Count == 0) Problem("has no sections");

        foreach (var a in p.Absent)
        {
            if (sectionIds.Contains(a.Section)) Problem($"absent '{a.Section}' is also a section of this profile");
            if (string.IsNullOrWhiteSpace(a.Note)) Problem($"absent '{a.Section}' has no note for the worker");
        }
        if (p.Absent.Select(a => a.Section).Distinct().Count() != p.Absent.Count) Problem("an absent section is listed twice");

        foreach (var (flag, n) in p.Flags.Select((f, n) => (f, n + 1))) CheckFlag(flag, m => Problem($"flag {n}: {m}"));
        CheckDirectory(p.Id, p.Directory, problems);
    }

    private static void CheckStep(Step s, IReadOnlySet<string> lawIds, Action<string> problem)
    {
        Required(s.Text, "text", problem);
        Required(s.Locator, "locator", problem);
        CheckLocator(s.Locator, "locator", problem);
        if (s.Numbered.Any(string.IsNullOrWhiteSpace) || s.Bullets.Any(string.IsNullOrWhiteSpace)) problem("has an empty list item");
        if (s.Numbered.Count > 0 && s.Bullets.Count > 0) problem("has both numbered and bullets; split it into two steps");
        CheckLawIds(s.Law, lawIds, problem);
    }

    private static void CheckFlag(OwnerFlag f, Action<string> problem)
    {
        Required(f.Note, "note", problem);
        if (f.Locator is not null) CheckLocator(f.Locator, "locator", problem);
        if (f.Evidence is not null) Https(f.Evidence, "evidence", problem);
    }

    private static void CheckDirectory(string profileId, LocalDirectory d, List<string> problems)
    {
        var file = $"{profileId}/{ProcedureLoader.DirectoryFile}";
        void Problem(string message) => problems.Add($"{file}: {message}");

        foreach (var c in d.Categories)
        {
            if (!ContentIds.IsKebab(c.Id)) Problem($"category '{c.Id}' is not kebab-case");
            if (c.Title.Length == 0) Problem($"category '{c.Id}' has no title");
        }
        if (d.Categories.Select(c => c.Id).Distinct().Count() != d.Categories.Count) Problem("a category id appears twice");
        var categoryIds = d.Categories.Select(c => c.Id).ToHashSet();

        var ids = new HashSet<string>();
        foreach (var e in d.Entries)
        {
            void EntryProblem(string message) => Problem($"entry '{e.Id}': {message}");
            if (!ContentIds.IsKebab(e.Id)) EntryProblem("id is not kebab-case");
            if (!ids.Add(e.Id)) EntryProblem("id appears twice");
            Required(e.Name, "name", EntryProblem);
            Required(e.Purpose, "purpose", EntryProblem);
            if (!categoryIds.Contains(e.Category)) EntryProblem($"category '{e.Category}' is not one of this file's categories");
            if (!Bases.Contains(e.Basis)) EntryProblem($"basis '{e.Basis}' must be one of: {string.Join(", ", Bases)}");
            if (e.Basis == "seed" && e.Locator is null) EntryProblem("basis is seed, so locator (where the seed names it) is required");
            if (e.Locator is not null) CheckLocator(e.Locator, "locator", EntryProblem);
            if (e.Web is not null) Https(e.Web, "web", EntryProblem);
            foreach (var link in e.Links) Https(link.Url, $"link '{link.Label}'", EntryProblem);
            foreach (var phone in e.Phones)
                if (!PhonePattern().IsMatch(phone.Number)) EntryProblem($"phone '{phone.Number}' is not a UK number written as digits and spaces");
            if (e.Email is not null && !EmailPattern().IsMatch(e.Email)) EntryProblem($"email '{e.Email}' is not an e-mail address");
            foreach (var (flag, n) in e.Flags.Select((f, n) => (f, n + 1))) CheckFlag(flag, m => EntryProblem($"flag {n}: {m}"));
        }
    }

    private static void CheckLaw(IReadOnlyList<LegalReference> law, List<string> problems)
    {
        foreach (var l in law)
        {
            void Problem(string message) => problems.Add($"{ProcedureLoader.LawFile}: '{l.Id}': {message}");
            if (!ContentIds.IsKebab(l.Id)) Problem("id is not kebab-case");
            Required(l.Url, "url", Problem);
            Https(l.Url, "url", Problem);
            Required(l.Title, "title", Problem);
            Required(l.Provision, "provision", Problem);
            Required(l.Summary, "summary", Problem);
        }
        foreach (var dup in law.GroupBy(l => l.Id).Where(g => g.Count() > 1)) problems.Add($"{ProcedureLoader.LawFile}: id '{dup.Key}' appears twice");
    }

    private static void CheckVerified(IReadOnlyList<VerifiedContact> verified, List<string> problems)
    {
        foreach (var v in verified)
        {
            void Problem(string message) => problems.Add($"{ProcedureLoader.VerifiedFile}: '{v.Value}': {message}");
            if (!ContactKinds.Contains(v.Kind)) Problem($"kind '{v.Kind}' must be one of: {string.Join(", ", ContactKinds)}");
            Required(v.Value, "value", Problem);
            Required(v.Source, "source", Problem);
            Https(v.Source, "source", Problem);
        }
    }

    /// <summary>Rules across profiles: every topic any profile covers is either covered or declared absent in every other profile.</summary>
    private static void CheckCrossProfile(IReadOnlyList<ProcedureProfile> profiles, List<string> problems)
    {
        // A name a worker types must point to one authority only.
        foreach (var shared in profiles.SelectMany(p => p.Aliases.Append(p.Authority).Select(a => (p.Id, Name: a.Trim().ToLowerInvariant())))
                     .GroupBy(x => x.Name).Where(g => g.Select(x => x.Id).Distinct().Count() > 1))
            problems.Add($"profiles {string.Join(" and ", shared.Select(x => x.Id).Distinct())} share the name or alias '{shared.Key}'");
        foreach (var p in profiles.Where(p => p.Aliases.Any(string.IsNullOrWhiteSpace)))
            problems.Add($"{p.Id}/{ProcedureLoader.ProcedureFile}: an alias is empty");
        var sectionsByProfile = profiles.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Sections.Select(s => s.Id).ToHashSet());
        var all = profiles.SelectMany(p => p.Sections.Select(s => s.Id)).Distinct().ToList();
        foreach (var p in profiles)
        {
            var file = $"{p.Id}/{ProcedureLoader.ProcedureFile}";
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

    private static void Required(string? value, string field, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(value)) problem($"{field} is required");
    }

    private static void CheckLocator(string locator, string field, Action<string> problem)
    {
        var words = Locator.WordCount(locator);
        if (words == 0) problem($"{field} is empty");
        else if (words > Locator.MaxWords) problem($"{field} \"{locator}\" has {words} words; at most {Locator.MaxWords}");
    }

    private static void CheckLawIds(IReadOnlyList<string> ids, IReadOnlySet<string> lawIds, Action<string> problem)
    {
        foreach (var id in ids.Where(id => !lawIds.Contains(id))) problem($"law id '{id}' is not in {ProcedureLoader.LawFile}");
    }

    private static void Https(string value, string field, Action<string> problem)
    {
        if (value.Length > 0 && !HttpsLinks.IsHttpsUrl(value)) problem($"{field} '{value}' is not a well-formed https address");
    }

    [GeneratedRegex(@"^0[0-9 ]{9,12}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    private static partial Regex EmailPattern();
}
