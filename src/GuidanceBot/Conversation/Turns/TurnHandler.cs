using System.Collections.Immutable;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Turns;

/// <summary>
/// One turn as a pure function of (state, input): routes commands, card clicks, answers and what a worker typed
/// (TurnHandler.Words.cs), and runs the waterfall. No I/O, so every route is testable without HTTP.
/// </summary>
public sealed partial class TurnHandler(WalkCatalog walks, ProcedureLibrary procedures, Understander? understander = null)
{
    public TurnResult Handle(ConversationState state, TurnInput input, TurnContext context) =>
        new Turn(walks, procedures, understander, context).Handle(state, input);

    /// <summary>One turn's routing, with its context at hand.</summary>
    private sealed partial class Turn(WalkCatalog walks, ProcedureLibrary procedures, Understander? understander, TurnContext context)
    {
        /// <summary>The turn's own state as it arrived (healed), and its top walk replayed at most once.</summary>
        private ConversationState? arrived;
        private Replayed? replayed;
        private bool replayDone;

        /// <summary>Answers the last card offered to confirm: good for this turn only.</summary>
        private ImmutableList<Answer>? offered;

        public TurnResult Handle(ConversationState state, TurnInput input)
        {
            arrived = Healed(state);
            if (DialogStack.Top(arrived) is { Offered: { } shown } top)
            {
                offered = shown;
                arrived = DialogStack.ReplaceTop(arrived, top with { Offered = null });
            }
            return Route(arrived, input);
        }

        /// <summary>A stored authority that is no longer a profile (renamed or removed) is dropped, as stale answers are.</summary>
        private ConversationState Healed(ConversationState state) =>
            state.Authority is { } chosen && procedures.FindProfile(chosen) is null ? state with { Authority = null } : state;

        private TurnResult Route(ConversationState state, TurnInput input) => input switch
        {
            MembersAddedInput or InstallationInput { Removed: false } => Welcome(state),
            InstallationInput { Removed: true } => new TurnResult(ConversationState.Empty, [], Forget: true),
            MessageInput message => OnMessage(state, message),
            CardInvokeInput invoke => OnCardAction(state, invoke.Action),
            _ => new TurnResult(state, []),
        };

        private static TurnResult Welcome(ConversationState state) =>
            state.Welcomed ? new TurnResult(state, []) : new TurnResult(state with { Welcomed = true }, [new WelcomeReply()]);

        private TurnResult OnMessage(ConversationState state, MessageInput message)
        {
            if (message.Action is not null) return OnCardAction(state, message.Action);
            if (string.IsNullOrWhiteSpace(message.Text))
                return ShowCurrent(state, message.HasValue ? Notice.StaleClick : Notice.Unreadable);
            if (CommandRecognizer.Recognize(message.Text) is { } command) return Run(state, command);
            return OnWords(state, message.Reading ?? understander?.Read(message.Text) ?? new MessageReading(message.Text, null));
        }

        private TurnResult OnCardAction(ConversationState state, CardAction? action)
        {
            // A click on a card of a walk this conversation no longer holds (it expired, or state was lost): say so
            // and offer that walk again, rather than claim the question was answered.
            if (DialogStack.Top(state) is null && LostWalk(action) is { } lost && walks.Find(lost) is { } lostWalk)
                return Suggest(state, [lostWalk], Notice.LostWalk);
            switch (action)
            {
                case CommandAction command:
                    return Run(state, command.Command);
                case AuthorityAction authority:
                    // Only a known profile can be chosen; anything else re-offers the picker.
                    if (procedures.FindProfile(authority.ProfileId) is null) return new TurnResult(state, [new AuthorityReply()]);
                    var chosen = state with { Authority = authority.ProfileId };
                    return DialogStack.Top(chosen) is null ? Menu(chosen, Notice.AuthorityChanged) : Show(chosen, Notice.AuthorityChanged);
                case StartAction start:
                    return walks.Find(start.WalkId) is { } walk ? Start(state, walk, start.Keep) : Menu(state, Notice.UnknownWalk);
                case ChangeAction change:
                    return ChangeAnswer(state, change);
                case ChecklistAction checklist:
                    return Checklist(state, checklist);
                case TakeAction take:
                    return Take(state, take);
                case NotThisAction notThis:
                    return Suggest(DialogStack.Clear(state), notThis.WalkIds.Select(walks.Find).OfType<Walk>().ToList(), Notice.NotThisOne);
                case AnswerAction answer:
                    var current = Current(state);
                    // Only the question on screen now can be answered; an older card's button is a stale click.
                    if (current is { Result.Position: AtStep at } && current.Frame.WalkId == answer.WalkId
                        && at.Step.Id == answer.StepId && AnswerRecognizer.FromCard(at.Step, answer.Value) is { } value)
                        return Answer(state, current, at.Step, value) with { Answered = Answered(current, at.Step, value) };
                    return ShowCurrent(state, Notice.StaleClick);
                default:
                    return ShowCurrent(state, Notice.Unreadable);
            }
        }

        private TurnResult Run(ConversationState state, Command command)
        {
            var frame = DialogStack.Top(state);
            switch (command)
            {
                case Command.Help:
                case Command.Why:
                    // At a question the help says what it means; at an outcome the card carries the rule and the answers.
                    return frame is null ? Menu(state, Notice.None) : ShowCurrent(state, Notice.None, showHelp: true);
                case Command.Resume:
                    return frame is null ? Menu(state, Notice.NoWalkToChange) : ShowCurrent(state, Notice.Resumed);
                case Command.Back when frame is null:
                case Command.StartOver when frame is null:
                    return Menu(state, Notice.NoWalkToChange);
                case Command.Back when frame.Answers.Count == 0 && state.Stack.Count > 1:
                    // An offered walk that has not started yet: back returns to the outcome that offered it.
                    return Show(DialogStack.Pop(state), Notice.BackToOutcome);
                case Command.Back when frame.Answers.Count == 0:
                    return ShowCurrent(state, Notice.FirstQuestion);
                case Command.Back:
                    return Show(DialogStack.ReplaceTop(state, frame with { Answers = frame.Answers.RemoveAt(frame.Answers.Count - 1) }), Notice.WentBack);
                case Command.StartOver:
                    return Show(DialogStack.ReplaceTop(state, frame with { Answers = [], Pending = null }), Notice.StartedOver);
                case Command.Cancel:
                    return Menu(DialogStack.Clear(state), frame is null ? Notice.None : Notice.Cancelled);
                case Command.ChangeAuthority:
                    return new TurnResult(state, [new AuthorityReply()]);
                case Command.Record when Current(state) is { Result.Position: AtOutcome } done:
                    return new TurnResult(state, [new RecordReply(done.Walk, done.Result, context.Today)]);
                case Command.Record:
                    return ShowCurrent(state, Notice.NoRecordYet);
                default:
                    // Menu (or a greeting) mid-question closes that walk: say so, as cancel does.
                    return Menu(DialogStack.Clear(state), Current(state) is { Result.Position: AtStep } ? Notice.Cancelled : Notice.None);
            }
        }

        /// <param name="keep">Keep the walk in progress beneath the new one (an outcome's offer, the safeguarding card), so back returns to it.</param>
        private TurnResult Start(ConversationState state, Walk walk, bool keep = false, Notice notice = Notice.None, IReadOnlyList<Walk>? alternatives = null)
        {
            var below = keep && Current(state) is not null ? state : DialogStack.Clear(state);
            var started = Show(DialogStack.Push(below, new DialogFrame(walk.Id, [])), notice);
            return alternatives is null ? started : WithAlternatives(started, alternatives);
        }

        private static TurnResult WithAlternatives(TurnResult result, IReadOnlyList<Walk> alternatives) =>
            result with { Replies = result.Replies.Select(r => r is QuestionReply q ? q with { Alternatives = alternatives } : r).ToList() };

        /// <summary>Picking an earlier question re-runs the walk from there: its answer and every later one are dropped.</summary>
        private TurnResult ChangeAnswer(ConversationState state, ChangeAction change)
        {
            if (Current(state) is not { } current || current.Frame.WalkId != change.WalkId) return ShowCurrent(state, Notice.StaleClick);
            var index = current.Result.Path.ToList().FindIndex(p => p.Step.Id == change.StepId);
            if (index < 0) return ShowCurrent(state, Notice.StaleClick);
            var frame = current.Frame with { Answers = current.Frame.Answers.Take(index).ToImmutableList(), Pending = null };
            var truncated = WalkReplay.Truncate(current.Result, index, context.ProfileFor(state));
            return Show(DialogStack.ReplaceTop(state, frame), Notice.ChangingAnswer, known: current with { Frame = frame, Result = truncated });
        }

        private TurnResult Checklist(ConversationState state, ChecklistAction action) =>
            Current(state) is { Result.Position: AtOutcome at } current && current.Frame.WalkId == action.WalkId
                && at.Outcome.Id == action.OutcomeId && at.Outcome.Checklist is { } list
                ? new TurnResult(state, [new ChecklistReply(list, action.Ticked)])
                : ShowCurrent(state, Notice.StaleClick);

        /// <summary>
        /// The worker confirmed answers read from their message: the walk (continued if it is the one in progress,
        /// else started) uses each when its question comes up. Only real steps and choices are kept.
        /// </summary>
        private TurnResult Take(ConversationState state, TakeAction take)
        {
            if (walks.Find(take.WalkId) is not { } walk) return ShowCurrent(state, Notice.StaleClick);
            var pending = take.Answers
                .Where(a => walk.FindStep(a.StepId) is { } step && step.Choices.Any(c => c.Value == a.Value))
                .DistinctBy(a => a.StepId)
                .Select(a => new Answer(a.StepId, a.Value, Taken: true)).ToImmutableList();
            var current = Current(state);
            var frame = current?.Frame.WalkId == walk.Id ? current.Frame : new DialogFrame(walk.Id, []);
            var answered = frame.Answers.Select(a => a.StepId).ToHashSet();
            frame = frame with { Pending = pending.Where(p => !answered.Contains(p.StepId)).ToImmutableList() };
            var next = current?.Frame.WalkId == walk.Id ? DialogStack.ReplaceTop(state, frame) : DialogStack.Push(DialogStack.Clear(state), frame);
            return Show(next, Notice.None);
        }

        private TurnResult Answer(ConversationState state, Replayed current, WalkStep step, string value)
        {
            var answer = new Answer(step.Id, value);
            var frame = current.Frame with { Answers = current.Frame.Answers.Take(current.Result.Consumed).ToImmutableList().Add(answer) };
            var next = WalkReplay.Continue(current.Walk, current.Result, answer)
                ?? throw new InvalidOperationException($"Answer '{value}' does not fit step '{step.Id}'.");
            return Show(DialogStack.ReplaceTop(state, frame), Notice.None, known: current with { Frame = frame, Result = next });
        }

        private TurnResult ShowCurrent(ConversationState state, Notice notice, bool showHelp = false) =>
            DialogStack.Top(state) is null ? Menu(state, notice == Notice.StaleClick ? Notice.StaleClick : Notice.NotPlaced) : Show(state, notice, showHelp);

        /// <summary>
        /// Shows where the top walk's answers lead: the next question or the outcome. <paramref name="known"/> is the
        /// replay of exactly this state when the turn already has it; otherwise the state is replayed now. Answers
        /// confirmed from the worker's message are used as their questions come up.
        /// </summary>
        private TurnResult Show(ConversationState state, Notice notice, bool showHelp = false, Replayed? known = null)
        {
            var current = known ?? Current(state);
            if (current is null) return Menu(DialogStack.Clear(state), Notice.UnknownWalk);
            var (frame, walk, result) = current;

            // Answers the walk no longer accepts (its file changed since) are dropped, so state heals itself.
            if (result.Consumed < frame.Answers.Count)
                frame = frame with { Answers = frame.Answers.Take(result.Consumed).ToImmutableList() };

            // Confirmed answers from the message, as their questions come up (each once).
            while (result.Position is AtStep waiting && frame.Pending?.FirstOrDefault(p => p.StepId == waiting.Step.Id) is { } taken
                   && WalkReplay.Continue(walk, result, taken) is { } moved)
            {
                frame = frame with { Answers = frame.Answers.Add(taken), Pending = frame.Pending.Remove(taken) };
                result = moved;
            }
            if (frame.Pending is not null && (frame.Pending.Count == 0 || result.Position is AtOutcome)) frame = frame with { Pending = null };
            if (!ReferenceEquals(frame, current.Frame)) state = DialogStack.ReplaceTop(state, frame);

            Reply reply = result.Position switch
            {
                // Back leads to the previous question, or on a walk's first question to the outcome that offered it.
                AtStep at => new QuestionReply(walk, at.Step, result.Path.Count + 1, result.Path.Count > 0 || state.Stack.Count > 1, notice, showHelp),
                _ => new OutcomeReply(walk, result, notice),
            };
            return new TurnResult(state, [reply]);
        }

        private static AnsweredQuestion? Answered(Replayed current, WalkStep step, string value) =>
            step.Choices.FirstOrDefault(c => c.Value == value) is { } chosen ? new AnsweredQuestion(current.Walk, step, current.Result.Path.Count + 1, chosen) : null;

        private static TurnResult Menu(ConversationState state, Notice notice) => new(state, [new MenuReply(notice)]);

        private static string? LostWalk(CardAction? action) => action switch
        {
            AnswerAction a => a.WalkId,
            ChangeAction c => c.WalkId,
            ChecklistAction c => c.WalkId,
            _ => null,
        };

        private static TurnResult Suggest(ConversationState state, IReadOnlyList<Walk> options, Notice notice, Walk? resume = null) =>
            options.Count == 0 ? Menu(state, Notice.NothingMatched) : new(state, [new SuggestReply(options, notice, resume)]);

        /// <summary>
        /// The top walk of <paramref name="state"/> and where its answers lead. The state the turn arrived with is
        /// replayed once and remembered; a new state (after back, start over, a new authority) is replayed when shown.
        /// </summary>
        private Replayed? Current(ConversationState state)
        {
            if (ReferenceEquals(state, arrived))
            {
                if (!replayDone) { replayed = ReplayTop(state); replayDone = true; }
                return replayed;
            }
            return ReplayTop(state);
        }

        private Replayed? ReplayTop(ConversationState state) =>
            DialogStack.Top(state) is { } frame && walks.Find(frame.WalkId) is { } walk
                ? new Replayed(frame, walk, WalkReplay.Replay(walk, frame.Answers, context.ProfileFor(state)))
                : null;
    }

    /// <summary>A walk on the stack and where its answers lead.</summary>
    private sealed record Replayed(DialogFrame Frame, Walk Walk, WalkReplayResult Result);
}
