using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// Binds an Adaptive Card template to data with a documented subset of the Adaptive Card Templating
/// language (see cards/README.md), giving the same JSON as adaptivecards-templating 2.3.1's
/// <c>new Template(t).expand({ $root: data })</c>. The tests compare the two on every template.
/// </summary>
public sealed class CardTemplateBinder
{
    private readonly PreparedNode _template;

    private CardTemplateBinder(PreparedNode template) => _template = template;

    /// <summary>Checks the template against the subset and parses it; throws <see cref="CardTemplateException"/>.</summary>
    public static CardTemplateBinder Prepare(JsonNode template, string name = "template") =>
        new(PreparedNode.Prepare(template, name));

    /// <summary>One-off bind; prefer <see cref="Prepare"/> once and <see cref="Bind(JsonNode?)"/> many times.</summary>
    public static JsonNode? Bind(JsonNode template, JsonNode? data) => Prepare(template).Bind(data);

    /// <summary>The bound card (null when a root <c>$when</c> is false, as in the npm package).</summary>
    public JsonNode? Bind(JsonNode? data) => Expand(_template, new BindingScope(data, TemplateValue.Undefined, null)).Node;

    private static TemplateValue Expand(PreparedNode node, BindingScope scope) => node switch
    {
        PreparedNode.Literal literal => TemplateValue.Of(literal.Value?.DeepClone()),
        PreparedNode.Text text => ExpandText(text.Template, scope),
        PreparedNode.Array array => TemplateValue.Of(ExpandArray(array, scope)),
        PreparedNode.Object obj => ExpandObject(obj, scope),
        _ => throw new CardTemplateException($"Unknown template node {node}."),
    };

    private static TemplateValue ExpandText(TemplateString template, BindingScope scope)
    {
        if (template.IsSingleExpression)
        {
            // A whole-string expression keeps its value's type (object, array, number, bool, null).
            var result = TemplateEvaluator.Evaluate(template.Parts[0].Expression!, scope, substitute: true);
            if (result.Error is not null) throw new CardTemplateException(result.Error);
            return new TemplateValue(result.Value.IsDefined, result.Value.Node?.DeepClone());
        }

        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            if (part.Expression is null)
            {
                text.Append(part.Literal);
                continue;
            }
            var result = TemplateEvaluator.Evaluate(part.Expression, scope, substitute: true);
            if (result.Error is not null)
                text.Append("${").Append(((TemplateExpression.Path)part.Expression).Text).Append('}');
            else if (!result.Value.HasValue)
                // The npm package throws a TypeError here (null.toString()); so do we, rather than guess.
                throw new CardTemplateException($"'${{{Describe(part.Expression)}}}' is null inside a longer string.");
            else
                text.Append(JsText.Of(result.Value.Node!));
        }
        return TemplateValue.Of(JsonValue.Create(text.ToString()));
    }

    private static JsonArray ExpandArray(PreparedNode.Array array, BindingScope scope)
    {
        var items = new JsonArray();
        foreach (var item in array.Items)
        {
            var value = Expand(item, scope);
            if (value.IsDefined && value.Node is null)
                continue; // null items (a dropped element, a null value) disappear
            if (value.Node is JsonArray inner)
            {
                // A repeated element, or an array value, is spliced into the parent array.
                var moved = inner.ToList();
                inner.Clear();
                foreach (var m in moved) items.Add(m);
            }
            else
            {
                items.Add(value.Node); // "undefined" becomes null, as JSON.stringify does
            }
        }
        return items;
    }

    private static TemplateValue ExpandObject(PreparedNode.Object obj, BindingScope scope)
    {
        var contexts = new List<(TemplateValue Data, int? Index)>();
        if (obj.Data is null)
        {
            contexts.Add((TemplateValue.Undefined, scope.Index));
        }
        else
        {
            var data = TemplateEvaluator.Evaluate(obj.Data, scope, substitute: true);
            if (data.Error is not null) throw new CardTemplateException(data.Error);
            if (data.Value.Node is JsonArray array)
                contexts.AddRange(array.Select((item, i) => (TemplateValue.Of(item), (int?)i)));
            else
                contexts.Add((data.Value, scope.Index));
        }

        var results = new List<JsonObject>();
        foreach (var (data, index) in contexts)
        {
            var itemScope = scope with { Data = data.IsDefined ? data : scope.Data, Index = index };
            if (obj.When is not null)
            {
                // $when is evaluated without substitution; anything but a true bool drops the element.
                var when = TemplateEvaluator.Evaluate(obj.When, itemScope, substitute: false);
                var keep = when.Error is null && when.Value.Node is JsonValue v
                    && v.GetValueKind() == System.Text.Json.JsonValueKind.True;
                if (!keep) continue;
            }
            var result = new JsonObject();
            foreach (var (key, value) in obj.Properties)
            {
                var expanded = Expand(value, itemScope);
                if (expanded.IsDefined) result[key] = expanded.Node;
            }
            results.Add(result);
        }

        return results.Count switch
        {
            0 => TemplateValue.Of(null),
            1 => TemplateValue.Of(results[0]),
            _ => TemplateValue.Of(new JsonArray(results.ToArray<JsonNode?>())),
        };
    }

    private static string Describe(TemplateExpression e) => e switch
    {
        TemplateExpression.Path p => p.Text,
        TemplateExpression.Not n => "!" + n.Target.Text,
        TemplateExpression.Exists x => $"exists({x.Target.Text})",
        TemplateExpression.NotEmpty c => $"count({c.Target.Text}) > 0",
        _ => e.ToString()!,
    };
}
