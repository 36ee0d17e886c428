using System.Text;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Cards.Templating;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>A card bound before is shown again as it was bound: the same bytes a fresh binding gives, and no other card's.</summary>
public sealed class BoundCardCacheTests
{
    [Fact]
    public void A_card_shown_again_is_the_card_a_fresh_binding_gives()
    {
        var templates = CardTemplates.Load(TestPaths.Cards);
        var first = templates.RenderJson(BuiltCards.Question(1));
        var other = templates.RenderJson(BuiltCards.Question(2));
        var again = templates.RenderJson(BuiltCards.Question(1));

        Assert.Same(first, again); // from the cache
        Assert.NotEqual(first, other);
        Assert.Equal(CardTemplates.Load(TestPaths.Cards).RenderJson(BuiltCards.Question(1)), again);
        Assert.Equal(2, templates.CachedCards);
    }

    [Fact]
    public void The_same_data_under_another_template_is_another_key()
    {
        var cache = new BoundCardCache();
        cache.Add(Key("question", "{}"), [1]);
        Assert.False(cache.TryGet(Key("outcome", "{}"), out _));
        Assert.True(cache.TryGet(Key("question", "{}"), out var card));
        Assert.Equal([1], card);
    }

    [Fact]
    public void Past_its_card_limit_it_starts_again_empty()
    {
        var cache = new BoundCardCache(maxCards: 3);
        for (var i = 0; i < 3; i++) cache.Add(Key("t", $"{{\"n\":{i}}}"), [1]);
        Assert.Equal(3, cache.Count);
        cache.Add(Key("t", "{\"n\":3}"), [1]);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Key("t", "{\"n\":3}"), out _));
    }

    [Fact]
    public void Past_its_byte_limit_it_starts_again_empty_and_never_keeps_a_card_larger_than_the_limit()
    {
        var cache = new BoundCardCache(maxCards: 100, maxBytes: 100);
        cache.Add(Key("t", "{\"n\":1}"), new byte[60]);
        cache.Add(Key("t", "{\"n\":2}"), new byte[60]);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Key("t", "{\"n\":2}"), out _));
        cache.Add(Key("t", "{\"n\":3}"), new byte[200]);
        Assert.False(cache.TryGet(Key("t", "{\"n\":3}"), out _));
    }

    private static byte[] Key(string template, string data) => Encoding.UTF8.GetBytes(template + "\0" + data);
}
