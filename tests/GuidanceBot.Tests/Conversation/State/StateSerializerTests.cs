using System.Text.Json;
using GuidanceBot.Conversation.Activities;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.State;
namespace GuidanceBot.Tests.Conversation.State;

/// <summary>
/// The state document is written by generated code: it must be the bytes the reflection-based serialiser with the
/// wire's options wrote before, so documents already stored and new ones are alike, and both read back.
/// </summary>
public sealed class StateSerializerTests
{
    public static TheoryData<string> States() => ["empty", "welcomed", "authority", "walk", "taken", "pending", "stacked"];

    private static ConversationState State(string name) => name switch
    {
        "empty" => ConversationState.Empty,
        "welcomed" => ConversationState.Empty with { Welcomed = true },
        "authority" => ConversationState.Empty with { Welcomed = true, Authority = "dorset" },
        "walk" => ConversationState.Empty with { Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment")])] },
        "taken" => ConversationState.Empty with { Stack = [new DialogFrame("advocacy", [new Answer("process", "assessment", Taken: true), new Answer("capacity", "yes")])] },
        "pending" => ConversationState.Empty with { Stack = [new DialogFrame("advocacy", []) { Pending = [new Answer("capacity", "no", Taken: true)] }] },
        "stacked" => ConversationState.Empty with
        {
            Welcomed = true,
            Authority = "generic",
            Stack = [new DialogFrame("safeguarding-concern", [new Answer("danger", "no")]), new DialogFrame("advocacy", [new Answer("process", "review")])],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void New_documents_are_the_bytes_the_reflection_serialiser_wrote(string name)
    {
        var state = State(name);
        Assert.Equal(JsonSerializer.Serialize(state, ProtocolJson.Options), StateSerializer.Serialize(state));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Documents_read_back_to_the_same_bytes(string name)
    {
        var stored = JsonSerializer.Serialize(State(name), ProtocolJson.Options);
        Assert.Equal(stored, StateSerializer.Serialize(StateSerializer.Deserialize(stored)));
    }

    [Fact]
    public void A_document_stored_by_an_earlier_version_reads_and_is_written_the_same()
    {
        const string stored = """{"welcomed":true,"authority":"dorset","stack":[{"walkId":"advocacy","answers":[{"stepId":"process","value":"assessment"},{"stepId":"capacity","value":"yes","taken":true}],"pending":[{"stepId":"difficulty","value":"no"}]}]}""";
        var state = StateSerializer.Deserialize(stored);
        Assert.True(state.Welcomed);
        Assert.Equal("dorset", state.Authority);
        var frame = state.Stack.Single();
        Assert.Equal("advocacy", frame.WalkId);
        Assert.Equal([new Answer("process", "assessment"), new Answer("capacity", "yes", Taken: true)], frame.Answers);
        Assert.Equal([new Answer("difficulty", "no")], frame.Pending!);
        Assert.Equal(stored, StateSerializer.Serialize(state));
    }
}
