using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;
namespace GuidanceBot.Tests.Conversation.Understanding;

/// <summary>What the sentence model reads: the message without the name of the authority it names.</summary>
public sealed class AuthorityNamesTests
{
    private static readonly AuthorityNames Names = new(RepoWalks.Procedures.Profiles);

    [Theory]
    [InlineData("Dorset AAT - she's scared to go home", "she's scared to go home")]
    [InlineData("Dorset's AAT - she's scared to go home", "she's scared to go home")]
    [InlineData("Rotherham OT: gent needs a bath board", "gent needs a bath board")]
    [InlineData("B&D - grandson has her bank card", "grandson has her bank card")]
    [InlineData("LBBD OT here, lady needs rails", "OT here, lady needs rails")]
    [InlineData("what does cheshire east say about advocacy?", "what does   say about advocacy?")]
    public void The_authority_it_names_is_left_out(string text, string rest) =>
        Assert.Equal(rest, Names.Without(text));

    [Theory]
    [InlineData("she's scared to go home")] // names none
    [InlineData("Dorset or Rotherham - which one covers this?")] // names two: neither is taken
    [InlineData("Dorset")] // nothing would be left
    public void Otherwise_the_text_is_unchanged(string text) => Assert.Equal(text, Names.Without(text));
}
