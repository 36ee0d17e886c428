using System.Net;

namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>
/// A Connector call ended with a status other than 200/201/202 (after any retries).
/// Carries only what is safe to log: the status, the Connector's error code and its correlation id — never the body text.
/// </summary>
public sealed class ConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, string? correlatingOperationId)
    : Exception($"Connector {operation} answered {(int)statusCode} ({errorCode ?? "no error code"}), correlating operation id {correlatingOperationId ?? "none"}.")
{
    public string Operation { get; } = operation;
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary><c>error.code</c> of the ErrorResponse body, e.g. <c>MessageSizeTooBig</c> on 413.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The <c>X-Correlating-OperationId</c> header, which Microsoft support asks for.</summary>
    public string? CorrelatingOperationId { get; } = correlatingOperationId;
}
