using System.Text;
using GuidanceBot.Channels.Hosting;

namespace GuidanceBot.Tests.Channels.Hosting;

/// <summary>Text .NET cannot hold, and nesting a reply could not be written with, are found where the body is read.</summary>
public sealed class JsonBodyTests
{
    private static bool Invalid(string json) => JsonBody.HasInvalidText(Encoding.UTF8.GetBytes(json));

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"x\":", depth)) + "1" + new string('}', depth);

    [Theory]
    [InlineData("""{ "text": "\ud800" }""")]
    [InlineData("""{ "text": "a\udc00b" }""")]
    [InlineData("""{ "text": "\ude00\ud83d" }""")]
    [InlineData("""{ "\ud800": 1 }""")]
    [InlineData("""{ "value": { "deep": ["ok", "\udfff"] } }""")]
    public void A_lone_surrogate_escape_in_a_string_or_a_name_is_invalid_text(string json)
    {
        Assert.True(Invalid(json));
    }

    [Theory]
    [InlineData("""{ "text": "\ud83d\ude00 and \u00e9 and \u202e" }""")]
    [InlineData("""{ "text": "plain" }""")]
    [InlineData("{ not json")]
    [InlineData("[1, 2")]
    public void Valid_text_and_json_that_is_only_malformed_are_left_to_the_deserialiser(string json)
    {
        Assert.False(Invalid(json));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_and_past_it_is_invalid()
    {
        Assert.False(Invalid(Nested(JsonBody.MaxDepth)));
        Assert.True(Invalid(Nested(JsonBody.MaxDepth + 1)));
        Assert.True(Invalid(Nested(62)));
        Assert.True(Invalid(Nested(200)));
    }
}
