namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// Reads a request body that must be JSON, never more than a limit. Shared by /api/messages and Direct Line so both
/// front doors refuse the same bodies; each keeps its own status codes and wording.
/// </summary>
public static class JsonBody
{
    /// <summary>How deep a body's JSON may nest; an activity needs far less, and a reply must stay writable.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The size is checked before the content type, so an oversized body is "too large" whatever it claims to be.
    /// Every string in the body is checked here, where it is read: a lone surrogate escape ("\ud800") or nesting past
    /// <see cref="MaxDepth"/> is the client's mistake (400), never a failure later in the turn.
    /// </summary>
    public static async Task<(byte[]? Bytes, JsonBodyError Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, JsonBodyError.TooLarge);
        // Channels and Web Chat always send a JSON content type; a request without one is what a browser page elsewhere
        // can send without asking (no CORS preflight), so it is refused.
        if (!IsJson(request.ContentType)) return (null, JsonBodyError.NotJson);
        byte[]? bytes;
        try
        {
            bytes = await ReadAtMostAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return (null, JsonBodyError.Unreadable); // a body sent too slowly or with a broken chunk: Kestrel has said why
        }
        if (bytes is null) return (null, JsonBodyError.TooLarge);
        return HasInvalidText(bytes) ? (null, JsonBodyError.InvalidText) : (bytes, JsonBodyError.None);
    }

    /// <summary>
    /// Reads every token once: a string or property name whose escapes do not make valid UTF-16 cannot become .NET
    /// text, and a structure deeper than allowed cannot be written back. Malformed JSON is left to the deserialiser.
    /// </summary>
    public static bool HasInvalidText(ReadOnlySpan<byte> json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(json, new System.Text.Json.JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (System.Text.Json.JsonTokenType.String or System.Text.Json.JsonTokenType.PropertyName) || !reader.ValueIsEscaped) continue;
                try { _ = reader.GetString(); }
                catch (InvalidOperationException) { return true; }
            }
            return false;
        }
        catch (System.Text.Json.JsonException)
        {
            return reader.CurrentDepth >= MaxDepth - 1; // too deep is invalid text; other malformed JSON is reported by the deserialiser
        }
    }

    /// <summary>application/json or any structured +json type (RFC 6839), parameters such as charset ignored.</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads at most the limit (a chunked body has no Content-Length to check up front); null if larger.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long? contentLength, int maxBytes, CancellationToken cancellationToken)
    {
        // With a Content-Length (every channel sends one) the body is read straight into an array of its size;
        // Kestrel ends the body there, and fails the read if it is cut short.
        if (contentLength is { } length)
        {
            var exact = new byte[length];
            var got = await body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
            return got == exact.Length ? exact : exact[..got];
        }
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
