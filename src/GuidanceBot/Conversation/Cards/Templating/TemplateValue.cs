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

    public static TemplateValue Of(bool value) => new(true, JsonValue.Create(value));

    /// <summary>Present and not null (what exists() and Array.push care about).</summary>
    public bool HasValue => IsDefined && Node is not null;
}

/// <summary>An evaluation result or the error adaptive-expressions would report.</summary>
internal readonly record struct Evaluation(TemplateValue Value, string? Error)
{
    public static Evaluation Ok(TemplateValue value) => new(value, null);

    public static Evaluation Fail(string error) => new(TemplateValue.Undefined, error);
}
