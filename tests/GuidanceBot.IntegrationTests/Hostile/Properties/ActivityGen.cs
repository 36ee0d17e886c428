using CsCheck;

namespace GuidanceBot.IntegrationTests.Hostile.Properties;

/// <summary>A generated activity as raw JSON text, with the type and invoke name it carries (null when not a plain string).</summary>
public sealed record HostileActivity(string Json, string? Type, string? Name)
{
    /// <summary>For a failure report: the start of the body, never 300 KB of it.</summary>
    public override string ToString() => Json.Length <= 1500 ? Json : Json[..1500] + $"... ({Json.Length} characters)";
}

/// <summary>
/// Activities with every field of every JSON type: each known field is left out, given a plausible value (so the
/// activity reaches a turn), or given any JSON at all; unknown fields are added, sometimes twice.
/// </summary>
public static class ActivityGen
{
    private static readonly string[] Types = ["message", "message", "message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing", "messageReaction"];

    private static Gen<string> Str(params string[] values) => Gen.OneOf(values).Select(JsonGen.Literal);

    private static Gen<string> Obj(params (string Name, Gen<string> Value)[] fields) =>
        Gen.Select(Fields(fields), JsonGen.Object(JsonGen.Any), (known, extra) => "{" + string.Join(",", known.Append(Members(extra)).Where(s => s.Length > 0)) + "}");

    /// <summary>The members of an object's text, without its braces, to add to another object.</summary>
    private static string Members(string objectJson) => objectJson[1..^1];

    /// <summary>A known word (its JSON literal and the word), or any JSON value (and no word).</summary>
    private static Gen<(string Json, string? Text)> WordOrAny(Gen<string> words, int weight) =>
        Gen.Frequency((weight, words.Select(w => (JsonGen.Literal(w), (string?)w))), (1, JsonGen.Any.Select(j => (j, (string?)null))));

    /// <summary>The fields that are present, each as "name": value.</summary>
    private static Gen<string[]> Fields(IEnumerable<(string Name, Gen<string> Value)> fields) =>
        fields.Select(f => Field(f.Name, f.Value)).Aggregate(
            Gen.Const(System.Array.Empty<string>()), (all, next) => Gen.Select(all, next, (a, b) => b is null ? a : [.. a, b]));

    /// <summary>"name": value, left out a third of the time.</summary>
    private static Gen<string?> Field(string name, Gen<string> value) =>
        Gen.Frequency((1, Gen.Const((string?)null)), (2, value.Select(v => (string?)(JsonGen.Literal(name) + ":" + v))));

    /// <summary>A plausible value most of the time, any JSON value otherwise.</summary>
    private static Gen<string> Mostly(Gen<string> plausible) => Gen.Frequency((3, plausible), (1, JsonGen.Any));

    private static Gen<string> Account(string id) => Mostly(Obj(("id", Mostly(Str(id))), ("name", JsonGen.String), ("role", Str("user", "bot")), ("aadObjectId", JsonGen.String)));

    /// <summary>What our card buttons send, with any field swapped for anything.</summary>
    private static readonly Gen<string> ButtonValue = Mostly(Obj(
        ("gb", Mostly(Str("answer", "start", "command", "change", "checklist", "take", "not-this", "authority"))),
        ("walk", Mostly(Str("advocacy", "safeguarding", "carers", "no-such-walk"))),
        ("step", Mostly(Str("process", "difficulty", "appropriate"))),
        ("value", Mostly(Str("assessment", "yes", "no", "record", "menu", "back", "dorset"))),
        ("keep", Mostly(Str("true"))),
        ("outcome", Mostly(Str("refer", "power-only"))),
        ("check-item", Mostly(Str("true", "false"))),
        ("answers", Mostly(Str("process=assessment;difficulty=yes", "=;=;;"))),
        ("walks", Mostly(Str("advocacy,carers", ",,,")))));

    private static readonly Gen<string> InvokeValue = Mostly(Obj(
        ("action", Mostly(Obj(("type", Mostly(Str("Action.Execute"))), ("verb", JsonGen.String), ("data", ButtonValue)))),
        ("trigger", Str("manual", "automatic"))));

    private static readonly Gen<string> Mention = Mostly(Obj(
        ("type", Mostly(Str("mention"))), ("text", Mostly(Str("<at>GuidanceBot</at>"))),
        ("mentioned", Mostly(Obj(("id", Mostly(Str("bot-1"))), ("name", JsonGen.String))))));

    /// <summary>
    /// Activities for one conversation on one channel (<paramref name="conversationId"/> is kept most of the time,
    /// so a turn usually runs on the conversation the property watches).
    /// </summary>
    public static Gen<HostileActivity> For(string channelId, string conversationId, bool directLine)
    {
        var type = WordOrAny(Gen.OneOf(directLine ? ["message", "message", "event", "typing", "invoke"] : Types), 12);
        var name = WordOrAny(Gen.Frequency((3, Gen.Const("adaptiveCard/action")), (1, Gen.OneOf("composeExtension/query", "signin/verifyState", ""))), 4);
        var fields = new (string Name, Gen<string> Value)[]
        {
            ("id", JsonGen.String),
            ("channelId", Mostly(Str(channelId))),
            ("serviceUrl", Mostly(Str("http://localhost:9/"))),
            ("conversation", Mostly(Obj(("id", Mostly(Str(conversationId))), ("conversationType", Str("personal", "channel", "groupChat")), ("tenantId", JsonGen.String), ("isGroup", JsonGen.Scalar)))),
            ("from", Account("worker-1")),
            ("recipient", Account("bot-1")),
            ("text", Mostly(JsonGen.String)),
            ("textFormat", Mostly(Str("plain", "markdown"))),
            ("locale", Mostly(Str("en-GB", "xx"))),
            ("value", Mostly(ButtonValue)),
            ("entities", Mostly(JsonGen.Array(Mention))),
            ("channelData", Mostly(Obj(("tenant", Mostly(Obj(("id", JsonGen.String)))), ("clientActivityID", JsonGen.String), ("postBack", JsonGen.Scalar)))),
            ("attachments", JsonGen.Array(Obj(("contentType", JsonGen.String), ("content", JsonGen.Any)))),
            ("membersAdded", Mostly(JsonGen.Array(Account("bot-1")))),
            ("membersRemoved", JsonGen.Array(Account("worker-1"))),
            ("action", Mostly(Str("add", "remove", "add-upgrade"))),
            ("replyToId", JsonGen.String),
            ("timestamp", JsonGen.Any),
            ("deliveryMode", Mostly(Str("expectReplies", "normal"))),
            ("futureField", JsonGen.Any),
        };

        return Gen.Select(type, name, Fields(fields), InvokeValue, Gen.Bool, JsonGen.Object(JsonGen.Any),
            (t, n, known, invokeValue, duplicate, extra) => Build(t, n, known, invokeValue, duplicate, extra));
    }

    /// <summary>An invoke gets an invoke's value in place of a button value.</summary>
    private static HostileActivity Build((string Json, string? Text) type, (string Json, string? Text) name, string[] known, string invokeValue, bool duplicate, string extra)
    {
        var invoke = type.Text == "invoke";
        var parts = new List<string> { "\"type\":" + type.Json };
        if (invoke) parts.Add("\"name\":" + name.Json);
        foreach (var field in known)
            parts.Add(invoke && field.StartsWith("\"value\":", StringComparison.Ordinal) ? "\"value\":" + invokeValue : field);
        var more = Members(extra);
        if (more.Length > 0) parts.Add(more);
        if (duplicate) parts.Add("\"futureField\":1,\"futureField\":[2]");
        return new HostileActivity("{" + string.Join(",", parts) + "}", type.Text, invoke ? name.Text : null);
    }
}
