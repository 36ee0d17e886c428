namespace GuidanceBot.Conversation.State;

/// <summary>
/// The state store cannot be reached or cannot answer now (Redis down, timing out, loading, failing over). The turn
/// did not happen: front doors answer 503 with Retry-After, and the channel sends the activity again.
/// </summary>
public sealed class StateStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
