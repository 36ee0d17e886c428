using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// Expands a prepared template straight into JSON text, with adaptivecards-templating's rules: <c>$data</c>
/// repeats or re-scopes an object, <c>$when</c> drops it, undefined properties are left out, arrays
/// (repeated objects, array values, nested arrays) are spliced into the array holding them, null items in
/// an array disappear, and a whole-string expression keeps its value's type. Writing rather than building
/// a node tree is what keeps a turn's allocations small; <see cref="CardTemplateBinder"/> is the way in.
/// </summary>
internal static class BoundCardWriter
{
    /// <summary>The whole card; null when it binds to nothing (a false root <c>$when</c>, an undefined value).</summary>
    public static void WriteRoot(Utf8JsonWriter writer, PreparedNode node, in BindingScope scope)
    {
        if (!WriteValue(writer, node, scope)) writer.WriteNullValue();
    }

    /// <summary>A value in an object or at the root; false (and nothing written) when it is undefined.</summary>
    private static bool WriteValue(Utf8JsonWriter writer, PreparedNode node, in BindingScope scope)
    {
        switch (node)
        {
            case PreparedNode.Literal literal:
                writer.WriteRawValue(literal.Json, skipInputValidation: true);
                return true;
            case PreparedNode.Text { Template.IsSingleExpression: true } whole:
                var value = EvaluateWhole(whole.Template, scope);
                if (!value.IsDefined) return false;
                WriteElement(writer, value.Element);
                return true;
            case PreparedNode.Text text:
                WriteText(writer, text.Template, scope);
                return true;
            case PreparedNode.Array array:
                writer.WriteStartArray();
                WriteItems(writer, array, scope);
                writer.WriteEndArray();
                return true;
            case PreparedNode.Object obj:
                WriteRepeated(writer, obj, scope);
                return true;
            default:
                throw new CardTemplateException($"Unknown template node {node}.");
        }
    }

    /// <summary>An array's items, with nested arrays and repeats spliced in and null items left out.</summary>
    private static void WriteItems(Utf8JsonWriter writer, PreparedNode.Array array, in BindingScope scope)
    {
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case PreparedNode.Literal literal:
                    if (!literal.IsNull) writer.WriteRawValue(literal.Json, skipInputValidation: true);
                    break;
                case PreparedNode.Text { Template.IsSingleExpression: true } whole:
                    var value = EvaluateWhole(whole.Template, scope);
                    if (!value.IsDefined)
                        writer.WriteNullValue(); // "undefined" becomes null, as JSON.stringify does
                    else if (value.Element.ValueKind == JsonValueKind.Array)
                        foreach (var spliced in value.Element.EnumerateArray()) WriteElement(writer, spliced); // its nulls stay
                    else if (value.HasValue)
                        WriteElement(writer, value.Element);
                    break;
                case PreparedNode.Text text:
                    WriteText(writer, text.Template, scope);
                    break;
                case PreparedNode.Array inner:
                    WriteItems(writer, inner, scope);
                    break;
                case PreparedNode.Object obj:
                    var repeat = Repeat.Of(obj, scope);
                    while (repeat.MoveNext())
                        if (Kept(obj, repeat.Current)) WriteObject(writer, obj, repeat.Current);
                    break;
                default:
                    throw new CardTemplateException($"Unknown template node {item}.");
            }
        }
    }

    /// <summary>An object outside an array: none kept is null, one is the object, more are an array of them.</summary>
    private static void WriteRepeated(Utf8JsonWriter writer, PreparedNode.Object obj, in BindingScope scope)
    {
        var repeat = Repeat.Of(obj, scope);
        var counting = repeat; // a copy, not yet started: the same items, counted first
        var kept = 0;
        while (counting.MoveNext())
            if (Kept(obj, counting.Current)) kept++;
        if (kept == 0)
        {
            writer.WriteNullValue();
            return;
        }
        if (kept > 1) writer.WriteStartArray();
        while (repeat.MoveNext())
            if (Kept(obj, repeat.Current)) WriteObject(writer, obj, repeat.Current);
        if (kept > 1) writer.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, PreparedNode.Object obj, in BindingScope scope)
    {
        writer.WriteStartObject();
        foreach (var property in obj.Properties)
        {
            if (property.Value is PreparedNode.Text { Template.IsSingleExpression: true } whole)
            {
                // Only a whole-string expression can be undefined, and then the property is left out.
                var value = EvaluateWhole(whole.Template, scope);
                if (!value.IsDefined) continue;
                writer.WritePropertyName(property.Name);
                WriteElement(writer, value.Element);
            }
            else
            {
                writer.WritePropertyName(property.Name);
                WriteValue(writer, property.Value, scope);
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>$when is evaluated without substitution; anything but a true bool drops the element.</summary>
    private static bool Kept(PreparedNode.Object obj, in BindingScope scope)
    {
        if (obj.When is null) return true;
        var when = TemplateEvaluator.Evaluate(obj.When, scope, substitute: false);
        return when.Error is null && when.Value.Element.ValueKind == JsonValueKind.True;
    }

    /// <summary>A whole-string expression keeps its value's type (object, array, number, bool, null).</summary>
    private static TemplateValue EvaluateWhole(TemplateString template, in BindingScope scope)
    {
        var result = TemplateEvaluator.Evaluate(template.Parts[0].Expression!, scope, substitute: true);
        if (result.Error is not null) throw new CardTemplateException(result.Error);
        return result.Value;
    }

    /// <summary>
    /// A value from the data, copied as its JSON text. Every element the binder sees was written by a Utf8JsonWriter
    /// with default options (the card's data, <see cref="CardTemplateBinder.Bind(System.Text.Json.Nodes.JsonNode?)"/>'s
    /// copy of its data, the values the binder makes), so that text is exactly what writing the element again gives,
    /// without unescaping and escaping every string once more.
    /// </summary>
    private static void WriteElement(Utf8JsonWriter writer, JsonElement element) =>
        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);

    [ThreadStatic] private static StringBuilder? t_text;

    /// <summary>Literal text with each expression's value as JavaScript prints it.</summary>
    private static void WriteText(Utf8JsonWriter writer, TemplateString template, in BindingScope scope)
    {
        var text = t_text ??= new StringBuilder(256);
        text.Clear();
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
                text.Append(JsText.Of(result.Value.Element));
        }
        // The builder is reused, so its text is almost always one chunk: written without a string.
        var chunks = text.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == text.Length)
            writer.WriteStringValue(chunks.Current.Span);
        else
            writer.WriteStringValue(text.ToString());
    }

    private static string Describe(TemplateExpression e) => e switch
    {
        TemplateExpression.Path p => p.Text,
        TemplateExpression.Not n => "!" + n.Target.Text,
        TemplateExpression.Exists x => $"exists({x.Target.Text})",
        TemplateExpression.NotEmpty c => $"count({c.Target.Text}) > 0",
        _ => e.ToString()!,
    };

    /// <summary>
    /// The data contexts an object is written in, one scope at a time: each item of a <c>$data</c> array
    /// (with its <c>$index</c>), or one (its <c>$data</c> value, or the enclosing scope when it has none).
    /// </summary>
    private struct Repeat
    {
        private readonly BindingScope _scope;
        private readonly TemplateValue _single;
        private readonly bool _isArray;
        private JsonElement.ArrayEnumerator _items;
        private int _index;

        private Repeat(BindingScope scope, TemplateValue single, bool isArray, JsonElement.ArrayEnumerator items)
        {
            _scope = scope;
            _single = single;
            _isArray = isArray;
            _items = items;
        }

        public BindingScope Current { get; private set; }

        public static Repeat Of(PreparedNode.Object obj, in BindingScope scope)
        {
            if (obj.Data is null) return new Repeat(scope, TemplateValue.Undefined, false, default);
            var data = TemplateEvaluator.Evaluate(obj.Data, scope, substitute: true);
            if (data.Error is not null) throw new CardTemplateException(data.Error);
            return data.Value.Element.ValueKind == JsonValueKind.Array
                ? new Repeat(scope, default, true, data.Value.Element.EnumerateArray())
                : new Repeat(scope, data.Value, false, default);
        }

        public bool MoveNext()
        {
            if (_isArray)
            {
                if (!_items.MoveNext()) return false;
                Current = Scoped(TemplateValue.Of(_items.Current), _index++);
                return true;
            }
            if (_index++ > 0) return false;
            Current = Scoped(_single, _scope.Index);
            return true;
        }

        private readonly BindingScope Scoped(TemplateValue data, int? index) =>
            _scope with { Data = data.IsDefined ? data : _scope.Data, Index = index };
    }
}
