using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// How JavaScript's <c>toString()</c> prints a JSON value, which is what adaptivecards-templating puts
/// into a longer string ("Question ${number}").
/// </summary>
internal static class JsText
{
    /// <summary>The text of a value; JSON null is the caller's problem (the npm package throws on it).</summary>
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "[object Object]",
        // Array.prototype.toString: items joined by commas, null and undefined as empty.
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Null ? "" : Of(item))),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => Number(double.Parse(JsonMarshal.GetRawUtf8Value(value), CultureInfo.InvariantCulture)),
        _ => value.GetRawText(),
    };

    /// <summary>ECMAScript Number::toString(10): shortest round-trip digits, exponent outside 1e-7..1e21.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return "0";
        if (value < 0) return "-" + Number(-value);

        // "R" gives the shortest round-trip digits; read them as 0.digits × 10^n.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intDigits = dot < 0 ? r.Length : dot;
        var digits = r.Replace(".", "", StringComparison.Ordinal);
        var n = intDigits + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        n -= leading;
        digits = digits.TrimEnd('0');
        var k = digits.Length;

        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var exp = n - 1;
        var sign = exp < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
    }
}
