using System.Text.Json;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>The converter types values the way an editor's YAML 1.2 language server does, so the schema tests see what owners see.</summary>
public sealed class YamlToJsonTests
{
    [Theory]
    [InlineData("a: 07771933869", JsonValueKind.Number)]
    [InlineData("a: \"07771933869\"", JsonValueKind.String)]
    [InlineData("a: 0300 123 4567", JsonValueKind.String)]
    [InlineData("a: yes", JsonValueKind.String)]
    [InlineData("a: \"no\"", JsonValueKind.String)]
    [InlineData("a: true", JsonValueKind.True)]
    [InlineData("a: 'true'", JsonValueKind.String)]
    [InlineData("a: 2026-11-30", JsonValueKind.String)]
    [InlineData("a: 1.5", JsonValueKind.Number)]
    [InlineData("a: ~", JsonValueKind.Null)]
    [InlineData("a:", JsonValueKind.Null)]
    [InlineData("a: >-\n  12", JsonValueKind.String)]
    public void A_value_gets_the_json_type_of_the_yaml_1_2_core_schema(string yaml, JsonValueKind kind) =>
        Assert.Equal(kind, JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml)).GetProperty("a").ValueKind);

    [Fact]
    public void An_alias_is_expanded_to_a_copy_of_its_anchor()
    {
        var json = YamlToJson.Convert("first: &shared { text: hi }\nsecond: *shared\n")!;
        Assert.Equal("hi", json["second"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_mapping_key_stays_text_even_when_it_looks_like_a_number()
    {
        var json = YamlToJson.Convert("12: twelve\n")!;
        Assert.Equal("twelve", json["12"]!.GetValue<string>());
    }
}
