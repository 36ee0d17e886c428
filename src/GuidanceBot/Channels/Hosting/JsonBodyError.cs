namespace GuidanceBot.Channels.Hosting;

/// <summary>Why <see cref="JsonBody"/> gave no bytes; each caller turns it into its own status code and message.</summary>
public enum JsonBodyError
{
    None,
    TooLarge,
    NotJson,
}
