using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;
using YamlDotNet.Core;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>
/// Runs the loader (and start-up checks) that reads a content file over new text for it, with the rest of the
/// repository as it is. Returns what the loader refuses; empty means the app would accept the file.
/// </summary>
public static class ContentLoaders
{
    public static IReadOnlyList<string> Problems(string kind, string repoPath, string text) => kind switch
    {
        "walk" => Walk(repoPath, text),
        "cases" => Cases(text),
        "risk" => Risk(text),
        "procedure" or "directory" or "law" or "profiles" or "verified" => Procedures(repoPath, text),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no loader for this kind"),
    };

    private static List<string> Walk(string repoPath, string text)
    {
        var name = Path.GetFileName(repoPath);
        var loaded = WalkLoader.Parse(text, name);
        var problems = loaded.Problems.ToList();
        if (loaded.Walk is { } walk) problems.AddRange(WalkValidator.Validate(walk, name, RepoWalks.ProfileIds, RepoWalks.LawIds));
        return problems.Select(p => p.ToString()).ToList();
    }

    private static List<string> Risk(string text)
    {
        try
        {
            RiskCuesLoader.Parse(text);
            return [];
        }
        catch (RiskCuesException e)
        {
            return e.Problems.ToList();
        }
    }

    /// <summary>The story-table tests' reading and replay, in short: the table loads and every case reaches its outcome.</summary>
    private static List<string> Cases(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            var table = StoryTable.Load(path);
            if (RepoWalks.Catalog.Find(table.Walk) is not { } walk) return [$"no walk '{table.Walk}'"];
            var problems = new List<string>();
            foreach (var story in table.Cases)
                foreach (var authority in story.Authority is { } pinned ? [pinned] : RepoWalks.ProfileIds)
                {
                    try
                    {
                        var result = WalkReplay.Replay(walk, StoryTable.AnswersFor(walk, story, authority), authority);
                        if (result.Position is not AtOutcome end || end.Outcome.Id != story.Outcome)
                            problems.Add($"{story.Name} ({authority}): does not reach '{story.Outcome}'");
                    }
                    catch (InvalidOperationException e)
                    {
                        problems.Add(e.Message);
                    }
                }
            return problems;
        }
        catch (YamlException e)
        {
            return [e.InnerException?.Message ?? e.Message];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A copy of procedures/ with the one file replaced, loaded the way the app loads it.</summary>
    private static List<string> Procedures(string repoPath, string text)
    {
        var root = Path.Combine(Path.GetTempPath(), "guidancebot-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.GetFiles(TestPaths.Procedures, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(root, Path.GetRelativePath(TestPaths.Procedures, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            File.WriteAllText(Path.Combine(root, Path.GetRelativePath(TestPaths.Procedures, Path.Combine(TestPaths.RepoRoot, repoPath))), text);
            ProcedureLoader.Load(root);
            return [];
        }
        catch (ProcedureContentException e)
        {
            return e.Problems.ToList();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
