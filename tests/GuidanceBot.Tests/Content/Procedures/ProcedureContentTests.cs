using System.Text.RegularExpressions;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Rules;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Content.Procedures;

/// <summary>The content in procedures/ against its schema, the agreed ids and the seeds (the ground truth).</summary>
public sealed partial class ProcedureContentTests(ContentFixture content) : IClassFixture<ContentFixture>
{
    // domain.md §1.0: the official page of each published variant.
    public static TheoryData<string, string> OfficialPages => new()
    {
        { "rotherham", "https://rotherhamadults.trixonline.co.uk/chapter/actions-and-next-steps-occupational-therapy" },
        { "barking-dagenham", "https://proceduresonline.com/lbbd/adults/chapters/occup_therapy/p_action_next_steps_ot.html" },
        { "generic", "https://proceduresonline.com/templates/customers/adults/chapters/default_chapters/p_action_next_steps.html" },
        { "cheshire-east", "https://cheshireeastadults.trixonline.co.uk/chapter/actions-and-next-steps-contact-and-social-care-teams" },
        { "dorset", "https://dorsetadults.trixonline.co.uk/chapter/actions-and-next-steps-aat" },
    };

    [Theory]
    [MemberData(nameof(OfficialPages))]
    public void Each_profile_names_its_team_and_links_its_official_page(string profileId, string url)
    {
        var profile = content.Library.FindProfile(profileId);
        Assert.NotNull(profile);
        Assert.Equal(url, profile.Url);
        Assert.False(string.IsNullOrWhiteSpace(profile.Name));
        Assert.False(string.IsNullOrWhiteSpace(profile.Team));
    }

    [Fact]
    public void Every_locator_is_found_in_its_seed() =>
        Assert.True(content.Report(SeedProblemKind.LocatorNotFound) is "", content.Report(SeedProblemKind.LocatorNotFound));

    [Fact]
    public void Sections_and_their_steps_follow_the_seed_order() =>
        Assert.True(content.Report(SeedProblemKind.OutOfOrder) is "", content.Report(SeedProblemKind.OutOfOrder));

    [Fact]
    public void Every_numbered_seed_heading_maps_to_a_section() =>
        Assert.True(content.Report(SeedProblemKind.HeadingNotMapped) is "", content.Report(SeedProblemKind.HeadingNotMapped));

    [Fact]
    public void Every_heading_a_section_names_is_printed_in_the_seed() =>
        Assert.True(content.Report(SeedProblemKind.HeadingNotInSeed) is "", content.Report(SeedProblemKind.HeadingNotInSeed));

    [Fact]
    public void No_seed_text_before_the_first_section_is_left_unmapped() =>
        Assert.True(content.Report(SeedProblemKind.UnmappedPreamble) is "", content.Report(SeedProblemKind.UnmappedPreamble));

    [Fact]
    public void Published_date_and_version_match_the_seed() =>
        Assert.True(content.Report(SeedProblemKind.PublishedMismatch) is "", content.Report(SeedProblemKind.PublishedMismatch));

    [Fact]
    public void Every_contact_detail_is_printed_in_the_seed_or_listed_as_verified() =>
        Assert.True(content.Report(SeedProblemKind.ContactNotInSeed) is "", content.Report(SeedProblemKind.ContactNotInSeed));

    [Fact]
    public void Every_phone_number_email_and_web_address_a_seed_prints_is_in_its_directory() =>
        Assert.True(content.Report(SeedProblemKind.SeedContactNotInDirectory) is "", content.Report(SeedProblemKind.SeedContactNotInDirectory));

    [Theory]
    [InlineData("using-independent-advocacy")]
    [InlineData("safeguarding-concern")]
    [InlineData("providing-information-and-advice")]
    [InlineData("following-up-on-information-and-advice")]
    [InlineData("transferring-a-contact")]
    [InlineData("providing-information-about-a-person")]
    [InlineData("accessing-a-prevention-service")]
    [InlineData("allocation-for-assessment-or-support")]
    [InlineData("direct-support")]
    [InlineData("maintaining-existing-equipment")]
    public void Topics_every_procedure_covers_use_the_same_section_id_everywhere(string sectionId)
    {
        var without = content.Library.Profiles.Where(p => p.FindSection(sectionId) is null).Select(p => p.Id).ToList();
        Assert.True(without.Count == 0, $"{sectionId} missing from: {string.Join(", ", without)}");
    }

    [Theory]
    [InlineData("urgent-or-interim-support", "generic", "cheshire-east")]
    [InlineData("ordinary-residence", "generic", "cheshire-east")]
    [InlineData("authorisation-of-equipment-for-hospital-discharge", "barking-dagenham")]
    [InlineData("revising-a-care-and-support-plan", "generic", "cheshire-east")]
    [InlineData("transferring-a-review-or-reassessment-request", "dorset")]
    public void Topics_only_some_procedures_cover_tell_the_others_where_to_look(string sectionId, params string[] coveredBy)
    {
        foreach (var profile in content.Library.Profiles)
        {
            if (coveredBy.Contains(profile.Id))
            {
                Assert.NotNull(profile.FindSection(sectionId));
                continue;
            }
            var absent = profile.FindAbsent(sectionId);
            Assert.True(absent is not null, $"{profile.Id} should declare {sectionId} absent");
            Assert.NotEmpty(absent.See);
        }
    }

    [Fact]
    public void The_generic_profile_says_it_has_no_local_directory()
    {
        var generic = content.Library.FindProfile("generic")!;
        Assert.Empty(generic.Directory.Entries);
        Assert.False(string.IsNullOrWhiteSpace(generic.Directory.Note));
    }

    [Theory]
    [InlineData("care-act-s2")]
    [InlineData("care-act-s4")]
    [InlineData("care-act-s19-3")]
    [InlineData("care-act-s39")]
    [InlineData("care-act-s42")]
    [InlineData("care-act-s67")]
    [InlineData("care-act-s68")]
    [InlineData("mca-2005-imca")]
    [InlineData("mha-1983-imha")]
    [InlineData("advocacy-regs-2014-reg4")]
    [InlineData("caldicott-principles")]
    public void The_agreed_legal_reference_ids_exist(string id) => Assert.NotNull(content.Library.FindLaw(id));

    [Fact]
    public void Statutes_link_to_legislation_gov_uk()
    {
        foreach (var law in content.Library.Law.Where(l => Regex.IsMatch(l.Id, @"^care-act-s\d") || l.Id.StartsWith("mca-") || l.Id.StartsWith("mha-") || l.Id.Contains("regs")))
            Assert.StartsWith("https://www.legislation.gov.uk/", law.Url);
    }

    [Fact]
    public void Every_link_in_the_content_is_a_well_formed_https_address()
    {
        var bad = new List<string>();
        foreach (var file in ContentFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match m in UrlInText().Matches(text))
            {
                var url = m.Value.TrimEnd('.', ',', ')', ';', '"', '\'');
                if (!HttpsLinks.IsHttpsUrl(url)) bad.Add($"{Path.GetRelativePath(TestPaths.Procedures, file)}: {url}");
            }
            foreach (Match m in BareWww().Matches(text))
                bad.Add($"{Path.GetRelativePath(TestPaths.Procedures, file)}: '{m.Value}' is not written as an https address");
        }
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    [Fact]
    public void No_phone_number_or_postcode_appears_that_is_not_in_the_seeds_or_the_verified_list()
    {
        var seeds = ProfileList.Load(TestPaths.Procedures).Select(p => TestPaths.SeedText(p.Id)).ToList();
        var seedDigits = seeds.SelectMany(SeedChecks.SeedPhones).Select(SeedChecks.Digits).ToHashSet();
        var verifiedDigits = content.Library.Verified.Where(v => v.Kind == "phone").Select(v => SeedChecks.Digits(v.Value)).ToHashSet();
        var seedPostcodes = seeds.SelectMany(SeedChecks.Postcodes).ToHashSet();
        var bad = new List<string>();
        foreach (var file in ContentFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(TestPaths.Procedures, file);
            foreach (var phone in SeedChecks.SeedPhones(text).Where(p => !seedDigits.Contains(SeedChecks.Digits(p)) && !verifiedDigits.Contains(SeedChecks.Digits(p))))
                bad.Add($"{name}: phone {phone}");
            foreach (var postcode in SeedChecks.Postcodes(text).Where(p => !seedPostcodes.Contains(p)))
                bad.Add($"{name}: postcode {postcode}");
        }
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    [Theory]
    [InlineData("generic", "urgent-or-interim-support", "£1000")]
    [InlineData("cheshire-east", "urgent-or-interim-support", "£1000")]
    [InlineData("dorset", "accessing-a-prevention-service", "cannot provide intensive")]
    public void Seed_wording_the_domain_notes_question_is_flagged_for_the_owner(string profileId, string sectionId, string flagLocatorContains)
    {
        var section = content.Library.FindProfile(profileId)!.FindSection(sectionId)!;
        Assert.Contains(section.Flags, f => f.Locator is not null && f.Locator.Contains(flagLocatorContains));
    }

    [Theory]
    [InlineData("rotherham", "LASER")]
    [InlineData("rotherham", "Listening Ear")]
    [InlineData("cheshire-east", "Deafblind UK")]
    [InlineData("cheshire-east", "Independent Age")]
    [InlineData("dorset", "SWAN")]
    public void Directory_entries_the_domain_notes_question_keep_the_seed_value_and_carry_a_flag(string profileId, string nameContains)
    {
        var entry = content.Library.FindProfile(profileId)!.Directory.Entries.Single(e => e.Name.Contains(nameContains));
        Assert.NotEmpty(entry.Flags);
    }

    [Fact]
    public void Steps_do_not_paste_long_passages_of_the_seed()
    {
        // A summary may share short phrases with the procedure, never a sentence: no run of 12 words is copied.
        var copied = new List<string>();
        foreach (var profile in content.Library.Profiles)
        {
            var seed = Locator.Normalize(TestPaths.SeedText(profile.Id));
            foreach (var step in profile.Sections.SelectMany(s => s.Steps))
                foreach (var text in step.Numbered.Concat(step.Bullets).Append(step.Text))
                {
                    var words = Locator.Normalize(text).Split(' ');
                    for (var i = 0; i + 12 <= words.Length; i++)
                    {
                        var run = string.Join(' ', words[i..(i + 12)]);
                        if (seed.Contains(run, StringComparison.Ordinal)) { copied.Add($"{profile.Id}: \"{run}\""); break; }
                    }
                }
        }
        Assert.True(copied.Count == 0, string.Join(Environment.NewLine, copied));
    }

    private static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(TestPaths.Procedures, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml") || f.EndsWith(".md"));

    [GeneratedRegex(@"https?://[^\s""'<>`]+")]
    private static partial Regex UrlInText();

    [GeneratedRegex(@"(?<![/\w.])www\.[a-z0-9.-]+")]
    private static partial Regex BareWww();
}
