using System.Text;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>Lower-cases, trims, drops surrounding punctuation and collapses spaces, so "Yes!" and " yes " match.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(ch)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(ch == '\u2019' ? '\'' : ch);
        }
        return builder.ToString().Trim(' ', '.', '!', '?', ',', ';', ':', '"', '\'');
    }
}
