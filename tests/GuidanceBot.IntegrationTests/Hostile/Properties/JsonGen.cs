using System.Globalization;
using System.Text;
using CsCheck;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>
/// JSON values of every type as raw text, written by hand because System.Text.Json refuses to write what a hostile
/// client can send: lone surrogate escapes, nesting deeper than its writer allows, numbers no .NET type holds.
/// Ordinary strings now and then leave a hole (<see cref="Hole"/>) where the activity's one hostile value goes.
/// </summary>
public static class JsonGen
{
    /// <summary>A string literal that marks where the activity's hostile value may go.</summary>
    public const string Hole = "\"@@hole@@\"";

    /// <summary>A .NET string as a JSON literal; every char outside printable ASCII is a \u escape, so lone surrogates stay lone.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"') text.Append("\\\"");
            else if (c == '\\') text.Append("\\\\");
            else if (c is < ' ' or > '~') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        return text.Append('"').ToString();
    }

    /// <summary>Words the bot acts on, so generated activities reach past the reader into turns.</summary>
    private static readonly string[] Meaningful =
    [
        "advocacy", "menu", "record", "back", "help", "start over", "cancel", "change authority", "resume", "5", "1", "yes", "no",
        "answer", "start", "command", "change", "checklist", "take", "not-this", "authority", "dorset", "generic", "process",
        "assessment", "difficulty", "refer", "true", "false", "Action.Execute", "Action.Submit", "adaptiveCard/action",
        "expectReplies", "message", "invoke", "mention", "msteams", "test", "directline", "channel", "groupChat", "personal",
        "http://localhost:9/", "https://smba.trafficmanager.net/teams/", "", " ", "\u202e", "\n", "\0", "<at>GuidanceBot</at>",
        "she's got no family, needs an assessment", "\ud83d\ude00",
    ];

    private static readonly string[] LoneSurrogates = ["\"\\ud800\"", "\"a\\udbff\"", "\"\\udc00b\"", "\"\\udfff\\ud800\"", "\"ok \\ud83d\""];

    private static readonly string[] OddNumbers =
        ["0", "-0", "1e400", "-1e400", "1E-400", "123456789012345678901234567890", "0.1e1", "-9223372036854775809", "18446744073709551616", "3.5"];

    /// <summary>Any text .NET can hold: every char but the surrogates (a valid pair comes from the word list).</summary>
    private static readonly Gen<string> AnyText =
        Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 40].Select(chars => new string(chars));

    /// <summary>A name in an object: a word, any text.</summary>
    public static readonly Gen<string> Key = Gen.Frequency((3, Gen.OneOf(Meaningful)), (1, AnyText)).Select(Literal);

    public static readonly Gen<string> String = Gen.Frequency(
        (12, Gen.OneOf(Meaningful).Select(Literal)), (6, AnyText.Select(Literal)), (1, Gen.Const(Hole)));

    public static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double.Special.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (2, Gen.OneOf(OddNumbers)));

    public static readonly Gen<string> Bool = Gen.OneOf("true", "false");

    public static readonly Gen<string> Scalar = Gen.Frequency((5, String), (2, Number), (1, Bool), (1, Gen.Const("null")));

    private static readonly Gen<string>[] ByDepth = BuildByDepth(3);

    /// <summary>Any JSON value: scalars, and arrays and objects a few levels deep.</summary>
    public static Gen<string> Any => ByDepth[^1];

    public static Gen<string> Object(Gen<string> value) =>
        Gen.Select(Key, value).Array[0, 3].Select(pairs => "{" + string.Join(",", pairs.Select(p => p.Item1 + ":" + p.Item2)) + "}");

    public static Gen<string> Array(Gen<string> value) => value.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]");

    private static Gen<string>[] BuildByDepth(int levels)
    {
        var byDepth = new Gen<string>[levels + 1];
        byDepth[0] = Scalar;
        for (var d = 1; d <= levels; d++)
            byDepth[d] = Gen.Frequency((6, Scalar), (2, Array(byDepth[d - 1])), (2, Object(byDepth[d - 1])));
        return byDepth;
    }

    /// <summary>
    /// The one hostile value an activity carries, if any: a lone surrogate, nesting from just under the reader's limit
    /// to far past it, or a string up to 300 KB (past the 256 KB body limit at its end).
    /// </summary>
    public static readonly Gen<string?> Hostile = Gen.Frequency(
        (9, Gen.Const((string?)null)),
        (6, Gen.OneOf(LoneSurrogates).Select(s => (string?)s)),
        (3, Gen.Select(Gen.Int[20, 80], Gen.Bool, Scalar, (depth, arrays, leaf) => (string?)(arrays
            ? new string('[', depth) + leaf + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"d\":", depth)) + leaf + new string('}', depth)))),
        (1, Gen.Int[1_000, 300_000].Select(n => (string?)Literal(new string('w', n)))));
}
