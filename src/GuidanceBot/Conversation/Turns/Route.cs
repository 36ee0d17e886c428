namespace GuidanceBot.Conversation.Turns;

/// <summary>How an incoming activity is routed. Exactly one route per activity: no two handlers fire.</summary>
public abstract record Route;

/// <summary>Run a turn with this input.</summary>
public sealed record TurnRoute(TurnInput Input) : Route;

/// <summary>Acknowledge and do nothing (types and events we do not act on).</summary>
public sealed record IgnoreRoute : Route;

/// <summary>An invoke we do not handle: 501, as the Bot Framework SDK answers.</summary>
public sealed record NotImplementedRoute : Route;

/// <summary>An adaptiveCard/action invoke whose value is not an Action.Execute: 400 with an error body.</summary>
public sealed record BadInvokeRoute(string Message) : Route;
