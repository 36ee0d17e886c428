using System.Text.RegularExpressions;

namespace GuidanceBot.Conversation.Cards.Templating;

/// <summary>One path segment: a property name or an array index.</summary>
internal readonly record struct PathSegment(string? Name, int Index)
{
    public bool IsIndex => Name is null;
}

/// <summary>
/// The expressions our templating subset accepts inside <c>${...}</c>. Anything else is rejected when a
/// template loads, so a card can never be rendered differently from adaptivecards-templating.
/// </summary>
internal abstract record TemplateExpression
{
    /// <summary><c>name.name[0]</c>, rooted at the current <c>$data</c>, or at <c>$root</c>, <c>$data</c> or <c>$index</c>.</summary>
    public sealed record Path(PathSegment[] Segments) : TemplateExpression
    {
        /// <summary>The text adaptive-expressions prints for this path (used when a value is missing).</summary>
        public string Text => Format(Segments);

        public static string Format(IEnumerable<PathSegment> segments)
        {
            var text = new System.Text.StringBuilder();
            foreach (var s in segments)
            {
                if (s.IsIndex) text.Append('[').Append(s.Index).Append(']');
                else text.Append(text.Length == 0 ? "" : ".").Append(s.Name);
            }
            return text.ToString();
        }
    }

    /// <summary><c>exists(path)</c>: true when the value is present and not null.</summary>
    public sealed record Exists(Path Target) : TemplateExpression;

    /// <summary><c>!path</c>: true when the value is missing, null or false.</summary>
    public sealed record Not(Path Target) : TemplateExpression;

    /// <summary><c>count(path) &gt; 0</c>: true for a non-empty array, string or object.</summary>
    public sealed record NotEmpty(Path Target) : TemplateExpression;

    private static readonly Regex PathPattern = new(
        @"^(?:\$root|\$data|\$index|[A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]{1,9}\])*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Segment = new(@"\.?([A-Za-z_$][A-Za-z0-9_]*)|\[([0-9]+)\]", RegexOptions.CultureInvariant);

    public static TemplateExpression Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("exists(", StringComparison.Ordinal) && t.EndsWith(')'))
            return new Exists(ParsePath(t[7..^1].Trim(), text));
        if (t.StartsWith('!'))
            return new Not(ParsePath(t[1..].Trim(), text));
        var count = Regex.Match(t, @"^count\((.*)\)\s*>\s*0$", RegexOptions.CultureInvariant);
        if (count.Success)
            return new NotEmpty(ParsePath(count.Groups[1].Value.Trim(), text));
        return ParsePath(t, text);
    }

    private static Path ParsePath(string path, string whole)
    {
        if (!PathPattern.IsMatch(path))
            throw new CardTemplateException(
                $"'${{{whole}}}' is outside the supported templating subset (paths, $root, $data, $index, exists(path), !path, count(path) > 0).");
        var segments = new List<PathSegment>();
        foreach (Match m in Segment.Matches(path))
            segments.Add(m.Groups[1].Success ? new PathSegment(m.Groups[1].Value, 0) : new PathSegment(null, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        if (segments[0].Name == "$index" && segments.Count > 1)
            throw new CardTemplateException($"'${{{whole}}}': $index has no properties.");
        return new Path(segments.ToArray());
    }
}
