using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>Where an expression looks things up: the bound data, the current <c>$data</c> and <c>$index</c>.</summary>
/// A struct, because the binder makes one for every repeated item.
internal readonly record struct BindingScope(JsonElement Root, TemplateValue Data, int? Index)
{
    /// <summary><c>$data</c> is <c>$root</c> until something re-scopes it.</summary>
    public JsonElement CurrentData => Data.IsDefined ? Data.Element : Root;
}

/// <summary>
/// Evaluates our expression subset the way adaptive-expressions does (read from its source and checked
/// against the npm oracle): case-insensitive property names; a missing value becomes the text
/// <c>${path}</c> when <paramref name="substitute"/> is on; <c>!</c>, <c>exists</c> and comparisons
/// look values up without that substitution; a trailing <c>[i]</c> out of range is an error.
/// </summary>
internal static class TemplateEvaluator
{
    public static Evaluation Evaluate(TemplateExpression expression, in BindingScope scope, bool substitute) => expression switch
    {
        TemplateExpression.Path path => EvaluatePath(path.Segments, path.Segments.Length, scope, substitute),
        TemplateExpression.Not not => Evaluation.Ok(TemplateValue.Of(NotOf(EvaluatePath(not.Target.Segments, not.Target.Segments.Length, scope, false)))),
        TemplateExpression.Exists exists => Evaluation.Ok(TemplateValue.Of(EvaluatePath(exists.Target.Segments, exists.Target.Segments.Length, scope, false) is { Error: null, Value.HasValue: true })),
        TemplateExpression.NotEmpty notEmpty => Evaluation.Ok(TemplateValue.Of(IsNotEmpty(EvaluatePath(notEmpty.Target.Segments, notEmpty.Target.Segments.Length, scope, false)))),
        _ => throw new CardTemplateException($"Unsupported expression {expression}."),
    };

    private static bool NotOf(Evaluation e)
    {
        if (e.Error is not null) return true;
        // isLogicTrue: a bool is itself, null/undefined are false, anything else (0, "") is true.
        if (!e.Value.HasValue) return true;
        return e.Value.Element.ValueKind == JsonValueKind.False;
    }

    private static bool IsNotEmpty(Evaluation e)
    {
        if (e.Error is not null || !e.Value.HasValue) return false;
        var value = e.Value.Element;
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.GetArrayLength() > 0,
            JsonValueKind.Object => value.EnumerateObject().MoveNext(),
            JsonValueKind.String => !value.ValueEquals(""u8),
            _ => false, // count() of a number or bool is an error, and a failed comparison is false
        };
    }

    /// <summary>The path's first <paramref name="count"/> segments (a count, not a copy: this runs for every expression bound).</summary>
    private static Evaluation EvaluatePath(PathSegment[] segments, int count, in BindingScope scope, bool substitute)
    {
        var last = segments[count - 1];
        if (count > 1 && last.IsIndex)
        {
            // adaptive-expressions' element(): evaluate the collection, then index it strictly.
            var instance = EvaluatePath(segments, count - 1, scope, substitute);
            if (instance.Error is not null) return instance;
            if (!instance.Value.HasValue) return Evaluation.Ok(TemplateValue.Undefined);
            var array = instance.Value.Element;
            if (array.ValueKind != JsonValueKind.Array)
                return Evaluation.Fail($"{TemplateExpression.Path.Format(segments.Take(count - 1))} is not a collection.");
            return last.Index < array.GetArrayLength()
                ? Evaluation.Ok(TemplateValue.Of(array[last.Index]))
                : Evaluation.Fail($"{last.Index} is out of range.");
        }

        var value = Lookup(segments, count, scope);
        if (value.IsDefined) return Evaluation.Ok(value);
        return Evaluation.Ok(substitute
            ? TemplateValue.Of("${" + TemplateExpression.Path.Format(segments.Take(count)) + "}")
            : TemplateValue.Undefined);
    }

    /// <summary>SimpleObjectMemory.getValue over the whole path; any failure along the way is "undefined".</summary>
    private static TemplateValue Lookup(PathSegment[] segments, int count, in BindingScope scope)
    {
        var current = segments[0].Name switch
        {
            "$root" => TemplateValue.Of(scope.Root),
            "$data" => TemplateValue.Of(scope.CurrentData),
            "$index" => scope.Index is { } i ? TemplateValue.Of(i) : TemplateValue.Undefined,
            _ => Property(TemplateValue.Of(scope.CurrentData), segments[0].Name!),
        };
        for (var s = 1; s < count; s++)
        {
            var segment = segments[s];
            if (segment.IsIndex && current.Element.ValueKind == JsonValueKind.Array)
            {
                if (segment.Index >= current.Element.GetArrayLength()) return TemplateValue.Undefined;
                current = TemplateValue.Of(current.Element[segment.Index]);
            }
            else
            {
                current = Property(current, segment.Name ?? segment.Index.ToString(CultureInfo.InvariantCulture));
            }
        }
        return current;
    }

    /// <summary>accessProperty: first key equal ignoring case; nothing on null, false, 0 or "".</summary>
    private static TemplateValue Property(TemplateValue instance, string name)
    {
        switch (instance.Element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in instance.Element.EnumerateObject())
                    if (NameIs(property, name))
                        return TemplateValue.Of(property.Value);
                return TemplateValue.Undefined;
            case JsonValueKind.String:
                // A JavaScript string's keys are its character positions.
                var s = instance.Element.GetString()!;
                return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < s.Length
                    ? TemplateValue.Of(s[i].ToString())
                    : TemplateValue.Undefined;
            default:
                return TemplateValue.Undefined;
        }
    }

    /// <summary>
    /// A key equal to the name ignoring case (ordinal). Plain ASCII keys, all our data has, are compared as
    /// the bytes they are, without making a string of each key; anything else takes the string comparison.
    /// </summary>
    private static bool NameIs(JsonProperty property, string name)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') < 0 && Ascii.IsValid(raw) && Ascii.IsValid(name))
            return Ascii.EqualsIgnoreCase(raw, name);
        return string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);
    }
}
