namespace GuidanceBot.Conversation.Activities;

/// <summary>A message the bot sent earlier (<paramref name="ActivityId"/>) and the activity that replaces it.</summary>
public sealed record ActivityUpdate(string ActivityId, Activity Activity);
