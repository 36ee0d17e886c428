using System.Text.Json.Nodes;
using GuidanceBot.Channels.BotConnector.Inbound;
using GuidanceBot.Channels.Hosting;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Tests.Conversation.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Channels.Hosting;

/// <summary>The replies body written in one go is the response <c>Results.Json</c> writes: status, content type, bytes.</summary>
public sealed class BufferedJsonResultTests
{
    [Theory]
    [InlineData("advocacy")]
    [InlineData("hello")]
    [InlineData("my neighbour hits her")]
    public async Task A_turns_replies_are_the_bytes_Results_Json_writes(string text)
    {
        var turns = TestTurns.Create();
        await using var replies = await turns.RunAsync(new Activity
        {
            Type = ActivityTypes.Message, Id = "a1", ChannelId = "msteams", Text = text, ServiceUrl = "https://smba.example/",
            Conversation = new ConversationAccount { Id = "c1", ConversationType = "personal" },
            From = new ChannelAccount { Id = "u1" }, Recipient = new ChannelAccount { Id = "b1", Name = "GuidanceBot" },
        }, default);
        var body = new ExpectedRepliesBody(replies.Activities, new JsonObject { ["status"] = 200 });

        var written = await Execute(new BufferedJsonResult<ExpectedRepliesBody>(body, ProtocolJson.Options));
        var expected = await Execute(Results.Json(body, ProtocolJson.Options));

        Assert.Equal(expected.Status, written.Status);
        Assert.Equal(expected.ContentType, written.ContentType);
        Assert.StartsWith("{\"activities\":[{", written.Body);
        Assert.Equal(expected.Body, written.Body);
    }

    private static async Task<(int Status, string? ContentType, string Body)> Execute(IResult result)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var stream = new MemoryStream();
        http.Response.Body = stream;
        await result.ExecuteAsync(http);
        await http.Response.BodyWriter.FlushAsync();
        return (http.Response.StatusCode, http.Response.ContentType, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
