using System.Globalization;
using System.Text;

namespace GuidanceBot;

/// <summary>
/// An identifier a client sent (a channel id, a conversation id, an activity type), made safe to write to a log:
/// control, format and direction characters and broken surrogates become '?', and it is cut to a length, so a
/// client cannot forge log lines, reorder what a reader sees, or fill the log.
/// </summary>
internal static class LogText
{
    public const int MaxLength = 80;

    public static string Safe(string? value)
    {
        if (value is null) return "(none)";
        var text = value.Length > MaxLength ? value[..MaxLength] + "..." : value;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(c).Append(text[++i]); continue; }
            var category = char.GetUnicodeCategory(c);
            builder.Append(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? '?' : c);
        }
        return builder.ToString();
    }
}
