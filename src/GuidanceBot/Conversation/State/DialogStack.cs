namespace GuidanceBot.Conversation.State;

/// <summary>Stack operations over the state's frames; the top frame is the walk the worker is answering.</summary>
public static class DialogStack
{
    public static DialogFrame? Top(ConversationState state) => state.Stack.Count == 0 ? null : state.Stack[^1];

    /// <summary>Walks kept beneath one another (an outcome's offer, the safeguarding card); the oldest is dropped past this.</summary>
    public const int MaxDepth = 4;

    public static ConversationState Push(ConversationState state, DialogFrame frame) =>
        state with { Stack = (state.Stack.Count >= MaxDepth ? state.Stack.RemoveAt(0) : state.Stack).Add(frame) };

    public static ConversationState Pop(ConversationState state) =>
        state.Stack.Count == 0 ? state : state with { Stack = state.Stack.RemoveAt(state.Stack.Count - 1) };

    public static ConversationState ReplaceTop(ConversationState state, DialogFrame frame) =>
        state.Stack.Count == 0 ? Push(state, frame) : state with { Stack = state.Stack.SetItem(state.Stack.Count - 1, frame) };

    public static ConversationState Clear(ConversationState state) => state.Stack.Count == 0 ? state : state with { Stack = [] };
}
