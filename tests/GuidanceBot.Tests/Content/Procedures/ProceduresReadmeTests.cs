using System.Text.RegularExpressions;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Content.Procedures;

/// <summary>The owners' guide procedures/README.md must not name a file or id that does not exist.</summary>
public sealed partial class ProceduresReadmeTests(ContentFixture content) : IClassFixture<ContentFixture>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Procedures, "README.md"));

    [Fact]
    public void Every_file_the_readme_names_exists()
    {
        var missing = new List<string>();
        var ids = content.Library.Profiles.Select(p => p.Id).ToList();
        foreach (var token in Backticked().Where(t => t.EndsWith(".yaml") || t.EndsWith(".md")))
        {
            var paths = token.Contains("<id>") ? ids.Select(id => token.Replace("<id>", id)) : [token];
            missing.AddRange(paths.Where(p => !File.Exists(Path.Combine(TestPaths.Procedures, p))));
        }
        Assert.True(missing.Count == 0, "README names missing files: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_id_the_readme_names_exists()
    {
        var known = content.Library.Profiles.Select(p => p.Id)
            .Concat(content.Library.AllSectionIds())
            .Concat(content.Library.Law.Select(l => l.Id))
            .ToHashSet();
        var unknown = new List<string>();
        foreach (var token in Backticked())
        {
            if (token.StartsWith("law:") && token != "law:<id>" && content.Library.FindLaw(token[4..]) is null) unknown.Add(token);
            else if (KebabId().IsMatch(token) && !known.Contains(token)) unknown.Add(token);
        }
        foreach (Match heading in NumberedHeading().Matches(Readme))
            if (!content.Library.Profiles.SelectMany(p => p.Sections).Any(s => s.Heading == heading.Groups[1].Value))
                unknown.Add(heading.Groups[1].Value);
        Assert.True(unknown.Count == 0, "README names unknown ids: " + string.Join(", ", unknown));
    }

    private static IEnumerable<string> Backticked() => BacktickToken().Matches(Readme).Select(m => m.Groups[1].Value).Distinct();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickToken();

    // Profile, section and law ids are kebab-case with at least one hyphen (field names are camelCase).
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex KebabId();

    [GeneratedRegex(@"`(\d{1,2}\. [^`]+)`")]
    private static partial Regex NumberedHeading();
}
