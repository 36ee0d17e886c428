using GuidanceBot.Content.Reports;
using GuidanceBot.Content.Walks;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Content.Reports;

/// <summary>Updating the bot after a council changes its page: what the comparison says must be fixed or reviewed.</summary>
public sealed class PublishedTextComparisonTests
{
    private static readonly string Generic = TestPaths.SeedText("generic");

    private static PublishedTextChanges Compare(string newText) =>
        PublishedTextComparison.Compare(RepoWalks.Procedures.FindProfile("generic")!, RepoWalks.Catalog.Walks, Generic, newText);

    [Fact]
    public void The_same_text_needs_no_work() => Assert.False(Compare(Generic).NeedsWork);

    [Fact]
    public void A_cited_passage_that_is_gone_is_listed_with_where_it_is_used()
    {
        var cited = RepoWalks.Catalog.Get("advocacy").Outcomes.SelectMany(o => o.Sources).First(c => c.Source == "generic");
        var changes = Compare(Generic.Replace(cited.Locator, "words the council has since rewritten", StringComparison.Ordinal));
        Assert.Contains(changes.Citations, c => c.Kind == CitationChangeKind.Gone && c.Locator == cited.Locator && c.Where.Contains("advocacy"));
    }

    [Fact]
    public void A_new_section_and_a_reworded_one_are_listed()
    {
        var section = RepoWalks.Procedures.FindProfile("generic")!.Sections[3];
        var step = section.Steps[0].Locator;
        var changed = Generic.Replace(step, step + " and also something new", StringComparison.Ordinal) + "\n15. A New Section\n\nNew text.\n";
        var changes = Compare(changed);
        Assert.Contains(changes.Sections, s => s.Kind == SectionChangeKind.Changed && s.Section == section.Id);
        Assert.Contains(changes.Sections, s => s.Kind == SectionChangeKind.New && s.Section == "15. A New Section");
    }

    [Fact]
    public void The_command_says_what_to_do_and_exits_1_when_there_is_work()
    {
        var file = Path.Combine(Path.GetTempPath(), "new-generic-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, Generic + "\n15. A New Section\n\nNew text.\n");
        try
        {
            var output = new StringWriter();
            Assert.Equal(1, ContentReport.Compare(TestPaths.Procedures, "generic", file, output));
            Assert.Contains("15. A New Section", output.ToString());
            Assert.Equal(2, ContentReport.Compare(TestPaths.Procedures, "atlantis", file, TextWriter.Null));
        }
        finally { File.Delete(file); }
    }
}
