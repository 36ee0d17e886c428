using System.Globalization;
using System.Text.RegularExpressions;
using GuidanceBot.Content.Rules;

namespace GuidanceBot.Content.Procedures;

/// <summary>What kind of disagreement between the content and a seed a <see cref="SeedProblem"/> reports.</summary>
public enum SeedProblemKind
{
    SeedMissing,
    LocatorNotFound,
    OutOfOrder,
    HeadingNotMapped,
    HeadingNotInSeed,
    UnmappedPreamble,
    PublishedMismatch,
    ContactNotInSeed,
    SeedContactNotInDirectory,
}

public sealed record SeedProblem(SeedProblemKind Kind, string Profile, string Message)
{
    public override string ToString() => $"{Profile}: {Message}";
}

/// <summary>
/// Checks the loaded content against the seed texts, so a citation can never drift: every locator is found
/// (and inside its own section, in order), every numbered heading maps to a section, the published date
/// matches, and every contact detail is in the seed or procedures/verified.yaml (and every one the seed
/// prints is in the directory).
/// </summary>
public static partial class SeedChecks
{
    /// <summary>Text before the first section may only be the page title and amendment box.</summary>
    public const int MaxPreambleWords = 80;

    /// <summary>Checks every profile against its published text, procedures/&lt;id&gt;/published.txt.</summary>
    public static IReadOnlyList<SeedProblem> Check(ProcedureLibrary library, string proceduresDirectory)
    {
        var problems = new List<SeedProblem>();
        foreach (var profile in library.Profiles)
        {
            var path = Path.Combine(proceduresDirectory, profile.TextFile);
            if (!File.Exists(path))
            {
                problems.Add(new(SeedProblemKind.SeedMissing, profile.Id, $"published text {profile.TextFile} not found in {proceduresDirectory}"));
                continue;
            }
            CheckProfile(profile, File.ReadAllText(path), library.Verified, problems);
        }
        return problems;
    }

    public static void CheckProfile(ProcedureProfile profile, string seedText, IReadOnlyList<VerifiedContact> verified, List<SeedProblem> problems)
    {
        var seed = Locator.Normalize(seedText);
        void Add(SeedProblemKind kind, string message) => problems.Add(new(kind, profile.Id, message));

        CheckSections(profile, seed, Add);
        CheckHeadings(profile, seedText, Add);
        CheckPublished(profile, seedText, seed, Add);

        foreach (var f in profile.Flags.Concat(profile.Sections.SelectMany(s => s.Flags)).Concat(profile.Directory.Entries.SelectMany(e => e.Flags)))
            if (f.Locator is not null && !Locator.IsFoundIn(f.Locator, seed))
                Add(SeedProblemKind.LocatorNotFound, $"flag locator \"{f.Locator}\" is not in the seed");

        CheckDirectory(profile, seedText, seed, verified, Add);
    }

    private static void CheckSections(ProcedureProfile profile, string seed, Action<SeedProblemKind, string> add)
    {
        var starts = new int[profile.Sections.Count];
        var from = 0;
        for (var i = 0; i < profile.Sections.Count; i++)
        {
            var s = profile.Sections[i];
            var needle = Locator.Normalize(s.Start);
            var at = seed.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0)
            {
                add(seed.Contains(needle, StringComparison.Ordinal) ? SeedProblemKind.OutOfOrder : SeedProblemKind.LocatorNotFound,
                    seed.Contains(needle, StringComparison.Ordinal)
                        ? $"section '{s.Id}' starts (\"{s.Start}\") before the section listed above it; sections must follow the seed's order"
                        : $"section '{s.Id}' start \"{s.Start}\" is not in the seed");
                starts[i] = -1;
                continue;
            }
            starts[i] = at;
            from = at + 1;
        }

        var firstStart = starts.FirstOrDefault(x => x >= 0);
        if (firstStart > 0 && Locator.WordCount(seed[..firstStart]) > MaxPreambleWords)
            add(SeedProblemKind.UnmappedPreamble, $"{Locator.WordCount(seed[..firstStart])} words come before the first section '{profile.Sections[0].Id}'; part of the seed is not mapped to any section");

        for (var i = 0; i < profile.Sections.Count; i++)
        {
            if (starts[i] < 0) continue;
            var s = profile.Sections[i];
            var end = starts.Skip(i + 1).FirstOrDefault(x => x >= 0, seed.Length);
            if (end <= starts[i]) end = seed.Length;
            var at = starts[i];
            foreach (var (step, n) in s.Steps.Select((step, n) => (step, n + 1)))
            {
                var needle = Locator.Normalize(step.Locator);
                var found = seed.IndexOf(needle, at, StringComparison.Ordinal);
                if (found >= 0 && found + needle.Length <= end) { at = found; continue; }
                var inSection = seed.IndexOf(needle, starts[i], StringComparison.Ordinal) is var x && x >= 0 && x + needle.Length <= end;
                if (inSection) add(SeedProblemKind.OutOfOrder, $"section '{s.Id}' step {n} (\"{step.Locator}\") comes before the step above it in the seed");
                else if (seed.Contains(needle, StringComparison.Ordinal)) add(SeedProblemKind.LocatorNotFound, $"section '{s.Id}' step {n} locator \"{step.Locator}\" is in the seed but outside this section");
                else add(SeedProblemKind.LocatorNotFound, $"section '{s.Id}' step {n} locator \"{step.Locator}\" is not in the seed");
            }
        }
    }

    private static void CheckHeadings(ProcedureProfile profile, string seedText, Action<SeedProblemKind, string> add)
    {
        var lines = seedText.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var trimmed = lines.Select(l => Locator.Normalize(l)).ToHashSet();
        var mapped = profile.Sections.Where(s => s.Heading is not null).Select(s => Locator.Normalize(s.Heading!)).ToHashSet();
        foreach (var heading in NumberedHeadings(seedText).Where(h => !mapped.Contains(h)))
            add(SeedProblemKind.HeadingNotMapped, $"seed heading \"{heading}\" is not the heading of any section");
        foreach (var s in profile.Sections)
        {
            if (s.Heading is not null && !trimmed.Contains(Locator.Normalize(s.Heading)))
                add(SeedProblemKind.HeadingNotInSeed, $"section '{s.Id}' heading \"{s.Heading}\" is not a line of the seed");
            if (s.Subheading is not null && !trimmed.Contains(Locator.Normalize(s.Subheading)))
                add(SeedProblemKind.HeadingNotInSeed, $"section '{s.Id}' subheading \"{s.Subheading}\" is not a line of the seed");
        }
    }

    /// <summary>Headings printed with a number at the start of a line ("8. Using Independent Advocacy"); list items are indented.</summary>
    public static IReadOnlyList<string> NumberedHeadings(string seedText) =>
        seedText.Split('\n').Select(l => l.TrimEnd('\r', ' ')).Where(l => NumberedHeading().IsMatch(l)).ToList();

    private static void CheckPublished(ProcedureProfile profile, string seedText, string seed, Action<SeedProblemKind, string> add)
    {
        if (profile.PublishedLocator is not null && !Locator.IsFoundIn(profile.PublishedLocator, seed))
            add(SeedProblemKind.LocatorNotFound, $"publishedLocator \"{profile.PublishedLocator}\" is not in the seed");
        var match = LastUpdated().Match(seedText);
        DateOnly? seedDate = match.Success && DateOnly.TryParseExact(match.Groups[1].Value.Trim(), "MMMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (seedDate != profile.Published)
            add(SeedProblemKind.PublishedMismatch, $"published is {Show(profile.Published)} but the seed says {Show(seedDate)}");
        var version = VersionLine().Match(seedText);
        var seedVersion = version.Success ? version.Groups[1].Value : null;
        if (seedVersion != profile.Version)
            add(SeedProblemKind.PublishedMismatch, $"version is {profile.Version ?? "(none)"} but the seed says {seedVersion ?? "(none)"}");
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";

    private static void CheckDirectory(ProcedureProfile profile, string seedText, string seed, IReadOnlyList<VerifiedContact> verified, Action<SeedProblemKind, string> add)
    {
        bool IsVerified(string value, string kind) => verified.Any(v => v.Kind == kind && string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase));
        void Value(DirectoryEntry e, string kind, string value, bool inSeed)
        {
            if (inSeed || IsVerified(value, kind)) return;
            add(SeedProblemKind.ContactNotInSeed, $"directory entry '{e.Id}': {kind} '{value}' is neither in the seed nor in {ProcedureLoader.VerifiedFile}");
        }

        foreach (var e in profile.Directory.Entries)
        {
            if (e.Locator is not null && !Locator.IsFoundIn(e.Locator, seed))
                add(SeedProblemKind.LocatorNotFound, $"directory entry '{e.Id}' locator \"{e.Locator}\" is not in the seed");
            foreach (var p in e.Phones) Value(e, "phone", p.Number, Locator.IsFoundIn(p.Number, seed));
            if (e.Email is not null) Value(e, "email", e.Email, seed.Contains(e.Email, StringComparison.OrdinalIgnoreCase));
            if (e.Web is not null) Value(e, "web", e.Web, seed.Contains(BareUrl(e.Web), StringComparison.OrdinalIgnoreCase));
            foreach (var l in e.Links) Value(e, "web", l.Url, seed.Contains(BareUrl(l.Url), StringComparison.OrdinalIgnoreCase));
            if (e.Address is not null) Value(e, "address", e.Address, Locator.IsFoundIn(e.Address, seed));
            if (e.LinkText is not null && !Locator.IsFoundIn(e.LinkText, seed))
                add(SeedProblemKind.LocatorNotFound, $"directory entry '{e.Id}' linkText \"{e.LinkText}\" is not in the seed");
        }

        var entries = profile.Directory.Entries;
        var phones = entries.SelectMany(e => e.Phones).Select(p => Digits(p.Number)).ToHashSet();
        foreach (var phone in SeedPhones(seedText).Where(p => !phones.Contains(Digits(p))))
            add(SeedProblemKind.SeedContactNotInDirectory, $"the seed prints phone number {phone} but no directory entry has it");
        var emails = entries.Where(e => e.Email is not null).Select(e => e.Email!.ToLowerInvariant()).ToHashSet();
        foreach (var email in SeedEmails(seedText).Where(m => !emails.Contains(m.ToLowerInvariant())))
            add(SeedProblemKind.SeedContactNotInDirectory, $"the seed prints e-mail {email} but no directory entry has it");
        var webs = entries.SelectMany(e => e.Links.Select(l => l.Url).Append(e.Web)).OfType<string>().Select(BareUrl).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var web in SeedWebAddresses(seedText).Where(w => !webs.Contains(BareUrl(w))))
            add(SeedProblemKind.SeedContactNotInDirectory, $"the seed prints web address {web} but no directory entry has it");
    }

    /// <summary>A web address without scheme or trailing slash, as the seeds print them ("www.bdcab.org.uk").</summary>
    public static string BareUrl(string url)
    {
        var bare = url.Trim();
        foreach (var scheme in new[] { "https://", "http://" })
            if (bare.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) bare = bare[scheme.Length..];
        return bare.TrimEnd('/', '.', ';');
    }

    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    /// <summary>UK phone numbers as printed: a leading 0, ten or eleven digits, optional single spaces.</summary>
    public static IReadOnlyList<string> SeedPhones(string text) =>
        PhoneInText().Matches(text).Select(m => m.Value.Trim()).Where(v => Digits(v).Length is 10 or 11).Distinct().ToList();

    public static IReadOnlyList<string> SeedEmails(string text) =>
        EmailInText().Matches(text).Select(m => m.Value.TrimEnd('.')).Distinct().ToList();

    public static IReadOnlyList<string> SeedWebAddresses(string text) =>
        WebInText().Matches(text).Select(m => m.Value.TrimEnd('.', ';', ')', ',')).Distinct().ToList();

    /// <summary>UK postcodes ("RM10 7SE"), used to check no postal address is invented.</summary>
    public static IReadOnlyList<string> Postcodes(string text) =>
        PostcodeInText().Matches(text).Select(m => m.Value).Distinct().ToList();

    [GeneratedRegex(@"^\d{1,2}\. \S.*$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"Last Updated:\s*([A-Z][a-z]+ \d{1,2}, \d{4})")]
    private static partial Regex LastUpdated();

    [GeneratedRegex(@"^\s*(v\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"(?<![\d£])0\d{2,4}(?: ?\d){6,8}(?!\d)")]
    private static partial Regex PhoneInText();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex EmailInText();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s]+")]
    private static partial Regex WebInText();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")]
    private static partial Regex PostcodeInText();
}
