namespace GuidanceBot.Channels.Hosting;

/// <summary>Why a request body could not be read as JSON (every one a client's mistake).</summary>
public enum JsonBodyError
{
    None,
    TooLarge,
    NotJson,
    /// <summary>The body stopped or broke while being read (a slow sender, a bad chunk): Kestrel's own 4xx.</summary>
    Unreadable,
    /// <summary>JSON that .NET cannot turn into text: a string with a lone surrogate ("\ud800"), or nested too deep.</summary>
    InvalidText,
}
