namespace GuidanceBot.Conversation.Activities;

/// <summary>
/// Addresses a reply as the Connector expects: swap from/recipient, same conversation, replyToId = incoming id.
/// Only the accounts' and the conversation's known fields are copied: whatever else a client sent stays out of
/// the reply, so a reply can always be written whatever the request held.
/// </summary>
public static class ReplyAddressing
{
    public static Activity To(Activity incoming, Activity reply) => reply with
    {
        Type = reply.Type ?? ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = Known(incoming.Conversation),
        From = Known(incoming.Recipient),
        Recipient = Known(incoming.From),
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };

    private static ConversationAccount? Known(ConversationAccount? c) => c is null ? null : new ConversationAccount
    {
        Id = c.Id, Name = c.Name, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId,
    };

    private static ChannelAccount? Known(ChannelAccount? a) => a is null ? null : new ChannelAccount
    {
        Id = a.Id, Name = a.Name, AadObjectId = a.AadObjectId, Role = a.Role,
    };
}
