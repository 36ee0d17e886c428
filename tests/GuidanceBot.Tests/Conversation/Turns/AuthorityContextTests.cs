using Microsoft.Extensions.Options;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Turns;
using GuidanceBot.TestSupport;
using GuidanceBot.Tests.Content.Walks;

namespace GuidanceBot.Tests.Conversation.Turns;

public sealed class AuthorityContextTests
{
    private static AuthorityContext At(DateTimeOffset utcNow) =>
        new(Options.Create(new GuidanceOptions()), RepoWalks.Procedures, new ManualClock(utcNow));

    private static Activity Message(string? localTimestamp = null) =>
        new() { Type = ActivityTypes.Message, LocalTimestamp = localTimestamp, Conversation = new ConversationAccount { Id = "c" } };

    [Fact]
    public void The_record_date_is_the_workers_local_date_when_the_channel_sends_it() =>
        Assert.Equal(new DateOnly(2026, 6, 2),
            At(new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero)).ContextFor(Message("2026-06-02T00:30:00+01:00")).Today);

    [Fact]
    public void Without_a_local_time_the_record_date_is_the_uk_date_not_the_utc_date() =>
        // 23:30 UTC on 1 June is 00:30 on 2 June in British Summer Time.
        Assert.Equal(new DateOnly(2026, 6, 2), At(new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero)).ContextFor(Message()).Today);

    [Fact]
    public void A_teams_tenant_id_is_read_from_channel_data_when_the_conversation_lacks_it()
    {
        var activity = Message() with { ChannelData = System.Text.Json.JsonDocument.Parse("""{"tenant":{"id":"t-1"}}""").RootElement };
        Assert.Equal("t-1", AuthorityContext.TenantId(activity));
    }
}
