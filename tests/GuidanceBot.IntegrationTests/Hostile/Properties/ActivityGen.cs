using CsCheck;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>A generated activity as raw JSON text, with the type and invoke name it carries (null when not a plain string).</summary>
public sealed record HostileActivity(string Json, string? Type, string? Name)
{
    /// <summary>For a failure report: the start of the body, never 300 KB of it.</summary>
    public override string ToString() => Json.Length <= 1500 ? Json : Json[..1500] + $"... ({Json.Length} characters)";
}

/// <summary>
/// Activities with every field of every JSON type. Each known field is left out, given a plausible value (so the
/// activity often reaches a turn), or now and then any JSON value at all; unknown fields are added, sometimes twice;
/// and one hostile value (a lone surrogate, deep nesting, a huge string) goes in one of the strings, or beside them.
/// </summary>
public static class ActivityGen
{
    private static readonly string[] Types = ["message", "message", "message", "message", "message", "invoke", "invoke", "conversationUpdate", "installationUpdate", "event", "typing", "messageReaction"];

    /// <summary>One of these words, or now and then a hole where the activity's hostile value may go.</summary>
    private static Gen<string> Str(params string[] values) =>
        Gen.Frequency((6, Gen.OneOf(values).Select(JsonGen.Literal)), (1, Gen.Const(JsonGen.Hole)));

    /// <summary>A plausible value, and rarely any JSON value (for a field a .NET type reads, most such values are a 400).</summary>
    private static Gen<string> Mostly(Gen<string> plausible) => Gen.Frequency((60, plausible), (1, JsonGen.Any));

    /// <summary>For a field kept as JSON (value, channelData, entities), where every type is read.</summary>
    private static Gen<string> Often(Gen<string> plausible) => Gen.Frequency((3, plausible), (1, JsonGen.Any));

    /// <summary>
    /// Marks the holes of a field the app keeps as raw JSON (value, entities, channelData): the deserialiser lets any
    /// text through there, so only the body check stands between a lone surrogate in them and a turn.
    /// </summary>
    private const string KeptHole = "\"@@kept@@\"";

    private static Gen<string> Kept(Gen<string> json) => json.Select(j => j.Replace(JsonGen.Hole, KeptHole, StringComparison.Ordinal));

    /// <summary>An object of these fields (each may be left out) and a few unknown ones.</summary>
    private static Gen<string> Obj(params (string Name, Gen<string> Value)[] fields) =>
        Gen.Select(Fields(fields), JsonGen.Object(JsonGen.Any), (known, extra) => "{" + string.Join(",", known.Append(Members(extra)).Where(s => s.Length > 0)) + "}");

    /// <summary>The fields that are present, each as "name": value.</summary>
    private static Gen<string[]> Fields(IEnumerable<(string Name, Gen<string> Value)> fields) =>
        fields.Select(f => Field(f.Name, f.Value)).Aggregate(
            Gen.Const(System.Array.Empty<string>()), (all, next) => Gen.Select(all, next, (a, b) => b is null ? a : [.. a, b]));

    /// <summary>"name": value, left out a third of the time, or rarely for a field every turn needs.</summary>
    private static Gen<string?> Field(string name, Gen<string> value) =>
        Gen.Frequency((Needed.Contains(name) ? 1 : 10, Gen.Const((string?)null)), (Needed.Contains(name) ? 30 : 20, value.Select(v => (string?)(JsonGen.Literal(name) + ":" + v))));

    private static readonly HashSet<string> Needed = ["conversation", "id", "action", "type", "serviceUrl", "channelId"];

    /// <summary>The members of an object's text, without its braces, to add to another object.</summary>
    private static string Members(string objectJson) => objectJson[1..^1];

    /// <summary>A known word (its JSON literal and the word), or any JSON value (and no word).</summary>
    private static Gen<(string Json, string? Text)> WordOrAny(Gen<string> words, int weight) =>
        Gen.Frequency((weight, words.Select(w => (JsonGen.Literal(w), (string?)w))), (1, JsonGen.Any.Select(j => (j, (string?)null))));

    private static Gen<string> Account(string id) => Mostly(Obj(
        ("id", Mostly(Gen.Frequency((4, Str(id)), (1, JsonGen.String)))), ("name", JsonGen.String), ("role", Str("user", "bot")), ("aadObjectId", JsonGen.String)));

    /// <summary>
    /// What our card buttons send: mostly a whole button as our cards write it (so the turn reads every field, and a
    /// hole in one is read), otherwise any mix of their fields, any of them swapped for anything.
    /// </summary>
    private static readonly Gen<string> ButtonValue = Often(Gen.Frequency((2, CardButton()), (1, Obj(
        ("gb", Often(Str("answer", "start", "command", "change", "checklist", "take", "not-this", "authority"))),
        ("walk", Often(Str("advocacy", "safeguarding", "carers", "no-such-walk"))),
        ("step", Often(Str("process", "difficulty", "appropriate"))),
        ("value", Often(Str("assessment", "yes", "no", "record", "menu", "back", "dorset"))),
        ("keep", Often(Str("true"))),
        ("outcome", Often(Str("refer", "power-only"))),
        ("check-item", Often(Str("true", "false"))),
        ("answers", Often(Str("process=assessment;difficulty=yes", "=;=;;"))),
        ("walks", Often(Str("advocacy,carers", ",,,")))))));

    /// <summary>A button of one of our cards, every field there, each a hole one time in three.</summary>
    private static Gen<string> CardButton()
    {
        static Gen<string> W(params string[] values) => Gen.Frequency((2, Gen.OneOf(values).Select(JsonGen.Literal)), (1, Gen.Const(JsonGen.Hole)));
        static Gen<string> Button(params (string Name, Gen<string> Value)[] fields) =>
            fields.Aggregate(Gen.Const(""), (all, f) => Gen.Select(all, f.Value, (a, v) => (a.Length == 0 ? "" : a + ",") + JsonGen.Literal(f.Name) + ":" + v))
                .Select(members => "{" + members + "}");
        var walk = W("advocacy", "carers", "safeguarding");
        return Gen.OneOf(
            Button(("gb", W("answer")), ("walk", walk), ("step", W("process", "difficulty")), ("value", W("assessment", "yes", "none"))),
            Button(("gb", W("start")), ("walk", walk)),
            Button(("gb", W("command")), ("value", W("menu", "record", "back", "help"))),
            Button(("gb", W("change")), ("walk", walk), ("step", W("process"))),
            Button(("gb", W("checklist")), ("walk", walk), ("outcome", W("refer", "power-only")), ("check-item", W("true", "false"))),
            Button(("gb", W("authority")), ("value", W("dorset", "generic"))));
    }

    private static readonly Gen<string> InvokeValue = Often(Obj(
        ("action", Mostly(Obj(("type", Mostly(Str("Action.Execute"))), ("verb", JsonGen.String), ("data", ButtonValue)))),
        ("trigger", Str("manual", "automatic"))));

    private static readonly Gen<string> Mention = Often(Obj(
        ("type", Often(Str("mention"))), ("text", Often(Str("<at>GuidanceBot</at>"))),
        ("mentioned", Often(Obj(("id", Often(Str("bot-1"))), ("name", JsonGen.String))))));

    /// <summary>
    /// Activities for one conversation on one channel (<paramref name="conversationId"/> is kept most of the time,
    /// so a turn usually runs on the conversation the property watches).
    /// </summary>
    public static Gen<HostileActivity> For(string channelId, string conversationId, bool directLine)
    {
        var type = WordOrAny(Gen.OneOf(directLine ? ["message", "message", "message", "event", "typing", "invoke"] : Types), 24);
        var name = WordOrAny(Gen.Frequency((3, Gen.Const("adaptiveCard/action")), (1, Gen.OneOf("composeExtension/query", "signin/verifyState", ""))), 8);
        var fields = new (string Name, Gen<string> Value)[]
        {
            ("id", Mostly(JsonGen.String)),
            ("channelId", Mostly(Gen.Frequency((8, Str(channelId)), (1, JsonGen.String)))),
            ("serviceUrl", Mostly(Gen.Frequency((12, Gen.Const(JsonGen.Literal("http://localhost:9/"))), (1, JsonGen.String)))),
            ("conversation", Mostly(Obj(("id", Mostly(Gen.Frequency((12, Str(conversationId)), (1, JsonGen.String)))),
                ("conversationType", Mostly(Str("personal", "channel", "groupChat"))), ("tenantId", Mostly(JsonGen.String)), ("isGroup", Mostly(JsonGen.Bool))))),
            ("from", Account("worker-1")),
            ("recipient", Account("bot-1")),
            ("text", Mostly(JsonGen.String)),
            ("textFormat", Mostly(Str("plain", "markdown"))),
            ("locale", Mostly(Str("en-GB", "xx"))),
            ("value", Kept(ButtonValue)),
            ("entities", Kept(Mostly(JsonGen.Array(Mention)))),
            ("channelData", Kept(Often(Obj(("tenant", Often(Obj(("id", JsonGen.String)))), ("clientActivityID", JsonGen.String), ("postBack", JsonGen.Scalar))))),
            ("attachments", Mostly(JsonGen.Array(Mostly(Obj(("contentType", Mostly(JsonGen.String)), ("content", JsonGen.Any)))))),
            ("membersAdded", Mostly(JsonGen.Array(Account("bot-1")))),
            ("membersRemoved", Mostly(JsonGen.Array(Account("worker-1")))),
            ("action", Mostly(Str("add", "remove", "add-upgrade"))),
            ("replyToId", Mostly(JsonGen.String)),
            ("timestamp", Mostly(Str("2026-03-02T09:00:00.000Z", "yesterday"))),
            ("deliveryMode", Mostly(Str("expectReplies", "normal"))),
            ("futureField", JsonGen.Any),
        };

        return Gen.Select(type, name, Fields(fields), Kept(InvokeValue), JsonGen.Object(JsonGen.Any), Gen.Int[0, 19], JsonGen.Hostile, Gen.Int[0, 1000],
            (t, n, known, invokeValue, extra, oddity, hostile, where) => Build(t, n, known, invokeValue, extra, oddity, hostile, where));
    }

    /// <summary>
    /// The activity's text: an invoke gets an invoke's value; the hostile value takes one of the holes, half the time
    /// one in a field kept as raw JSON (or an unknown field of its own if there is no hole), other holes become plain
    /// strings; one activity in twenty repeats a field.
    /// </summary>
    private static HostileActivity Build((string Json, string? Text) type, (string Json, string? Text) name, string[] known,
        string invokeValue, string extra, int oddity, string? hostile, int where)
    {
        // The type and name the bot will read: "any JSON" can be the plain string "invoke" too.
        var typeText = type.Text ?? Word(type.Json);
        var invoke = typeText == "invoke";
        var nameText = name.Text ?? Word(name.Json);
        var parts = new List<string> { "\"type\":" + type.Json };
        if (invoke) parts.Add("\"name\":" + name.Json);
        foreach (var field in known)
            parts.Add(invoke && field.StartsWith("\"value\":", StringComparison.Ordinal) ? "\"value\":" + invokeValue : field);
        var more = Members(extra);
        if (more.Length > 0) parts.Add(more);
        if (oddity == 0) parts.Add("\"futureField\":1,\"futureField\":[2]");
        var json = "{" + string.Join(",", parts) + "}";

        var kept = Holes(json, KeptHole);
        var holes = where % 2 == 0 && kept.Count > 0 ? kept : [.. Holes(json, JsonGen.Hole), .. kept];
        if (hostile is not null)
            json = holes.Count > 0 && holes[where / 2 % holes.Count] is var hole
                ? json[..hole] + hostile + json[(hole + KeptHole.Length)..]
                : json[..^1] + ",\"futureHostile\":" + hostile + "}";
        json = json.Replace(JsonGen.Hole, "\"h\"", StringComparison.Ordinal).Replace(KeptHole, "\"h\"", StringComparison.Ordinal);
        return new HostileActivity(json, typeText, invoke ? nameText : null);
    }

    /// <summary>The text of a JSON string literal without escapes or holes, else null.</summary>
    private static string? Word(string json) =>
        json.Length >= 2 && json[0] == '"' && json[^1] == '"' && json != JsonGen.Hole && json != KeptHole && json.IndexOf('\\', StringComparison.Ordinal) < 0 ? json[1..^1] : null;

    /// <summary>Where each of these holes starts (both kinds are the same length, so either can be swapped at its place).</summary>
    private static List<int> Holes(string json, string marker)
    {
        var at = new List<int>();
        for (var i = json.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = json.IndexOf(marker, i + 1, StringComparison.Ordinal))
            at.Add(i);
        return at;
    }
}
