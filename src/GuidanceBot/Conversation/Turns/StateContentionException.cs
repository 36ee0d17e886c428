namespace GuidanceBot.Conversation.Turns;

/// <summary>Thrown when the stored state kept changing under us; answered as 503 (the server's problem, not the client's).</summary>
public sealed class StateContentionException(string message) : Exception(message);
