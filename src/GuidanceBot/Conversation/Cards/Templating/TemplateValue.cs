using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// A value during binding. JavaScript tells "undefined" (missing) from null, and the npm package behaves
/// differently for each, so we keep the difference too.
/// </summary>
internal readonly record struct TemplateValue(bool IsDefined, JsonNode? Node)
{
    public static readonly TemplateValue Undefined = new(false, null);

    public static TemplateValue Of(JsonNode? node) => new(true, node);

    // Shared: the binder only writes values out, never attaches them to a parent node.
    private static readonly JsonValue True = JsonValue.Create(true), False = JsonValue.Create(false);

    public static TemplateValue Of(bool value) => new(true, value ? True : False);

    /// <summary>Present and not null (what exists() and Array.push care about).</summary>
    public bool HasValue => IsDefined && Node is not null;
}

/// <summary>An evaluation result or the error adaptive-expressions would report.</summary>
internal readonly record struct Evaluation(TemplateValue Value, string? Error)
{
    public static Evaluation Ok(TemplateValue value) => new(value, null);

    public static Evaluation Fail(string error) => new(TemplateValue.Undefined, error);
}
