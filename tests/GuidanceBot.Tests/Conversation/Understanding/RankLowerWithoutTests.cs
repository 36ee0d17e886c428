using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;
namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>
/// A walk's <c>rankLowerWithout</c> words: a message with none of them ranks the walk lower by a fixed amount; one
/// with any of them (whole words, exactly as written) ranks it as before. Meaning is held equal with a fake model.
/// </summary>
public sealed class RankLowerWithoutTests
{
    private static readonly WalkRanker Ranker = new(Catalog(), texts => texts.Select(_ => new[] { 1f, 0f }).ToArray());

    private static WalkCatalog Catalog()
    {
        var other = MiniWalk.Yaml.Replace("id: mini", "id: other").Replace("\"mini ", "\"other ")
            .Replace("keywords: [test]", "keywords: [test]\nrankLowerWithout: [carer, cares for, looks after]");
        return WalkCatalog.FromSources([("mini.yaml", MiniWalk.Yaml), ("other.yaml", other)], RepoWalks.ProfileIds);
    }

    private static Dictionary<string, float> Scores(string text) =>
        Ranker.Rank(text, Words.Of(text), [1f, 0f]).Walks.ToDictionary(w => w.WalkId, w => w.Score);

    [Theory]
    [InlineData("son rang about his mum's home care for next week")] // "care for" is not "cares for"
    [InlineData("the carers rang")] // "carers" is not "carer": owners list both
    public void A_message_without_the_words_ranks_the_walk_lower(string text)
    {
        var scores = Scores(text);
        Assert.Equal(scores["mini"] - WalkRanker.WithoutWordsPenalty, scores["other"], 0.0001f);
    }

    [Theory]
    [InlineData("son is her carer and rang")]
    [InlineData("she cares for her brother")]
    [InlineData("her neighbour looks after him")]
    public void A_message_with_one_of_the_words_ranks_the_walk_as_before(string text)
    {
        var scores = Scores(text);
        Assert.Equal(scores["mini"], scores["other"], 0.0001f);
    }

    [Fact]
    public void An_empty_entry_is_a_problem_for_the_validator()
    {
        var yaml = MiniWalk.Yaml.Replace("keywords: [test]", "keywords: [test]\nrankLowerWithout: [carer, \" \"]");
        var e = Assert.Throws<WalkLoadException>(() => WalkCatalog.FromSources([("mini.yaml", yaml)], RepoWalks.ProfileIds));
        Assert.Contains(e.Problems, p => p.Id == "mini" && p.Message.Contains("rankLowerWithout", StringComparison.Ordinal));
    }
}
