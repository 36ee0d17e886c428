using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;

namespace GuidanceBot.Tests.Conversation.Cards;

public sealed class ShownCitationsTests
{
    private static readonly Citation DorsetAdvocacy = new("dorset", "using-independent-advocacy", "a");
    private static readonly Citation GenericAdvocacy = new("generic", "using-independent-advocacy", "b");
    private static readonly Citation GenericUrgent = new("generic", "urgent-support", "c");
    private static readonly Citation RotherhamAdvocacy = new("rotherham", "using-independent-advocacy", "d");
    private static readonly Citation Act = new("law:care-act-2014", "s67", "e");

    [Fact]
    public void The_workers_own_passage_is_preferred_over_the_generic_one_for_the_same_section()
    {
        var shown = ReplyRenderer.ShownCitations([GenericAdvocacy, DorsetAdvocacy, RotherhamAdvocacy], "dorset").ToList();

        Assert.Equal([DorsetAdvocacy], shown);
    }

    [Fact]
    public void The_generic_passage_stays_for_a_section_the_own_procedure_is_not_cited_for()
    {
        var shown = ReplyRenderer.ShownCitations([GenericAdvocacy, DorsetAdvocacy, GenericUrgent], "dorset").ToList();

        Assert.Equal([DorsetAdvocacy, GenericUrgent], shown);
    }

    [Fact]
    public void Without_an_own_or_generic_passage_another_procedures_shows_rather_than_none_and_the_law_comes_last()
    {
        var shown = ReplyRenderer.ShownCitations([Act, RotherhamAdvocacy], "dorset").ToList();

        Assert.Equal([RotherhamAdvocacy, Act], shown);
    }
}
