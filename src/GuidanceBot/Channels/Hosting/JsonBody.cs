namespace GuidanceBot.Channels.Hosting;

/// <summary>
/// Reads a request body that must be JSON, never more than a limit. Shared by /api/messages and Direct Line so both
/// front doors refuse the same bodies; each keeps its own status codes and wording.
/// </summary>
public static class JsonBody
{
    /// <summary>The size is checked before the content type, so an oversized body is "too large" whatever it claims to be.</summary>
    public static async Task<(byte[]? Bytes, JsonBodyError Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, JsonBodyError.TooLarge);
        // Channels and Web Chat always send a JSON content type; a request without one is what a browser page elsewhere
        // can send without asking (no CORS preflight), so it is refused.
        if (!IsJson(request.ContentType)) return (null, JsonBodyError.NotJson);
        var bytes = await ReadAtMostAsync(request.Body, maxBytes, cancellationToken);
        return bytes is null ? (null, JsonBodyError.TooLarge) : (bytes, JsonBodyError.None);
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
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
