namespace GuidanceBot.Channels.Hosting;

/// <summary>Why a request is refused, always a 4xx (the client's mistake), with a short reason for the caller.</summary>
public sealed record Refusal(int Status, string Reason)
{
    public static Refusal Bad(string reason, int status = StatusCodes.Status400BadRequest) => new(status, reason);

    /// <summary>The error code of the JSON error body, by status.</summary>
    public string Code => Status switch
    {
        401 => "Unauthorized",
        403 => "Forbidden",
        415 => "UnsupportedMediaType",
        _ => "BadRequest",
    };
}
