using GuidanceBot.TestSupport;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Content.Walks;

public sealed class WalkKeywordTests
{
    [Fact]
    public void No_key_word_belongs_to_two_walks_so_typing_it_always_starts_one()
    {
        // A word shared by two walks starts neither (the bot shows the menu), which would surprise a worker.
        var shared = RepoWalks.Catalog.Walks
            .SelectMany(w => w.Keywords.Append(w.Id).Append(w.Title).Select(k => (Word: TextNormalizer.Normalize(k), Walk: w.Id)))
            .Distinct()
            .GroupBy(x => x.Word)
            .Where(g => g.Select(x => x.Walk).Distinct().Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(x => x.Walk))}")
            .ToList();
        Assert.True(shared.Count == 0, string.Join("; ", shared));
    }

    [Fact]
    public void Every_walk_starts_from_its_id_and_its_title() =>
        Assert.All(RepoWalks.Catalog.Walks, w =>
        {
            Assert.Equal(w.Id, WalkNames.Exact(RepoWalks.Catalog.Walks, w.Id)?.Id);
            Assert.Equal(w.Id, WalkNames.Exact(RepoWalks.Catalog.Walks, w.Title)?.Id);
        });
}
