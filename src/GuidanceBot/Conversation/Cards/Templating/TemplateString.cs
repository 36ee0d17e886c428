namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>
/// A template string split into literal text and <c>${...}</c> expressions. A string that is exactly one
/// expression keeps the type of its value (object, array, number, bool); any other string is text.
/// </summary>
internal sealed record TemplateString(TemplateString.Part[] Parts)
{
    internal readonly record struct Part(string? Literal, TemplateExpression? Expression);

    public bool IsSingleExpression => Parts.Length == 1 && Parts[0].Expression is not null;

    /// <summary>Null when the string has no <c>${</c> and is copied as it is.</summary>
    public static TemplateString? TryParse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
            return null;
        // adaptive-expressions reads the string as a backtick template literal: these change its meaning.
        if (text.Contains('`') || text.Contains('\\'))
            throw new CardTemplateException($"Template string \"{text}\" mixes ${{...}} with a backtick or backslash; not in our subset.");

        var parts = new List<Part>();
        var pos = 0;
        while (pos < text.Length)
        {
            var start = text.IndexOf("${", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(new Part(text[pos..], null));
                break;
            }
            if (start > pos)
                parts.Add(new Part(text[pos..start], null));
            var end = text.IndexOf('}', start + 2);
            if (end < 0)
                throw new CardTemplateException($"Template string \"{text}\" has an unclosed ${{.");
            var inner = text[(start + 2)..end];
            if (inner.Contains('{') || inner.Contains('\'') || inner.Contains('"'))
                throw new CardTemplateException($"'${{{inner}}}' is outside the supported templating subset.");
            parts.Add(new Part(null, TemplateExpression.Parse(inner)));
            pos = end + 1;
        }
        return new TemplateString(parts.ToArray());
    }
}
