namespace GuidanceBot.Channels.BotConnector.Outbound;

/// <summary>What the Connector answers to a send, reply or update: the channel's id for the activity (absent on 202).</summary>
public sealed record ResourceResponse(string? Id);
