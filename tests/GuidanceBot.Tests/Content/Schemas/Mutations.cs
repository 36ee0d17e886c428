using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Content.Schemas;

/// <summary>
/// Breakages an owner could type into a real content file: an unknown (misspelt) key, a value outside its allowed
/// set or form, a required key left out, and a value of the wrong type. Each kind names the real file it breaks.
/// </summary>
public static class Mutations
{
    public sealed record Mutation(string Name, Action<JsonNode> Apply);

    public static IReadOnlyDictionary<string, (string File, Mutation[] Mutations)> ByKind { get; } = new Dictionary<string, (string, Mutation[])>
    {
        ["walk"] = ("dialogs/advocacy.yaml",
        [
            new("unknown key", n => Add(n["steps"]![0]!, "qustion", "Which process?")),
            new("wrong enum value", n => Replace(n["steps"]![0]!, "kind", "multiple")),
            new("missing required key", n => Remove(n["outcomes"]![0]!, "rule")),
            new("wrong type", n => Replace(n["outcomes"]![0]!, "do", "Refer for advocacy.")),
        ]),
        ["cases"] = ("dialogs/advocacy.cases.yaml",
        [
            new("unknown key", n => Add(n["cases"]![0]!, "outcom", "power-only")),
            new("wrong form of value", n => Replace(n["cases"]![0]!, "outcome", "outcome/power-only")),
            new("missing required key", n => Remove(n["cases"]![0]!, "outcome")),
            new("wrong type", n => Add(n["cases"]![0]!, "notes", "none")),
        ]),
        ["risk"] = ("dialogs/risk.yaml",
        [
            new("unknown key", n => Add(n["categories"]![0]!, "word", new JsonArray("hits"))),
            new("wrong form of value", n => Replace(n["categories"]![0]!["pairs"]!, 0, new JsonArray("scared of"))),
            new("missing required key", n => Remove(n["categories"]![0]!, "title")),
            new("wrong type", n => Replace(n, "version", "one")),
        ]),
        ["procedure"] = ("procedures/generic/procedure.yaml",
        [
            new("unknown key", n => Add(n["sections"]![0]!, "summry", "A summary.")),
            new("wrong form of value", n => Replace(n, "url", "http" + n["url"]!.GetValue<string>()["https".Length..])),
            new("missing required key", n => Remove(n["sections"]![0]!, "start")),
            new("wrong type", n => Replace(n["sections"]![0]!, "steps", "Give advice.")),
        ]),
        ["directory"] = ("procedures/rotherham/directory.yaml",
        [
            new("unknown key", n => Add(n["entries"]![0]!, "phone", "0800 000 0000")),
            new("wrong enum value", n => Replace(n["entries"]![0]!, "basis", "website")),
            new("missing required key", n => Remove(n["entries"]![0]!, "purpose")),
            new("wrong type", n => Add(n["entries"]![0]!, "links", "https://www.example.org")),
        ]),
        ["law"] = ("procedures/law.yaml",
        [
            new("unknown key", n => Add(n["references"]![0]!, "urll", "https://www.legislation.gov.uk")),
            new("wrong form of value", n => Replace(n["references"]![0]!, "id", "Care Act s2")),
            new("missing required key", n => Remove(n["references"]![0]!, "summary")),
            new("wrong type", n => Replace(n["references"]![0]!, "verified", "maybe")),
        ]),
        ["profiles"] = ("procedures/profiles.yaml",
        [
            new("unknown key", n => Add(n["profiles"]![0]!, "date", "2026-11-30")),
            new("wrong form of value", n => Replace(n["profiles"]![0]!, "taken", "30/11/2026")),
            new("missing required key", n => Remove(n["profiles"]![0]!, "taken")),
            new("wrong type", n => Replace(n, "profiles", new JsonObject { ["id"] = "generic" })),
        ]),
        ["verified"] = ("procedures/verified.yaml",
        [
            new("unknown key", n => Add(n["contacts"]![0]!, "url", "https://www.example.org")),
            new("wrong enum value", n => Replace(n["contacts"]![0]!, "kind", "fax")),
            new("missing required key", n => Remove(n["contacts"]![0]!, "source")),
            new("wrong type", n => Replace(n["contacts"]![0]!, "value", new JsonArray("a", "b"))),
        ]),
    };

    // Each helper insists that the place exists (or, for Add, does not yet), so a mutation cannot silently do nothing.
    private static void Add(JsonNode node, string key, JsonNode value)
    {
        var map = node.AsObject();
        if (map.ContainsKey(key)) throw new InvalidOperationException($"'{key}' is already there");
        map[key] = value;
    }

    private static void Replace(JsonNode node, string key, JsonNode value)
    {
        var map = node.AsObject();
        if (!map.ContainsKey(key)) throw new InvalidOperationException($"'{key}' is not there to replace");
        map[key] = value;
    }

    private static void Replace(JsonNode node, int index, JsonNode value)
    {
        var list = node.AsArray();
        if (index >= list.Count) throw new InvalidOperationException($"item {index} is not there to replace");
        list[index] = value;
    }

    private static void Remove(JsonNode node, string key)
    {
        if (!node.AsObject().Remove(key)) throw new InvalidOperationException($"'{key}' is not there to remove");
    }
}
