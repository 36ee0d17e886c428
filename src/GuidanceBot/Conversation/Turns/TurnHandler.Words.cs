using System.Collections.Immutable;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Cards;
using GuidanceBot.Conversation.Decisions;
using GuidanceBot.Conversation.Replies;
using GuidanceBot.Conversation.State;
using GuidanceBot.Conversation.Understanding;

namespace GuidanceBot.Conversation.Turns;

public sealed partial class TurnHandler
{
    private sealed partial class Turn
    {
        /// <summary>
        /// What a worker typed, understood where the conversation is. Safeguarding first, from any state; then an
        /// authority the message names is used from now on; then an answer to the question on screen; then, at a
        /// question, answers stated by cues (to confirm), another topic (offered), or the question again; outside a
        /// question, a question about the procedure (its passages), the walk it surely asks for (started, with "Not
        /// this one"), the best three (to choose from), or the menu. Nothing is guessed: whatever is taken from the
        /// message is shown, and a yes or no is taken only as typed.
        /// </summary>
        private TurnResult OnWords(ConversationState state, MessageReading reading)
        {
            var current = Current(state);
            var atStep = current?.Result.Position as AtStep;
            var profile = context.ProfileFor(state);
            var meaning = understander?.Understand(reading, new Position(atStep is null ? null : current!.Walk, atStep?.Step, profile))
                ?? WithoutModel(reading, atStep);

            AuthorityMention? named = null;
            if (meaning.Authority is { } mention && mention.ProfileId != profile && procedures.FindProfile(mention.ProfileId) is not null)
            {
                state = state with { Authority = mention.ProfileId };
                named = mention;
                // The walk's conditions may read the authority: replay it under the new one.
                current = ReplayTop(state);
                atStep = current?.Result.Position as AtStep;
            }
            // "change authority to Dorset": the change is all that was asked (a risk in the same message still comes first).
            var result = meaning.Risk is null && meaning.Authority is not null && understander is not null
                         && CommandRecognizer.ChangesAuthority(understander.WithoutAuthority(reading.Text))
                ? (current is null ? Menu(state, Notice.AuthorityChanged) : Show(state, Notice.AuthorityChanged))
                : Decide(state, meaning, current, atStep, reading.Text);
            result = result with { Understood = Understood.From(meaning, reading.Embedded) };
            return named is null ? result : result with { AuthorityNamed = named };
        }

        private TurnResult Decide(ConversationState state, MessageMeaning meaning, Replayed? current, AtStep? atStep, string text)
        {
            var ranked = meaning.Ranking.Walks.Select(w => walks.Find(w.WalkId)).OfType<Walk>().ToList();

            // A message that says only an answer to the question on screen ("she has no family" at "Is there an
            // appropriate person?") is read as that answer when only its likeness to risk sentences, not its words,
            // suggested a risk: the answer is offered to confirm, with the safeguarding walk one click away on it.
            // Anything more in the message ("no family, she fell last night") keeps the safeguarding card first when it
            // read as a risk, and otherwise puts "Someone at risk?" on the confirm card, as on a question asked again.
            var statedHere = atStep is not null && current is not null
                ? Stated(current.Walk, meaning.Stated.Where(s => !current.Result.Path.Any(p => p.Step.Id == s.StepId)))
                : [];
            var answersTheQuestion = statedHere.Any(s => s.Step.Id == atStep!.Step.Id);
            // Said before its question comes up ("she has no family" at the walk's first question) it is no worry either.
            var saysOnlyAnAnswer = meaning.Stated.Any(s => statedHere.Any(h => h.Step.Id == s.StepId) && AnswerCues.SaysOnly(s, text));
            var saysOnlyTheAnswer = answersTheQuestion
                && meaning.Stated.FirstOrDefault(s => s.StepId == atStep!.Step.Id) is { } here && AnswerCues.SaysOnly(here, text);
            if (meaning.Risk is { } risk && !(risk.Basis == RiskBasis.Meaning && saysOnlyAnAnswer))
            {
                var carryOn = meaning.Ranking.Band == Confidence.Confident && ranked.Count > 0 && ranked[0].Id != current?.Walk.Id ? ranked[0] : null;
                return new TurnResult(state, [new RiskReply(risk.CategoryId, current?.Walk, carryOn)]);
            }

            // "yes" or "no" to the card that asked "Is that right?" about answers read from the message.
            if (offered is { Count: > 0 } shown && current is not null && AnswerRecognizer.YesOrNoAnswer(text) is { } right)
                return right
                    ? Take(state, new TakeAction(current.Walk.Id, shown.Select(a => (a.StepId, a.Value)).ToList()))
                    : Show(state, Notice.None);

            if (atStep is not null && current is not null)
            {
                // A walk's own name typed mid-walk is a clear request: start it.
                if (meaning.Ranking.ByName && ranked.Count > 0 && meaning.Answer is null) return Start(state, ranked[0]);
                if (meaning.Answer is { } value && atStep.Step.Choices.Any(c => c.Value == value))
                    return Answer(state, current, atStep.Step, value);
                if (answersTheQuestion)
                    return new TurnResult(DialogStack.ReplaceTop(state, current.Frame with { Offered = Offer(statedHere) }),
                        [new ConfirmReply(current.Walk, statedHere, Notice.FromYourMessage) { OfferSafeguarding = meaning.Risk is not null || !saysOnlyTheAnswer }]);
                if (meaning.AsksAboutTheProcedure && meaning.Passages.Count > 0)
                    return new TurnResult(state, [Passages(meaning, []) with { Resume = current.Walk }]);
                // A short message at a question is an attempt at its answer ("it's for a bath board", "she's local"),
                // even when its words belong to another guide's topic: asked again, not taken elsewhere. Another guide
                // is offered for a message long enough to describe another situation, or by its name.
                if (meaning.Ranking.Band == Confidence.Confident && ranked.Count > 0 && ranked[0].Id != current.Walk.Id
                    && Words.Of(text).Length > ShortAnswerWords)
                    return Suggest(state, [ranked[0]], Notice.OtherTopic, resume: current.Walk);
                return ShowCurrent(state, Notice.Unreadable);
            }

            if (meaning.Ranking.ByName && ranked.Count > 0) return Start(state, ranked[0]);
            if (meaning.AsksAboutTheProcedure && meaning.Passages.Count > 0)
                // The walk to run: the one it surely is, else the best three to choose from (never one guess).
                return new TurnResult(state, [Passages(meaning, meaning.Ranking.Band switch
                {
                    Confidence.Confident => ranked.Take(1).ToList(),
                    Confidence.Unsure => ranked.Take(3).ToList(),
                    _ => [],
                })]);
            switch (meaning.Ranking.Band)
            {
                case Confidence.Confident:
                    var walk = ranked[0];
                    var taken = Stated(walk, meaning.Stated);
                    if (taken.Count > 0)
                        return new TurnResult(DialogStack.Push(DialogStack.Clear(state), new DialogFrame(walk.Id, []) { Offered = Offer(taken) }),
                            [new ConfirmReply(walk, taken, Notice.SoundsLike) { Alternatives = ranked.Skip(1).Take(3).ToList() }]);
                    return Start(state, walk, notice: Notice.SoundsLike, alternatives: ranked.Skip(1).Take(3).ToList());
                case Confidence.Unsure:
                    return Suggest(state, ranked.Take(3).ToList(), Notice.DidYouMean);
                default:
                    return Menu(state, Notice.NothingMatched);
            }
        }

        /// <summary>At most this many words typed at a question are read as an attempt at its answer, never as another topic.</summary>
        private const int ShortAnswerWords = 6;

        /// <summary>What the confirm card shows, and so what a typed yes may take: the first <see cref="ConfirmReply.MaxShown"/>.</summary>
        private static ImmutableList<Answer> Offer(IReadOnlyList<(WalkStep Step, Choice Choice)> stated) =>
            stated.Take(ConfirmReply.MaxShown).Select(s => new Answer(s.Step.Id, s.Choice.Value)).ToImmutableList();

        /// <summary>Stated answers as the walk's own steps and choices, in the walk's order.</summary>
        private static IReadOnlyList<(WalkStep Step, Choice Choice)> Stated(Walk walk, IEnumerable<StatedAnswer> stated)
        {
            var byStep = stated.ToDictionary(s => s.StepId, s => s.Value);
            return walk.Steps
                .Where(s => byStep.ContainsKey(s.Id))
                .Select(s => (Step: s, Choice: s.Choices.FirstOrDefault(c => c.Value == byStep[s.Id])))
                .Where(x => x.Choice is not null)
                .Select(x => (x.Step, x.Choice!))
                .ToList();
        }

        private static PassagesReply Passages(MessageMeaning meaning, IReadOnlyList<Walk> walks) =>
            new(meaning.Passages.Select(p => new PassageQuote(p.ProfileId, p.SectionId, p.Text)).ToList(), walks);

        /// <summary>Without the understanding model (tests of the engine alone): exact answers and walk names only.</summary>
        private MessageMeaning WithoutModel(MessageReading reading, AtStep? atStep)
        {
            if (atStep is not null && AnswerRecognizer.Recognize(atStep.Step, reading.Text) is { } answer)
                return MessageMeaning.Empty with { Answer = answer };
            if (WalkNames.Exact(walks.Walks, reading.Text) is { } exact)
                return MessageMeaning.Empty with { Ranking = new WalkRanking([new WalkScore(exact.Id, 1f)], Confidence.Confident) { ByName = true } };
            if (atStep is null && WalkNames.Mentioned(walks.Walks, reading.Text) is { } mentioned)
                return MessageMeaning.Empty with { Ranking = new WalkRanking([new WalkScore(mentioned.Id, 1f)], Confidence.Confident) { ByName = true } };
            return MessageMeaning.Empty;
        }
    }
}
