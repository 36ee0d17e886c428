using System.Text.Json.Nodes;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>Edge cases for the binder, each checked against adaptivecards-templating.</summary>
public static class BinderCases
{
    private static JsonNode J(string json) => JsonNode.Parse(json)!;

    public static readonly IReadOnlyDictionary<string, (JsonNode Template, JsonNode? Data)> All =
        new Dictionary<string, (JsonNode, JsonNode?)>
        {
            ["missing-fields-stay-as-their-expression"] = (
                J("""{"a":"${missing}","b":"Hi ${missing.deep} and ${o.nope}","c":"${$index}","d":"${arr[0].nope}","e":"x ${arr[5]}","f":"${$root.gone}","g":"${items[3].t}"}"""),
                J("""{"o":{},"arr":[{}],"items":[]}""")),
            ["empty-array-with-data-drops-the-element"] = (
                J("""{"body":[{"type":"TextBlock","text":"before"},{"$data":"${items}","type":"TextBlock","text":"${t}"}],"prop":{"$data":"${items}","a":1},"actions":[{"$data":"${items}","title":"${t}"}]}"""),
                J("""{"items":[]}""")),
            ["when-false-drops-the-element"] = (
                J("""{"body":[{"$when":"${t}","v":1},{"$when":"${f}","v":2},{"$when":"${s}","v":3},{"$when":"${missing}","v":4},{"$when":"${!missing}","v":5},{"$when":"${!f}","v":6},{"$when":"${!s}","v":7},{"$when":"${exists(s)}","v":8},{"$when":"${exists(n)}","v":9},{"$when":"${count(arr) > 0}","v":10},{"$when":"${count(empty) > 0}","v":11},{"$when":"${count(missing) > 0}","v":12},{"$when":"${!zero}","v":13}],"p":{"$when":"${f}","v":1}}"""),
                J("""{"t":true,"f":false,"s":"text","n":null,"arr":[1],"empty":[],"zero":0}""")),
            ["nested-data-repeats-inside-each-item"] = (
                J("""{"body":[{"$data":"${groups}","type":"Container","items":[{"type":"TextBlock","text":"${name} #${$index} of ${$root.title}"},{"$data":"${walks}","type":"TextBlock","text":"${$index}: ${title} (${$root.title})","$when":"${!hidden}"}]}]}"""),
                J("""{"title":"Menu","groups":[{"name":"A","walks":[{"title":"a1"},{"title":"a2","hidden":true},{"title":"a3"}]},{"name":"B","walks":[{"title":"b1"}]},{"name":"C","walks":[]}]}""")),
            ["whole-string-expression-keeps-its-type"] = (
                J("""{"obj":"${obj}","arr":"${arr}","num":"${num}","fl":"${fl}","yes":"${yes}","nul":"${nul}","nested":"${obj.inner}","first":"${arr[1]}","root":"${$root.num}","exists":"${exists(obj)}","not":"${!yes}","list":["${arr}","${nul}",["x",["y"]],null,"z"]}"""),
                J("""{"obj":{"verb":"answer","inner":{"k":[1,2]}},"arr":[1,"two",null],"num":3,"fl":1.25,"yes":true,"nul":null}""")),
            ["values-inside-longer-strings-print-as-javascript-does"] = (
                J("""{"a":"n ${num} f ${fl} b ${yes} a ${arr} o ${obj} big ${big} small ${small} neg ${neg}","b":"Question ${NUM}","c":"$5 {x} ${s}'s \"quoted\""}"""),
                J("""{"num":3,"fl":1.25,"yes":false,"arr":[1,"two",[3,4]],"obj":{"k":1},"big":1e21,"small":0.0000001,"neg":-0.5,"s":"it"}""")),
            ["data-on-an-object-rescopes-it"] = (
                J("""{"one":{"$data":"${o}","v":"${p}","r":"${$root.top}"},"single":{"$data":"${list1}","v":"${p}"},"many":{"$data":"${list2}","v":"${p}","i":"${$index}"},"strings":[{"$data":"${names}","text":"${$data}"}],"missingData":{"$data":"${gone}","v":"${p}"}}"""),
                J("""{"top":"T","o":{"p":1},"list1":[{"p":2}],"list2":[{"p":3},{"p":4}],"names":["x","y"]}""")),
            ["null-inside-a-longer-string-throws"] = (
                J("""{"a":"x ${n}"}"""), J("""{"n":null}""")),
            ["trailing-index-out-of-range-throws"] = (
                J("""{"a":"${arr[5]}"}"""), J("""{"arr":[1]}""")),
            ["index-on-missing-collection-throws"] = (
                J("""{"a":"${gone[0]}"}"""), J("""{}""")),
            ["no-expressions-copies-the-template"] = (
                J("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"plain {x} $ text","wrap":true,"n":1.5,"b":false,"z":null}]}"""),
                J("""{}""")),
        };
}
