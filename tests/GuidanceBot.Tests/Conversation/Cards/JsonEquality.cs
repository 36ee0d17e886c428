using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Conversation.Turns;

namespace GuidanceBot.Tests.Conversation.Cards;

/// <summary>JSON equality as JavaScript sees it: key order ignored, numbers compared by value.</summary>
public static class JsonEquality
{
    /// <summary>Null when equal; otherwise the JSON path of the first difference.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                        return $"{path}.{key} (present in only one)";
                    var d = FirstDifference(e[key], a[key], $"{path}.{key}");
                    if (d is not null) return d;
                }
                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path} (length {e.Count} vs {a.Count})";
                for (var i = 0; i < e.Count; i++)
                {
                    var d = FirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (d is not null) return d;
                }
                return null;
            case (JsonValue e, JsonValue a):
                if (e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number)
                    return Number(e) == Number(a) ? null : $"{path} ({e.ToJsonString()} vs {a.ToJsonString()})";
                return e.ToJsonString() == a.ToJsonString() ? null : $"{path} ({e.ToJsonString()} vs {a.ToJsonString()})";
            default:
                return $"{path} ({expected?.ToJsonString() ?? "null"} vs {actual?.ToJsonString() ?? "null"})";
        }
    }

    private static double Number(JsonValue v) => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
}
