using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// Codes who did what to whom: finds dictionary triggers in each sentence, takes the source and target from the
/// grammar's verb frames (subject, object, by-agent, possessor of a nominalisation) mapped to actors through the
/// <see cref="MentionIndex"/>, and flags negation and modality. Reads actors only; writes <c>document.Events</c>.
/// </summary>
public sealed class EventAnnotator(EventDictionary? dictionary = null) : DeclaredAnnotator(Stage)
{
    private readonly EventDictionary _dictionary = dictionary ?? EventDictionary.Default;

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("events",
        Requires: Layer.Tokens | Layer.Sentences | Layer.PartsOfSpeech | Layer.Chunks | Layer.Dependencies | Layer.Actors | Layer.Mentions,
        Assigns: Layer.Events | Layer.Dates);

    public override void Annotate(Document document)
    {
        var mentions = document.Get<MentionIndex>();
        var pos = document.Get<PosTags>();
        var chunks = document.Get<Chunks>();
        var frames = document.Get<VerbFrames>();
        if (mentions is null || pos is null || chunks is null || frames is null || mentions.All.Count == 0)
        {
            document.MarkDone(Assigns);
            return;
        }
        var matcher = new TriggerMatcher(_dictionary, document.Get<Dependencies>());
        var coderTables = EventCoderTables.Take();
        var coder = new EventCoder(document, pos, chunks, frames, mentions, _dictionary, document.Get<ArgumentReader>(), coderTables);
        var buffers = Buffers.Take();
        var seen = buffers.Seen;
        var modalSentences = ReportedModalSentences(frames, buffers.ModalSentences);
        var sentenceEvents = buffers.SentenceEvents;
        var codedBuffer = buffers.Coded;
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            var s = document.Sentences[si];
            bool hasMention = false;
            for (int t = s.FirstToken; t < s.EndToken && !hasMention; t++)
                hasMention = mentions.AtToken(t) is not null || PairedActors.MayMark(pos.Lowers[t]);
            if (!hasMention) continue;
            var matches = matcher.Find(pos, s.FirstToken, s.EndToken);
            bool hasModal = modalSentences.Contains(si);
            if (matches.Count == 0 && !hasModal) continue;
            var dates = DateFinder.Find(document.Text, document.Tokens, pos.Lowers, s.FirstToken, s.EndToken, buffers.Dates);
            if (hasModal)
                foreach (var e in coder.CodeModalDemands(si, s, dates))
                    if (seen.Add((e.Source, e.Target, e.Cameo, s.Start)))
                        document.Events.Add(e);
            coder.ModalityFrames.Clear();
            coder.ModalityNouns.Clear();
            coder.HostileNouns.Clear();
            coder.IntentTakenOver.Clear();
            sentenceEvents.Clear();
            foreach (var m in matches)
            {
                if (m.Entry.Pos == EntryPos.Noun && EventCoder.IsHostile(m.Entry.Cameo)) coder.HostileNouns[m.Head] = m;
                if (m.Entry.Modality is not { Length: > 0 } modality) continue;
                if (frames.At(m.Head) is { } mf) coder.ModalityFrames[mf] = modality;
                else if (m.Entry.Pos == EntryPos.Noun) coder.ModalityNouns[m.Head] = modality;
            }
            foreach (var m in matches)
            {
                // a match that codes nothing gives way to the shorter ones it displaced, the longest first
                bool coded = AddCoded(m);
                for (int f = 0; !coded && f < m.Fallbacks.Count; f++) coded = AddCoded(m.Fallbacks[f]);
            }

            bool AddCoded(TriggerMatch m)
            {
                codedBuffer.Clear();
                coder.Code(m, s, dates, codedBuffer);
                foreach (var e in codedBuffer) sentenceEvents.Add((e, m));
                return codedBuffer.Count > 0;
            }
            foreach (var (e, m) in sentenceEvents)
            {
                // "Farmers blocked highways to protest against export taxes": an act whose purpose is the same kind of act
                // by the same side is one act
                if (IsPurposeOfSameAct(e, m, sentenceEvents, frames)) continue;
                // "Thousands rallied in Dhaka, demanding fresh elections": what a protest demands is the protest's aim
                if (IsDemandOfAProtest(e, m, sentenceEvents, frames)) continue;
                // "provided 10 million euros of humanitarian aid": a verb's act and the act its object names, between the
                // same sides and of one kind, are one act, coded by the verb
                if (IsObjectOfSameAct(e, m, sentenceEvents, frames, coder)) continue;
                // "agreed to reopen the border": the intent entry's own event gave way to the intent its complement codes
                if (m.Entry.Modality == "intent" && coder.IntentTakenOver.Count > 0 && frames.At(m.Head) is { } f && coder.IntentTakenOver.Contains(f)) continue;
                if (seen.Add((e.Source, e.Target, e.Cameo, s.Start))) document.Events.Add(e);
            }
            AddMediatedTalks(sentenceEvents, seen, document, s.Start);
            AddAnsweredActs(sentenceEvents, seen, document, s.Start);
        }
        buffers.Release();
        coderTables.Release();
        DropSelfDirected(document);
        DropVagueDuplicates(document.Events);
        document.MarkDone(Assigns);
    }

    /// <summary>
    /// "Egypt hosted talks between Ethiopian and Sudanese officials": the parties of talks a third side hosted, brokered
    /// or arranged between them (data/events/mediated-talks.tsv; one match, two or more receivers) talked with each
    /// other: 040 both ways, rule "+mediated".
    /// </summary>
    private void AddMediatedTalks(List<(Event Event, TriggerMatch Match)> sentenceEvents, HashSet<(string, string?, string, int)> seen, Document document, int sentenceStart)
    {
        for (int i = 0; i < sentenceEvents.Count; i++)
        {
            var (e, m) = sentenceEvents[i];
            if (e.Target is not { } a || e.Negated || e.Hypothetical || !MutualActs.MediatedTalks.IsMutual(e.Cameo, e.Rule)) continue;
            for (int j = i + 1; j < sentenceEvents.Count; j++)
            {
                var (f, fm) = sentenceEvents[j];
                if (!ReferenceEquals(fm, m) || f.Source != e.Source || f.Target is not { } b || b == a || f.Negated || f.Hypothetical) continue;
                AddTalks(e, a, b, seen, document, sentenceStart);
                AddTalks(e, b, a, seen, document, sentenceStart);
            }
        }
    }

    /// <summary>Adds the talks of <paramref name="source"/> with <paramref name="target"/> that the mediation <paramref name="mediated"/> names, once.</summary>
    private void AddTalks(Event mediated, string source, string target, HashSet<(string, string?, string, int)> seen, Document document, int sentenceStart)
    {
        if (!seen.Add((source, target, TalksCode, sentenceStart))) return;
        var row = _dictionary.Code(TalksCode);
        document.Events.Add(mediated with
        {
            Source = source, Target = target, Cameo = TalksCode, Root = TalksCode[..2], Plover = row?.Plover, Quad = row?.Quad ?? mediated.Quad,
            Goldstein = row?.Goldstein ?? mediated.Goldstein, Rule = mediated.Rule + "+mediated",
        });
    }

    /// <summary>
    /// "Xi Jinping hosted Lula", "received the visiting Chinese defence minister": the receiver of an act that is answered
    /// (data/events/answered-acts.tsv) does the answering act back (the guest makes the visit, 042), rule "+answered",
    /// unless the sentence already holds an act of that root the other way.
    /// </summary>
    private void AddAnsweredActs(List<(Event Event, TriggerMatch Match)> sentenceEvents, HashSet<(string, string?, string, int)> seen, Document document, int sentenceStart)
    {
        var answered = AnsweredActs.Default;
        for (int i = 0; i < sentenceEvents.Count; i++)
        {
            var e = sentenceEvents[i].Event;
            if (e.Target is not { } guest || guest == e.Source || e.Negated || e.Hypothetical || answered.AnswerTo(e.Cameo) is not { } answer) continue;
            // ("Putin invited Vucic to Moscow": an invitation is no visit made yet)
            if (EventWords.Default.Invitations.Contains(sentenceEvents[i].Match.Entry.Id)) continue;
            if (document.ActorsById.TryGetValue(guest, out var receiver) && receiver.Kind == ActorKind.Document) continue;
            if (HoldsActBack(sentenceEvents, e, answer[..2]) || !seen.Add((guest, e.Source, answer, sentenceStart))) continue;
            var row = _dictionary.Code(answer);
            document.Events.Add(e with
            {
                Source = guest, Target = e.Source, Cameo = answer, Root = answer[..2], Plover = row?.Plover, Quad = row?.Quad ?? e.Quad,
                Goldstein = row?.Goldstein ?? e.Goldstein, Rule = e.Rule + "+answered",
            });
        }
    }

    /// <summary>Whether the sentence's events hold an act of root <paramref name="root"/> by the receiver of <paramref name="e"/> on its source.</summary>
    private static bool HoldsActBack(List<(Event Event, TriggerMatch Match)> sentenceEvents, Event e, string root)
    {
        foreach (var (other, _) in sentenceEvents)
            if (other.Source == e.Target && other.Target == e.Source && other.Root == root) return true;
        return false;
    }

    private const string TalksCode = "040";

    /// <summary>A thread's sets and lists of one document's coding, kept between documents while small.</summary>
    private sealed class Buffers
    {
        private const int KeptCount = 4096;
        public readonly HashSet<(string, string?, string, int)> Seen = [];
        public readonly HashSet<int> ModalSentences = [];
        public readonly List<(Event Event, TriggerMatch Match)> SentenceEvents = [];
        public readonly List<Event> Coded = [];
        /// <summary>The dates of the sentence being coded.</summary>
        public readonly List<DateMention> Dates = [];

        /// <summary>The thread's buffers, empty (also after a document whose coding failed half-way).</summary>
        public static Buffers Take()
        {
            var buffers = _buffers ??= new Buffers();
            buffers.Clear();
            return buffers;
        }

        /// <summary>Empties them (no document's objects stay reachable) and drops them after a document that grew them large.</summary>
        public void Release()
        {
            bool large = Seen.Count > KeptCount || SentenceEvents.Capacity > KeptCount || Coded.Capacity > KeptCount || Dates.Capacity > KeptCount;
            Clear();
            if (large) _buffers = null;
        }

        private void Clear()
        {
            Seen.Clear();
            ModalSentences.Clear();
            SentenceEvents.Clear();
            Coded.Clear();
            Dates.Clear();
        }
    }

    [ThreadStatic] private static Buffers? _buffers;

    /// <summary>Whether an event's verb is the purpose of a verb that codes an event of the same root by the same source.</summary>
    private static bool IsPurposeOfSameAct(Event e, TriggerMatch m, List<(Event, TriggerMatch)> sentenceEvents, VerbFrames frames)
    {
        if (frames.At(m.Head) is not { Relation: Dependency.Purpose, Governor: >= 0 } purpose) return false;
        var governor = frames.All[purpose.Governor];
        foreach (var (other, om) in sentenceEvents)
            if (!ReferenceEquals(other, e) && om.Entry.Modality is null && other.Source == e.Source && other.Root == e.Root && frames.At(om.Head) == governor) return true;
        return false;
    }

    /// <summary>
    /// Whether an event is a demand or appeal (10, 02) said by a participle of a verb that codes a protest (14) by the
    /// same source: "rallied in Dhaka, demanding fresh elections" is one act, the protest.
    /// </summary>
    private static bool IsDemandOfAProtest(Event e, TriggerMatch m, List<(Event, TriggerMatch)> sentenceEvents, VerbFrames frames)
    {
        if (e.Root is not ("10" or "02") || frames.At(m.Head) is not { Relation: Dependency.Participle, Governor: >= 0 } demand) return false;
        var governor = frames.All[demand.Governor];
        foreach (var (other, om) in sentenceEvents)
            if (!ReferenceEquals(other, e) && other.Root == "14" && other.Source == e.Source && !other.Negated && frames.At(om.Head) == governor) return true;
        return false;
    }

    /// <summary>
    /// Whether a noun's event repeats the event of the verb whose object holds it: same source, same target (named) and root.
    /// </summary>
    private static bool IsObjectOfSameAct(Event e, TriggerMatch m, List<(Event, TriggerMatch)> sentenceEvents, VerbFrames frames, EventCoder coder)
    {
        if (m.Entry.Pos != EntryPos.Noun || e.Target is null) return false;
        foreach (var (other, om) in sentenceEvents)
            if (!ReferenceEquals(other, e) && om.Entry.Pos == EntryPos.Verb && om.Entry.Modality is null && other.Source == e.Source
                && other.Target == e.Target && other.Root == e.Root && frames.At(om.Head) is { } verb && coder.IsInObject(verb, m.Head)) return true;
        return false;
    }

    /// <summary>The sentences with a reported "must"/"should" clause (candidates for a demand of the speaker).</summary>
    private static HashSet<int> ReportedModalSentences(VerbFrames frames, HashSet<int> set)
    {
        foreach (var f in frames.All)
            if (f.Modal is "must" or "should" && f.Relation == Dependency.Reported) set.Add(f.Sentence);
        return set;
    }

    /// <summary>
    /// A state acting on its own government (or the reverse) is a misreading ("Washington" read as the receiver of
    /// what the United States does); such events go before they can make a sound event look like a duplicate.
    /// </summary>
    private static void DropSelfDirected(Document document)
    {
        var kept = _selfDirected ??= new SelfDirected();
        var statalCountry = kept.StatalCountry;
        var states = kept.States;
        var justice = kept.Justice;
        var statal = kept.Statal;
        statalCountry.Clear();
        states.Clear();
        justice.Clear();
        statal.Clear();
        var actors = document.Actors;
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind is ActorKind.State or ActorKind.Government && a.Country is not null) statalCountry.Add(a.Id, a.Country);
            if (a.Kind == ActorKind.State) states.Add(a.Id);
            if (EventCoder.HasSectorCode(a, "JUD") || EventCoder.HasSectorCode(a, "COP")) justice.Add(a.Id);
            // the first actor of an id
            if (a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military or ActorKind.Person && a.Country is not null) statal.TryAdd(a.Id, a);
        }
        EventLists.RemoveWhere(document.Events, (statalCountry, states, justice), static (e, t) => IsStateOnItself(e, t.statalCountry, t.states, t.justice));
        EventLists.RemoveWhere(document.Events, statal, static (e, t) => IsOrderToOwnSide(e, t));
        statalCountry.Clear();
        states.Clear();
        justice.Clear();
        statal.Clear();
    }

    /// <summary>
    /// A state or government acting on one of its own country (a concession to the own country, 081-083, is one to its
    /// people: "the government lifted the curfew in Uganda"; a protest of a state against its own government is its
    /// people's: "Thousands of Serbians protested"; and force or repression by a government's police or ministries in
    /// its own country is against its people: "Kenyan police killed 20 protesters in Nairobi"; and its courts' and
    /// police's arrests and convictions of its officials, 17x and 116, act on them as on anyone: "A Turkish court
    /// jailed the mayor of Istanbul").
    /// </summary>
    private static bool IsStateOnItself(Event e, Dictionary<string, string> statalCountry, HashSet<string> states, HashSet<string> justice) =>
        e.Target is { } t && statalCountry.TryGetValue(e.Source, out var sc)
        && statalCountry.TryGetValue(t, out var tc) && sc == tc && !IsDomesticRelation(e)
        && !(e.Root is "17" or "18" or "19" or "20" && states.Contains(t) && !states.Contains(e.Source))
        && !((e.Root == "17" || e.Cameo == "116") && justice.Contains(e.Source))
        && !e.Rule.Contains(EventCoder.OwnPeopleRule, StringComparison.Ordinal);

    /// <summary>
    /// A state, government or official giving orders to its own army ("the cabinet asked the army") or visiting its own
    /// state ("the vice president visited a US base") is no relation between sides; an opponent's rejection of the
    /// government, or force against civilians, stays.
    /// </summary>
    private static bool IsOrderToOwnSide(Event e, Dictionary<string, Actor> statal) =>
        e.Target is { } t && e.Quad < 4 && statal.TryGetValue(e.Source, out var s) && statal.TryGetValue(t, out var o)
        && s.Country == o.Country && (o.Kind == ActorKind.Military && s.Kind != ActorKind.Military || e.Root == "04" && o.Kind is ActorKind.State or ActorKind.Government);

    /// <summary>A thread's tables of <see cref="DropSelfDirected"/>, emptied after each document.</summary>
    private sealed class SelfDirected
    {
        public readonly Dictionary<string, string> StatalCountry = new(StringComparer.Ordinal);
        public readonly HashSet<string> States = new(StringComparer.Ordinal);
        public readonly HashSet<string> Justice = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Actor> Statal = new(StringComparer.Ordinal);
    }

    [ThreadStatic] private static SelfDirected? _selfDirected;

    /// <summary>
    /// A concession a government makes to its own people (easing restrictions or dissent, reforms: 081-083), or the
    /// intent to make one (reforms 034x, easing restrictions or dissent 0351-0352: "said he is prepared to lift the ban").
    /// </summary>
    internal static bool IsDomesticConcession(string cameo) => cameo is ['0', '8', '1' or '2' or '3', ..] or ['0', '3', '4', ..] or "0351" or "0352";

    /// <summary>An act between a state and its own people: a concession to them (081-083) or its intent, or their protest (14).</summary>
    private static bool IsDomesticRelation(Event e) => IsDomesticConcession(e.Cameo) || e.Root == "14";

    /// <summary>An event without target is dropped when the same source has the same kind of event with a target ("Hamas' attack" after "Hamas attacked Israel").</summary>
    private static void DropVagueDuplicates(List<Event> events)
    {
        if (events.Count == 0) return;
        var kept = _vague ??= new VagueDuplicates();
        var withTarget = kept.WithTarget;
        withTarget.Clear();
        foreach (var e in events)
            if (e.Target is not null) withTarget.Add((e.Source, e.Root));
        EventLists.RemoveWhere(events, withTarget, static (e, set) => e.Target is null && set.Contains((e.Source, e.Root)));
        withTarget.Clear();
        // "killing 1,200 people" beside "attack on Israel": a violent event without target next to one with a target is
        // part of that attack; coercion is an act of its own ("raided the embassy and arrested a former vice president"),
        // and so is a reduction of relations ("Mali's leaders, who took power in a coup, ordered the expulsion of the
        // French ambassador")
        // "dismissed reports that Russian troops used chemical weapons in Ukraine": the denial of the act (016) is what the
        // verb of rejecting says; the same side's rejection without a receiver in that sentence repeats it
        var inSentence = kept.InSentence;
        inSentence.Clear();
        foreach (var e in events)
            if (e.Rule.Contains(EventCoder.DeniedRule, StringComparison.Ordinal)) inSentence.Add((e.Source, e.Sentence.Start));
        if (inSentence.Count > 0)
            EventLists.RemoveWhere(events, inSentence, static (e, set) => e.Target is null && e.Root == "12" && set.Contains((e.Source, e.Sentence.Start)));
        inSentence.Clear();
        foreach (var e in events)
            if (e.Target is not null && e.Quad == 4) inSentence.Add((e.Source, e.Sentence.Start));
        EventLists.RemoveWhere(events, inSentence, static (e, set) => e.Target is null && e.Quad == 4 && e.Root is not ("16" or "17") && set.Contains((e.Source, e.Sentence.Start)));
        inSentence.Clear();
        // "warned Iran that they would restore UN sanctions if …": the warning (130, a threat of nothing named) and the
        // threat it makes (1312) between the same sides in one sentence are one act, coded at its most specific
        var specific = kept.Specific;
        specific.Clear();
        foreach (var e in events)
            if (!IsBareWarning(e)) specific.Add((e.Source, e.Target, e.Root, e.Sentence.Start));
        if (specific.Count > 0)
            EventLists.RemoveWhere(events, specific, static (e, set) => IsBareWarning(e) && !e.Negated && set.Contains((e.Source, e.Target, e.Root, e.Sentence.Start)));
        specific.Clear();
    }

    /// <summary>Whether an event is a threat of nothing named (130: a warning), which a named threat of the same sides makes redundant.</summary>
    private static bool IsBareWarning(Event e) => e.Cameo == "130";

    /// <summary>A thread's sets of <see cref="DropVagueDuplicates"/>, emptied after each use.</summary>
    private sealed class VagueDuplicates
    {
        public readonly HashSet<(string, string)> WithTarget = [];
        public readonly HashSet<(string, int)> InSentence = [];
        public readonly HashSet<(string, string?, string, int)> Specific = [];
    }

    [ThreadStatic] private static VagueDuplicates? _vague;
}
