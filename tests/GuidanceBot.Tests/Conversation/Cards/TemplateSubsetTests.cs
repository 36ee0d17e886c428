using System.Text.Json.Nodes;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Cards.Templating;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Conversation.Turns;
namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>Templates outside our templating subset are refused when they load, never rendered wrong.</summary>
public sealed class TemplateSubsetTests
{
    [Fact]
    public void CardsFolder_LoadsEveryTemplateWithinTheSubset()
    {
        var templates = CardTemplates.Load(TestPaths.Cards);
        Assert.Equal(["answered", "authority", "confirm", "menu", "outcome", "passages", "question", "suggest", "welcome"], templates.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"text":"${if(a, 'x', 'y')}"}""")]
    [InlineData("""{"text":"${a + 1}"}""")]
    [InlineData("""{"text":"${a == 'b'}"}""")]
    [InlineData("""{"text":"${count(a)}"}""")]
    [InlineData("""{"text":"${count(a) > 1}"}""")]
    [InlineData("""{"text":"${$host.x}"}""")]
    [InlineData("""{"text":"${a.b()}"}""")]
    [InlineData("""{"text":"${a['b']}"}""")]
    [InlineData("""{"text":"${}"}""")]
    [InlineData("""{"text":"Question ${number"}""")]
    [InlineData("""{"text":"`${a}`"}""")]
    [InlineData("""{"text":"a\\n${a}"}""")]
    [InlineData("""{"$data":"items","v":1}""")]
    [InlineData("""{"$data":["x"],"v":1}""")]
    [InlineData("""{"$data":"${exists(items)}","v":1}""")]
    [InlineData("""{"$data":"x ${items}","v":1}""")]
    [InlineData("""{"$when":true,"v":1}""")]
    [InlineData("""{"$when":"a and ${b}","v":1}""")]
    [InlineData("""{"$index":1}""")]
    [InlineData("""{"$host":{}}""")]
    public void Template_OutsideTheSubset_IsRejectedWhenPrepared(string template)
    {
        var node = JsonNode.Parse(template)!;
        Assert.Throws<CardTemplateException>(() => CardTemplateBinder.Prepare(node));
    }

    [Fact]
    public void CardTemplatesLoad_BrokenTemplate_FailsFast()
    {
        var dir = Directory.CreateTempSubdirectory("cards-broken").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.json"), """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"${if(a,b,c)}"}]}""");
            var e = Assert.Throws<CardTemplateException>(() => CardTemplates.Load(dir));
            Assert.Contains("bad", e.Message);
            File.WriteAllText(Path.Combine(dir, "bad.json"), """{"type": """);
            Assert.Throws<CardTemplateException>(() => CardTemplates.Load(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void CardTemplatesBind_UnknownName_Throws()
    {
        var templates = CardTemplates.Load(TestPaths.Cards);
        Assert.Throws<KeyNotFoundException>(() => templates.Bind("nope", new JsonObject()));
    }
}
