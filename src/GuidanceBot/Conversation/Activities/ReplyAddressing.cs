namespace GuidanceBot.Conversation.Activities;

/// <summary>Addresses a reply as the Connector expects: swap from/recipient, same conversation, replyToId = incoming id.</summary>
public static class ReplyAddressing
{
    public static Activity To(Activity incoming, Activity reply) => reply with
    {
        Type = reply.Type ?? ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient,
        Recipient = incoming.From,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };
}
