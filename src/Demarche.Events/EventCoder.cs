using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>Turns one trigger match into events: source and target actors, flags, date, code details.</summary>
internal sealed class EventCoder(Document document, PosTags pos, Chunks chunks, VerbFrames frames, MentionIndex mentions, EventDictionary dictionary, ArgumentReader? arguments, EventCoderTables tables)
{
    // word classes of data/events/word-classes.tsv (the modals below are a closed grammatical class)
    private static readonly HashSet<string> NegatingGovernors = EventWords.Default.NegatingGovernors;
    private static readonly HashSet<string> RefusingGovernors = EventWords.Default.RefusingGovernors;
    /// <summary>Nouns of texts that say or decide: data/lexicon/text-nouns.txt.</summary>
    private static readonly WordSet TextNouns = Demarche.Core.Data.WordList.Set("lexicon", "text-nouns.txt");
    /// <summary>"Hungary vetoed a statement criticising China": verbs whose object is another's text (data/actors/words/answering-verbs.txt).</summary>
    private static readonly WordSet AnsweringVerbs = Demarche.Core.Data.WordList.Set("actors", "words", "answering-verbs.txt");
    /// <summary>Set by <see cref="Flags"/>: the frame's negation comes from a governor of refusal ("failed to", "declined to").</summary>
    private bool _refusedByGovernor;
    /// <summary>Set by <see cref="Flags"/>: the verb of denial whose clause holds the act ("denied backing the rebels"), or null.</summary>
    private VerbFrame? _deniedBy;
    /// <summary>The head of the denied text whose content the act is ("denied claims by India that …"), or -1.</summary>
    private int _deniedText = -1;
    private static readonly HashSet<string> DenyingVerbs = EventWords.Default.DenyingVerbs;
    private static readonly HashSet<string> HypotheticalGovernors = EventWords.Default.HypotheticalGovernors;
    private static readonly HashSet<string> SupportVerbs = EventWords.Default.SupportVerbs;
    private static readonly HashSet<string> HypotheticalCarriers = EventWords.Default.HypotheticalCarriers;
    private static readonly HashSet<string> DeliberatingVerbs = EventWords.Default.DeliberatingVerbs;
    private static readonly HashSet<string> AskingCarriers = EventWords.Default.AskingCarriers;
    private static readonly HashSet<string> ReceivingVerbs = EventWords.Default.ReceivingVerbs;
    private static readonly HashSet<string> ClaimingVerbs = EventWords.Default.ClaimingVerbs;
    private static readonly HashSet<string> ClaimedNouns = EventWords.Default.ClaimedNouns;
    private static readonly HashSet<string> DeniedTexts = EventWords.Default.DeniedTexts;
    private static readonly HashSet<string> PatientNouns = EventWords.Default.PatientNouns;
    private static readonly HashSet<string> VictimNouns = EventWords.Default.VictimNouns;
    private static readonly HashSet<string> AnswerNouns = EventWords.Default.AnswerNouns;
    private static readonly HashSet<string> AttendingVerbs = EventWords.Default.AttendingVerbs;
    /// <summary>Verbs of approving an act told: data/events/word-classes.tsv, welcoming.</summary>
    private static readonly HashSet<string> WelcomingVerbs = EventWords.Default.WelcomingVerbs;
    /// <summary>Nouns of agreements that refer back to the latest one: data/events/word-classes.tsv, pact-anaphor.</summary>
    private static readonly HashSet<string> PactAnaphors = EventWords.Default.PactAnaphors;
    private static readonly HashSet<string> TravellingVerbs = EventWords.Default.TravellingVerbs;
    /// <summary>Weak entries coded only with a receiver the grammar found ("the AU suspended Niger", not "suspended the search").</summary>
    private static readonly HashSet<string> NeedsReceiver = EventWords.Default.NeedsReceiver;
    /// <summary>Craft, weapons and units a noun of an act may describe ("patrol boats"): data/events/word-classes.tsv equipment.</summary>
    private static readonly HashSet<string> EquipmentNouns = EventWords.Default.EquipmentNouns;
    /// <summary>Verbs of fending off an attack ("repelled an attack by the RSF"): data/events/word-classes.tsv fending.</summary>
    private static readonly HashSet<string> FendingVerbs = EventWords.Default.FendingVerbs;
    /// <summary>Nouns of joining an organisation ("EU membership"): data/events/word-classes.tsv joined-noun.</summary>
    private static readonly HashSet<string> JoinedNouns = EventWords.Default.JoinedNouns;
    private static readonly HashSet<string> AccusingVerbs = EventWords.Default.AccusingVerbs;
    private static readonly HashSet<string> PactNouns = EventWords.Default.PactNouns;
    private static readonly HashSet<string> NeedsOrganisation = EventWords.Default.NeedsOrganisation;
    private static readonly HashSet<string> NeedsCondition = EventWords.Default.NeedsCondition;
    private static readonly HashSet<string> NeedsNorm = EventWords.Default.NeedsNorm;
    private static readonly HashSet<string> AnonymityVerbs = EventWords.Default.AnonymityVerbs;
    private static readonly HashSet<string> NeedsNoObject = EventWords.Default.NeedsNoObject;
    private static readonly HashSet<string> NeedsNoClause = EventWords.Default.NeedsNoClause;
    private static readonly HashSet<string> NeedsObject = EventWords.Default.NeedsObject;
    private static readonly HashSet<string> MeasureNouns = EventWords.Default.MeasureNouns;
    private static readonly HashSet<string> ContestVerbs = EventWords.Default.ContestVerbs;
    private static readonly HashSet<string> SayingVerbs = EventWords.Default.SayingVerbs;
    private static readonly HashSet<string> PeopleCounts = EventWords.Default.PeopleCounts;
    private static readonly HashSet<string> SportWords = EventWords.Default.SportWords;
    private static readonly HashSet<string> NormNouns = EventWords.Default.NormNouns;
    private static readonly HashSet<string> OwnPeopleActs = EventWords.Default.OwnPeopleActs;
    private static readonly HashSet<string> ObjectDoerActs = EventWords.Default.ObjectDoerActs;
    private static readonly HashSet<string> ForcedEntries = EventWords.Default.ForcedEntries;
    private static readonly HashSet<string> MilitaryCraft = EventWords.Default.MilitaryCraft;
    private static readonly HashSet<string> ArmedDoerActs = EventWords.Default.ArmedDoerActs;
    private static readonly HashSet<string> Invitations = EventWords.Default.Invitations;
    private static readonly HashSet<string> DecidingEntries = EventWords.Default.DecidingEntries;
    private static readonly HashSet<string> DrawingVerbs = EventWords.Default.DrawingVerbs;
    private static readonly HashSet<string> RespondingVerbs = EventWords.Default.RespondingVerbs;
    private static readonly HashSet<string> CausingVerbs = EventWords.Default.CausingVerbs;
    private static readonly HashSet<string> ThwartingVerbs = EventWords.Default.ThwartingVerbs;
    private static readonly HashSet<string> DomesticActs = EventWords.Default.DomesticActs;
    private static readonly HashSet<string> WarningVerbs = EventWords.Default.WarningVerbs;
    /// <summary>Roots of acts that a veto or a block keeps from happening; acts of saying (accusations, offers, demands) happened all the same.</summary>
    private static readonly HashSet<string> ThwartableRoots = ["04", "05", "06", "07", "08", "15", "16", "17", "18", "19", "20"];
    private static readonly HashSet<string> PlainSpeechVerbs = EventWords.Default.PlainSpeechVerbs;
    private static readonly HashSet<string> HypotheticalModals = new(StringComparer.Ordinal) { "could", "may", "might", "would", "should", "can", "must", "ought" };

    private readonly PosTag[] _tags = pos.Tags;
    /// <summary>Sides of the current event's sources: a pair reference among its targets leaves out pairs that hold them.</summary>
    private readonly HashSet<string> _excludedSides = tables.ExcludedSides;
    private PairedActors? _pairsOrNull;
    /// <summary>Whether the current event's sources are a pair reference ("both sides"), which act on each other.</summary>
    private bool _sourcesFromPair;
    /// <summary>Whether the noun act being resolved took its receivers from the side that answers it ("in response to new US tariffs"): rule suffix +answered.</summary>
    private bool _targetsAnswered;
    private PairedActors Pairs => _pairsOrNull ??= new PairedActors(document, pos, mentions, Side);

    private string Side(string id) => ActorById(id)?.SideKey() ?? id;
    private readonly string[] _lowers = pos.Lowers;

    /// <summary>The events of one trigger match, added to <paramref name="coded"/> (none when it codes nothing).</summary>
    public void Code(TriggerMatch m, Sentence s, List<DateMention> dates, List<Event> coded)
    {
        if (m.Alternatives.Count > 1) m = m with { Entry = Choose(m, s) };
        var entry = m.Entry;
        // agent nouns name people, not events: "the ELN negotiators", "UN peacekeepers"
        if (entry.Pos == EntryPos.Noun && IsAgentNoun(pos.Lemmas[m.Head])) return;
        // "Italian aid workers", "the UN peace envoy": a noun that modifies the head of the words naming an actor is no
        // act ("the demarche", a document that speaks, is named by its own act)
        if (entry.Pos == EntryPos.Noun && m.Tokens.Length == 1 && mentions.AtToken(m.Head) is { } named && m.Head < named.EndToken - 1) return;
        // "according to a press release by the Tigers": the last noun of a compound that names a document is no act
        if (entry.Pos == EntryPos.Noun && mentions.AtToken(m.Head) is { } text && ActorById(text.ActorId)?.Kind == ActorKind.Document
            && m.Head > text.FirstToken && _tags[m.Head - 1] is PosTag.NN or PosTag.NNS) return;
        // "NATO's peacekeeping force in Kosovo, KFOR, said", "the mission said": a noun in apposition with an actor's
        // name, or one that speaks, names an actor or a document, not an act
        if (entry.Pos == EntryPos.Noun && (InAppositionWithActor(m.Head) || SubjectOfSpeech(m.Head))) return;
        // "pledged to provide patrol boats", "bought attack helicopters": a noun of an act right before a noun of craft,
        // weapons or units describes them
        if (entry.Pos == EntryPos.Noun && m.Tokens.Length == 1 && m.Head + 1 < s.EndToken && _tags[m.Head + 1] is PosTag.NN or PosTag.NNS
            && EquipmentNouns.Contains(pos.Lemmas[m.Head + 1])) return;
        // "signed a cooperation agreement", "a military cooperation deal": a noun of an act right before a noun of an
        // agreement says what the agreement is about (the agreement is coded)
        if (entry.Pos == EntryPos.Noun && m.Last + 1 < s.EndToken && _tags[m.Last].IsNoun() && _tags[m.Last + 1] is PosTag.NN or PosTag.NNS
            && PactNouns.Contains(pos.Lemmas[m.Last + 1])) return;
        // "warned it would respond to any attack by the United States": an act named with "any" is none that happened
        if (entry.Pos == EntryPos.Noun && chunks.At(m.Head) is { Kind: ChunkKind.NounPhrase } anyPhrase && _lowers[anyPhrase.First] == "any") return;
        // "accused Israel of launching air strikes", "accused Azerbaijan of a massacre": what an accusation says was done
        // is its content
        // (a match that starts at the verb of accusing is the accusation itself: "accused Bahrain of torture")
        if (entry.Pos == EntryPos.Noun && VerbAbove(m.Head) is { } above
            && (IsAccusedAct(above) || AccusingVerbs.Contains(above.Lemma) && m.First > above.Head + 1 && chunks.At(m.Head) is { } accusedPhrase
                && _lowers[accusedPhrase.First - 1] is "of" or "for")) return;
        // "condemned the arrests as an attack on the Serb community", "described the strike as a massacre": a noun of an
        // act in the "as" phrase of a verb of naming is the name given to the object, not an act of its own
        if (entry.Pos == EntryPos.Noun && chunks.At(m.Head) is { } nameGiven && nameGiven.First > 0 && _lowers[nameGiven.First - 1] == "as"
            && VerbAbove(m.Head) is { } naming && NamingVerbs.Contains(naming.Lemma)) return;
        // "declined to be named", "refused to be drawn": a passive complement is no act
        if (entry.Words[^1] == "to" && m.Last + 1 < s.EndToken && _lowers[m.Last + 1] == "be") return;
        if (entry.Pos == EntryPos.Verb && PlainSpeechVerbs.Contains(entry.Words[0]) && entry.Cameo.StartsWith("01", StringComparison.Ordinal) && entry.Words.Length == 1)
            return;
        // "Qatar and Egypt, which have brokered the talks": an auxiliary is no verb of an entry ("have talks")
        if (entry.Pos == EntryPos.Verb && arguments is not null && arguments.Tree.Relation(m.Head) == "aux") return;
        VerbFrame? frame;
        List<string> sources;
        List<string?> targets;
        bool nominalHypothetical = false;
        if (entry.Pos == EntryPos.Verb)
        {
            frame = frames.At(m.Head);
            if (frame is null) return;
            // "Moscow would respond if NATO deployed troops", not "Iran responded to the letter"
            if (NeedsCondition.Contains(entry.Id) && !frame.HasCondition) return;
            if (IsAdjectivalParticiple(frame) || IsGerundAfterConjunction(frame) || InThwartedText(frame) || IsAccusedAct(frame)) return;
            if (!ResolveVerb(m, frame, s, out sources, out targets)) return;
            if (ApprovesOwnAct(entry, frame, sources)) return;
            if (AllNull(targets) && ThankingSides(entry, frame, sources) is { } helped) targets = helped;
            // "Saudi Arabia and Iran restored ties in a deal brokered by China", "agreed to a ceasefire brokered by Qatar":
            // a mediation said of what the governing clause's coordinated subjects did is between them
            if (AllNull(targets) && entry.Cameo.StartsWith("045", StringComparison.Ordinal) && frame.Relation == Dependency.Relative && frame.Governor >= 0
                && Actors(frames.All[frame.Governor].Subject) is { Count: >= 2 } parties && NotOnSidesOf(parties.Cast<string?>().ToList(), sources) is { Count: >= 2 } mediated)
                targets = mediated;
            // "Norway called for an immediate ceasefire in Sudan": an appeal or demand that names no one is made on the
            // state where what it asks for is to happen
            if (AllNull(targets) && (entry.Cameo.StartsWith("02", StringComparison.Ordinal) || entry.Cameo.StartsWith("10", StringComparison.Ordinal))
                && StateWhere(m.Last, s, frame) is { } where && !AnyOnSideOf(sources, where))
                targets = [where];
            // "Germany condemned the killing of a German aid worker by Russian troops", "Canada condemned the arrest of a
            // Canadian in Iran": a reaction to a hostile act named by its noun is aimed at whoever did it
            // "Sudan's army repelled an attack by the RSF on El Fasher": whom fending off an attack acts on is its doer
            if ((IsReaction(entry.Cameo) || FendingVerbs.Contains(frame.Lemma)) && DoersOfActReactedTo(frame, s, sources) is { } doers) targets = doers;
            // "Japan and Australia expressed concern over the incident": a reaction to a noun that refers back to an act
            // is aimed at whoever did the latest hostile act coded before it
            else if (AllNull(targets) && IsReaction(entry.Cameo) && DoerOfActReferredTo(frame, s, sources) is { } referredDoer)
            {
                targets = [referredDoer];
                entry = entry with { Id = entry.Id + "+act-referred" };
            }
            // "Kenya and Uganda signed a trade deal. Tanzania welcomed the deal": an approval of an agreement named by a
            // definite noun alone is aimed at the parties of the latest agreement coded before
            if (entry.Cameo.StartsWith("05", StringComparison.Ordinal) && PartiesOfPactReferredTo(frame, s, sources) is { } pactParties)
            {
                targets = pactParties;
                entry = entry with { Id = entry.Id + "+pact-referred" };
            }
            // "Dutch prosecutors said Moscow was behind a cyberattack": the speaker accuses the side said to be behind a
            // hostile act (modality "attribution"); said by no one named, or of no hostile act, it codes nothing
            if (entry.Modality == "attribution")
            {
                if (AttributingSpeakers(m, frame, s, sources) is not { Count: > 0 } speakers) return;
                targets = sources.Where(a => !speakers.Any(sp => Side(sp) == Side(a))).Cast<string?>().ToList();
                if (targets.Count == 0) return;
                sources = speakers;
            }
        }
        else
        {
            if (!ResolveNoun(m, s, out frame, out sources, out targets, out nominalHypothetical)) return;
            if (_targetsAnswered) entry = entry with { Id = entry.Id + "+answered" };
        }
        if (sources.Count == 0) return;
        // "Tbilisi insists it still intends to join": a verb whose preposition is missing and that reports a clause asserts it
        if (entry.Pos == EntryPos.Verb && entry.Target == TargetKind.Prep && entry.Words.Length == 1 && frame is not null
            && AllNull(targets) && ReportsAClause(frame)) return;
        // a document is what an actor issues or signs, never whom it acts on ("signed a declaration")
        if (AnyDocument(targets))
        {
            targets = targets.Where(t => t is null || ActorById(t)?.Kind != ActorKind.Document).ToList();
            if (targets.Count == 0) targets = [null];
        }

        // "telephoned his Iranian counterpart to demand the release of two French citizens": a demand or appeal for the
        // release of one's own people is made on whoever holds them, not on them (the receiver stage finds the holder)
        // ("… citizens held in Iran": the state they are held in, named with "in")
        if ((entry.Cameo.StartsWith("02", StringComparison.Ordinal) || entry.Cameo.StartsWith("10", StringComparison.Ordinal))
            && Array.IndexOf(entry.Words, "release") >= 0 && targets.Count > 0
            && AllOfOwnSides(targets, sources))
            targets = PrepActors("in", m.Last, s, maxDistance: 10, allowed: frame, acrossParticiples: true) is [{ } holder]
                && ActorById(holder) is { Kind: ActorKind.State } && !AnyOnSideOf(sources, holder) ? [holder] : [null];
        // "demanded that President Mugabe abandon …", "its demand that Israel ease …": whom a demand is made on is the
        // subject of the clause that says what must be done
        if (AllNull(targets) && entry.Modality is "demand" or "appeal" && SubjectOfDemandedClause(m.Head, sources) is { Count: > 0 } addressed)
            targets = addressed;
        // "UNIFIL warns the ceasefire is eroding": a warning that reports how things stand threatens no one
        if (entry.Pos == EntryPos.Verb && frame is not null && entry.Cameo.StartsWith("13", StringComparison.Ordinal) && WarnsOfAState(frame, sources)) return;
        bool negated = false, hypothetical = false, skip = false;
        _refusedByGovernor = false;
        _deniedBy = null;
        _deniedText = -1;
        string? actRoot = null; // the root of the act itself when the event codes the intent to do it
        VerbFrame? takenOver = null; // the governing verb of intent whose own event gives way, once this act is coded
        if (frame is not null) Flags(frame, out negated, out hypothetical, out skip);
        if (skip) return;
        // who does the act itself, before a denial makes the denier the source
        var actDoers = sources;
        // "Rwanda denied backing the M23", "Moscow denied that its troops shelled the town": the act is not coded, the
        // denial is (016), by the one who denies, about the act's receiver (none named: no event)
        if (_deniedBy is { } denier)
        {
            if (Actors(denier.Subject) is { Count: > 0 } deniers) sources = deniers;
            entry = entry with { Cameo = "016", Id = entry.Id + DeniedRule };
            negated = false;
            hypothetical = false;
            targets = NotOnSidesOf(targets, sources);
            if (targets.Count == 0) targets = [null];
            // "denied claims by India that …", "rejected a UN report which said …": the denial answers the text's author
            if (_deniedText >= 0 && AuthorsOfText(_deniedText, sources) is { Count: > 0 } authors) targets = authors;
        }
        VerbFrame? governor = null;
        string? governing = frame is null ? null : ModalityOfGovernor(frame, out governor);
        if (governing is not null)
        {
            // the dictionary says the governing entry embeds this act: "refused to meet", "threatened to expel"
            if (governing is "refusal" or "denial") negated = true;
            else hypothetical = true;
        }
        if (frame is not null && entry.Pos == EntryPos.Verb && frame.Object is { } obj && IsNegativeQuantifier(obj.First)) negated = true;
        hypothetical |= nominalHypothetical;
        // "Iran will launch an offensive unless Baghdad accepts", "Russia would stop talks if the US deploys": a hostile
        // act made to depend on what another side does is a threat against that side, and the threat is real
        if (frame is { HasCondition: true } && !negated && ThreatFor(entry.Cameo) is { } threat
            && ConditionActors(frame) is { Count: > 0 } conditioned && !AllInCampOf(conditioned, sources))
        {
            entry = entry with { Cameo = threat, Id = entry.Id + "+conditional-threat" };
            hypothetical = false;
            // "Moscow warned Finland it would respond if NATO troops came": the threat is made to the side warned
            if (AllNull(targets) && WarnedSide(frame, sources) is { Count: > 0 } warned) targets = warned;
            if (AllNull(targets)) targets = NotInCampOf(conditioned, sources);
        }
        // "China will respond if the United States raises tariffs": a threat made only by its condition (needs-condition)
        // is real, and made to the side the condition names
        else if (frame is { HasCondition: true } && !negated && NeedsCondition.Contains(entry.Id))
        {
            hypothetical = false;
            if (AllNull(targets) && WarnedSide(frame, sources) is { Count: > 0 } warned) targets = warned;
            if (AllNull(targets) && ConditionActors(frame) is { Count: > 0 } namedInCondition && NotInCampOf(namedInCondition, sources) is { } others && !AllNull(others)) targets = others;
        }
        // "Palestinian leaders said they would boycott …", "Albanians have sworn to fight": a hostile act announced
        // for the future or vowed is a threat of it (data/events/speech-verbs.tsv)
        // (not a deployment announced to a side, its host: "Russia said it would deploy troops to Belarus")
        // (not a show of force at no one named: "would continue patrols in the area" is its posture, 15x)
        else if (frame is not null && !negated && IsAnnouncedOrVowed(frame) && ThreatFor(entry.Cameo) is { } announced && !IsDeploymentToHost(m, s, frame, targets)
            && !(entry.Cameo.StartsWith("15", StringComparison.Ordinal) && AllNull(targets)))
        {
            entry = entry with { Cameo = announced, Id = entry.Id + "+announced-threat" };
            hypothetical = false;
            if (AllNull(targets) && WarnedSide(frame, sources) is { Count: > 0 } warned) targets = warned;
        }
        // "Finland will give Tanzania a grant", "Belgrade said it would attend", "Syria is willing to withdraw": a
        // cooperative act announced for the future, or one the actor is ready to do, is an expression of intent (03x)
        else if (frame is not null && !negated && governing is null && IsIntended(frame) && IntentFor(entry.Cameo) is { } intent)
        {
            actRoot = entry.Cameo[..2];
            entry = entry with { Cameo = intent, Id = entry.Id + "+intent" };
            hypothetical = false;
        }
        // "Kenya agreed to reopen its border", "Japan pledged to provide patrol boats": a cooperative act its actor
        // agrees, pledges or promises to do is the intent to do it (03x), which says more than the bare agreement; the
        // governing verb's own event gives way to it (IntentTakenOver)
        else if (governor is not null && governing == "intent" && !negated && IntentFor(entry.Cameo) is { } agreed)
        {
            actRoot = entry.Cameo[..2];
            entry = entry with { Cameo = agreed, Id = entry.Id + "+agreed-intent" };
            hypothetical = false;
            takenOver = governor;
        }
        // "Syria will not accept any more refugees", "Tbilisi said it would not attend": a cooperative act the actor
        // says it will not do is a rejection (12x)
        else if (frame is not null && negated && governing is null && frame.Negated && IsAnnouncedForTheFuture(frame) && RefusalFor(entry.Cameo) is { } refusal)
        {
            entry = entry with { Cameo = refusal, Id = entry.Id + "+refusal" };
            negated = false;
            hypothetical = false;
        }
        // "Palestinians and Israelis failed to reach agreement", "Seoul declined to attend": a cooperative act its actor
        // did not do is a rejection of it (12x)
        else if (frame is not null && negated && _refusedByGovernor && governing is null or "refusal" && (targets.Any(t => t is not null) || sources.Count >= 2) && RefusalFor(entry.Cameo) is { } rejected)
        {
            entry = entry with { Cameo = rejected, Id = entry.Id + "+refused" };
            negated = false;
            hypothetical = false;
        }
        // "pledged to deepen cooperation with the US": a governing pledge, vow or agreement gives way to an embedded act
        // that is itself an intent (03x) once that is coded (a threat it embeds, "vowed to continue the war", keeps it)
        if (governor is not null && governing == "intent" && !negated && entry.Cameo.StartsWith("03", StringComparison.Ordinal)) takenOver ??= governor;
        // "Mali, Burkina Faso and Niger withdrew from ECOWAS": a withdrawal from an organisation is leaving it (160, as
        // "left the ICC"), not a retreat of forces; the organisation is what the "from" phrase names ("the EU said
        // Kosovo must withdraw its police from the north" is a retreat)
        if (entry.Cameo.StartsWith("087", StringComparison.Ordinal) && targets.Count > 0
            && targets.All(t => t is not null && ActorById(t) is { Kind: ActorKind.Igo or ActorKind.Ngo })
            && sources.All(src => ActorById(src) is { Kind: ActorKind.State or ActorKind.Government })
            && PrepActors("from", m.Last, s, maxDistance: 8, allowed: frame) is { } leftBodies && targets.All(leftBodies.Contains))
            entry = entry with { Cameo = "160", Id = entry.Id + "+organisation" };
        // "ordered a news agency to suspend its operations" is coercion of the agency; "ordered the army to halt the
        // offensive" commands one's own forces, which is no act on anyone
        if (entry.Pos == EntryPos.Verb && OrderVerbs.Contains(entry.Words[0]) && entry.Cameo.StartsWith("17", StringComparison.Ordinal)
            && frame?.Object is { } ordered && sources.Count > 0 && AreOwnForces(ordered, sources[0])) return;
        // "Serbian workers began an open-ended strike": a strike by workers, students or other civilians is a labour
        // strike (143), never a military one
        if (entry.Pos == EntryPos.Noun && entry.Words is [StrikeWord] && entry.Cameo.StartsWith("19", StringComparison.Ordinal)
            && sources.Count > 0 && sources.All(id => ActorById(id)?.Kind is ActorKind.Group or ActorKind.Media or ActorKind.Ngo or ActorKind.PoliticalParty))
            entry = entry with { Cameo = LabourStrike, Id = entry.Id + "+labour" };
        // "Germany protested the expulsion of its diplomats", "the EU protested against the arrests": dissent (140: a
        // protest, a walkout) by a state, its government or an international organisation is an official complaint (114),
        // not a public protest (14x)
        if (entry.Cameo == PlainProtest && sources.Count > 0 && sources.All(IsOfficialSide)
            && !(frame?.Subject is { } protesters && NamesPeople(protesters)))
            entry = entry with { Cameo = OfficialComplaint, Id = entry.Id + "+official" };
        // "Ecuadorian police stormed the Mexican embassy": a building stormed or occupied (word class forced-entry) by a
        // state's police or soldiers is force used (190, as troops storming a town), not a protest
        if (ForcedEntries.Contains(m.Entry.Id) && sources.Count > 0 && sources.All(IsStateForce))
            entry = entry with { Cameo = ForceUsed, Id = entry.Id + "+forces" };
        // "Chinese fighter jets flew close to a Canadian patrol aircraft", "Russian bombers flew to Venezuela": a visit
        // made by military aircraft or ships (word class military-craft) is a show of force (150)
        if (entry.Cameo == MadeVisit && frame?.Subject is { } travellers && MilitaryCraft.Contains(pos.Lemmas[travellers.Head]))
            entry = entry with { Cameo = ShowOfForce, Id = entry.Id + "+craft" };
        bool future = frame is not null && (frame.Future || frame.Infinitive || hypothetical);
        var (date, precision) = DateFor(m, s, dates, future, hypothetical || frame is { Future: true });

        // "a Pentagon spokesman declined to say when the troops would leave": refusing to say is declining comment (011,
        // which relates no one), not rejecting anything
        if (entry.Modality == "refusal" && frame is not null && ControlledLemma(frame) is { } unsaid && SayingVerbs.Contains(unsaid))
            entry = entry with { Cameo = DeclineComment, Id = entry.Id + "+comment" };
        var row = dictionary.Code(entry.Cameo);
        string root = entry.Cameo.Length >= 2 ? entry.Cameo[..2] : entry.Cameo;
        // joint acts of coordinated actors: "Nigeria and Niger reopened the border", "Serbia and Kosovo traded blame"
        // ("with" entries take their partner from a coordinated subject; statements and aid are not joint acts)
        if ((entry.Target == TargetKind.None && IsJointWithoutReceiver(entry, root) || entry.Target == TargetKind.Prep && entry.Preposition == "with"
                || entry.Target == TargetKind.Object && entry.Pos == EntryPos.Verb && frame is { Object: null } && !frame.Passive && IsMutualRoot(root))
            && root is not ("01" or "07") && sources.Count >= 2 && AllNull(targets))
        {
            targets = sources.Cast<string?>().ToList();
            // "French and Egyptian warships launched war games": a show of force made together is military cooperation
            if (root == "15" && JointForce(sources))
            {
                entry = entry with { Cameo = JointForceCode, Id = entry.Id + "+joint" };
                row = dictionary.Code(JointForceCode);
                root = "06";
            }
        }
        // "the two sides signed a declaration", "both armies fought": a pair acting together acts on each other
        // "each side accusing the other", "the two sides blamed each other": whatever a pair does to "the other" it does to each other
        if (_sourcesFromPair && AllNull(targets) && (root is not ("01" or "02" or "07" or "09" or "10" or "11" or "12" or "13" or "14") || NamesTheOther(frame?.Object)))
            targets = sources.Cast<string?>().ToList();
        // "Thousands demonstrated in Serbia", "Young Algerians blocked roads": a protest that names no one it is aimed
        // at is aimed at the government where it happens
        if (root == "14" && AllNull(targets) && ProtestedGovernment(m, s, frame, sources) is { } government)
        {
            targets = [government];
            if (sources.Contains(government)) entry = entry with { Id = entry.Id + OwnPeopleRule };
        }
        // "Cuban dissidents demanded the release of political prisoners", "the opposition called for a recount": a demand
        // or appeal by a state's people (its opposition, protesters, workers) that names no one it is made to, in a
        // sentence that names no other side, is made to their own government
        if (root is "10" or "02" && AllNull(targets) && PeoplesGovernment(sources) is { } rulers && !NamesAnotherSide(s, sources, frame))
            targets = [rulers];
        // "Bashir shortened the curfew imposed in Sudan", "the government accepted the rebels' demands": a concession that
        // names no one it is made to is made to the authority's own country (easing restrictions or dissent, reforms: 081-083)
        if (!negated && EventAnnotator.IsDomesticConcession(entry.Cameo) && AllNull(targets) && OwnCountry(sources) is { } own)
            targets = [own];
        // "Niger's military coup", "a coup by army officers in Gabon": a coup is against the plotters' own state
        // (a noun of an act right after a word of the class is one too: "civil war")
        bool domestic = AnyDomesticAct(entry.Words) || entry.Pos == EntryPos.Noun && m.Head > 0 && DomesticActs.Contains(_lowers[m.Head - 1]);
        if (AllNull(targets) && domestic && OwnCountry(sources) is { } home)
            targets = [home];
        // "Syrians fleeing the country's civil war": a domestic act named by a noun whose doer is named only as the state
        // it happens in has no doer to code (and no neighbour named nearby is its receiver)
        if (AllNull(targets) && domestic && entry.Pos == EntryPos.Noun && sources.TrueForAll(a => ActorById(a)?.Kind == ActorKind.State)) return;
        // "Nicaragua stripped 94 opponents of their citizenship", "police detained dozens", "Belarus freed 18 political
        // prisoners", "Saudi Arabia executed seven men": restrictions, arrests and repression, a release of prisoners, or
        // an act of the word class own-people-act (executions), by a state or its organs with no receiver named are done
        // to its own people
        // ("Myanmar soldiers evicted hundreds of families from their homes": a receiver that is only the one doer itself, a
        // pronoun referring back to it, is none named)
        bool selfOnly = sources.Count == 1 && !_sourcesFromPair && frame is { Passive: false } && entry.Pos == EntryPos.Verb
            && !AllNull(targets) && AllNullOr(targets, sources[0]);
        if (!negated && (AllNull(targets) || selfOnly) && (IsDoneToOwnPeople(entry.Cameo) || OwnPeopleActs.Contains(m.Entry.Id)) && StatalHome(sources) is { } people && !NamesAnotherSide(s, sources, frame))
        {
            targets = [people];
            entry = entry with { Id = entry.Id + OwnPeopleRule };
        }
        // "The RSF killed more than 100 civilians", "Boko Haram abducted 30 villagers": violence or coercion ("the Taliban
        // banned women from studying") by a state's armed group on people no actor names hits that state's people, unless an
        // "in" phrase places them elsewhere
        if (!negated && (AllNull(targets) || selfOnly) && (IsViolentRoot(root) || root == "17") && frame is { Passive: false, Object: { } victims }
            && VictimPeople.Contains(pos.Lemmas[PeopleCounted(victims.Head)]) && Actors(victims).Count == 0
            && (StateWhere(m.Last, s, frame) ?? ArmedGroupsHome(sources)) is { } hit && !AnyOnSideOf(sources, hit) && !NamesOtherCountry(s, sources, hit))
            targets = [hit];
        // "Thailand denied the charge", "…, an accusation Bangkok denied": a denial of a text answers whoever made it
        if (root == "01" && AllNull(targets) && entry.Pos == EntryPos.Verb && frame is { Object: { } deniedText } && DenyingVerbs.Contains(frame.Lemma)
            && DeniedTexts.Contains(pos.Lemmas[deniedText.Head]) && AuthorsOfText(deniedText.Head, sources) is { Count: > 0 } accusers)
            targets = accusers;
        // "Caracas accused Guyana of letting the US build a base. The United States denied it.": a denial that names no
        // one answers the accusation just made (in the one or two sentences before) against the denier or naming it
        if (AllNull(targets) && entry.Cameo.StartsWith("016", StringComparison.Ordinal) && !negated && AccuserAnswered(sources, s) is { } accuser)
        {
            targets = [accuser];
            entry = entry with { Id = entry.Id + "+answers-accusation" };
        }
        // a statement without addressee, or a consultation, cooperation or aid without a partner, says little; precision first
        // (a mediation names its parties nearby: "France, which brokered the truce, to press Israel"; the receiver
        // stage finds them)
        if ((root == "01" || entry.Target != TargetKind.None && (actRoot ?? root) is "04" or "06" or "07" && entry.Cameo != "045" || NeedsReceiver.Contains(m.Entry.Id)) && AllNull(targets)) return;
        // "Russian troops crossed the border into Ukraine", not "Syrian refugees crossed the border into Turkey": moving
        // into a place (word class armed-doer) is force only when soldiers, police or an armed group do it
        // ("Algeria denied that its army crossed into Morocco": the army crossed, Algeria denies it)
        if (ArmedDoerActs.Contains(m.Entry.Id) && !(actDoers.Count > 0 && actDoers.All(IsArmedSide))) return;
        // "Mali left ECOWAS", not "before leaving Cairo": weak entries that act on organisations only
        if (NeedsOrganisation.Contains(m.Entry.Id) && !AllOrganisations(targets)) return;
        // "Russia breached the treaty", not "hackers breached the accounts of officials": what is broken is a norm
        if (NeedsNorm.Contains(m.Entry.Id) && !BreaksANorm(frame, pos)) return;
        // "Iran demonstrated its resolve", "as demonstrated by its tariffs", "rallied support": a verb of protest that
        // takes an object or is passive is no protest
        if (NeedsNoObject.Contains(m.Entry.Id) && (frame is not null && (frame.Passive || frame.Object is not null)
            || arguments is not null && (arguments.Tree.Child(m.Head, "obl:agent") >= 0 || arguments.Tree.Child(m.Head, "obj") >= 0))) return;
        // "'Life was not long enough,' she recalled": a verb that acts on someone only with an object
        if (NeedsObject.Contains(m.Entry.Id) && frame is { Passive: false, Object: null }) return;
        // "Britain recognised that the talks had failed": a verb of acting on a side that reports a clause acts on no one
        if (NeedsNoClause.Contains(m.Entry.Id) && arguments is not null && arguments.Tree.Child(m.Head, "ccomp") >= 0) return;
        // "US tariffs hit Chinese exports", "farmers hit by Chinese tariffs": force whose doer is a measure, not a force,
        // is a figure of speech
        if (IsViolentRoot(root) && entry.Pos == EntryPos.Verb && frame is not null && DoneByAMeasure(frame)) return;
        // "Wales beat Hungary 2-0", "Spain will face defending champion Croatia": a contest in a sentence of sport (a
        // score, or a word of sport) is a game, not force or defence
        if (ContestVerbs.Contains(entry.Words[0]) && IsAboutSport(s)) return;
        // "a Syrian official, who asked not to be identified, said …": a source asking to stay unnamed appeals to no one
        if (root == "02" && frame is not null && AsksNotToBeNamed(frame)) return;
        var trigger = document.Text[document.Tokens[m.First].Start..document.Tokens[m.Last].End];
        // a denial of something without a receiver ("does not recognise the buffer") says little
        if (negated && AllNull(targets)) return;
        foreach (var src in sources) _recentSources.Add((root, src, targets.Count == 1 ? targets[0] : null));
        int codedBefore = coded.Count;
        foreach (var src in sources)
            foreach (var tgt in targets)
            {
                // (a state's acts on its own people are aimed at the state: "Nicaragua stripped opponents of their citizenship")
                if (tgt == src && !entry.Id.EndsWith(OwnPeopleRule, StringComparison.Ordinal)) continue;
                coded.Add(new Event
                {
                    Source = src,
                    Target = tgt,
                    Cameo = entry.Cameo,
                    Root = root,
                    Plover = row?.Plover,
                    Quad = row?.Quad ?? QuadOf(root),
                    Goldstein = row?.Goldstein ?? 0,
                    Negated = negated,
                    Hypothetical = hypothetical,
                    Date = date,
                    DatePrecision = date is null ? null : precision,
                    Trigger = trigger,
                    Sentence = SentenceRef.Of(s),
                    Rule = entry.Id,
                });
            }
        // "Nigerian and Chadian troops launched joint operations against Boko Haram": force used together ("joint" among
        // the entry's words) is also military cooperation (062) between its doers, each with each
        if (!negated && !hypothetical && IsViolentRoot(root) && sources.Count >= 2 && coded.Count > codedBefore && HasJointWord(m))
        {
            var cooperation = dictionary.Code(JointForceCode);
            foreach (var a in sources)
                foreach (var b in sources)
                    if (Side(a) != Side(b))
                        coded.Add(coded[codedBefore] with
                        {
                            Source = a, Target = b, Cameo = JointForceCode, Root = JointForceCode[..2], Plover = cooperation?.Plover,
                            Quad = cooperation?.Quad ?? QuadOf(JointForceCode[..2]), Goldstein = cooperation?.Goldstein ?? 0, Rule = entry.Id + "+joint",
                        });
        }
        // "Serbia and Hungary agreed to build a pipeline": the agreement gives way only to an act that was coded
        if (takenOver is not null && coded.Count > codedBefore) IntentTakenOver.Add(takenOver);
    }

    /// <summary>Whether "joint" stands among a match's words ("launched joint operations", "a joint offensive").</summary>
    private bool HasJointWord(TriggerMatch m)
    {
        for (int t = Math.Max(0, m.First - 1); t <= m.Last; t++)
            if (_lowers[t] == "joint") return true;
        return false;
    }

    /// <summary>
    /// "The forum concluded that the US must allocate more resources", "Paris said Iran should stop enriching": what
    /// a speaker says another actor must or should do is a demand of the speaker on that actor (CAMEO 100).
    /// </summary>
    public IEnumerable<Event> CodeModalDemands(int sentenceIndex, Sentence s, List<DateMention> dates)
    {
        foreach (var frame in frames.All)
        {
            if (frame.Sentence != sentenceIndex || !IsModalReport(frame)) continue;
            var speaker = frames.All[frame.Governor];
            _excludedSides.Clear();
            _sourcesFromPair = false;
            var sources = Actors(speaker.Subject);
            if (sources.Count == 0) continue;
            foreach (var a in sources) _excludedSides.Add(Side(a));
            var targets = Actors(frame.Subject).Where(t => !_excludedSides.Contains(Side(t))).ToList();
            if (targets.Count == 0) continue;
            var row = dictionary.Code("100");
            var trigger = document.Text[document.Tokens[Math.Min(frame.First, frame.Head)].Start..document.Tokens[frame.Head].End];
            var (date, precision) = DateFor(new TriggerMatch(new EventEntry { Id = "modal-demand", Words = [speaker.Lemma], Pos = EntryPos.Verb, Cameo = "100" }, speaker.Head, [speaker.Head]), s, dates, future: false, notYet: false);
            foreach (var src in sources)
                foreach (var tgt in targets)
                    yield return new Event
                    {
                        Source = src, Target = tgt, Cameo = "100", Root = "10", Plover = row?.Plover, Quad = row?.Quad ?? 3,
                        Goldstein = row?.Goldstein ?? 0, Date = date, DatePrecision = date is null ? null : precision, Trigger = trigger,
                        Sentence = SentenceRef.Of(s), Rule = "modal-demand",
                    };
        }
    }

    /// <summary>A clause with "must" or "should" that a verb of saying able to demand, not negated, reports ("Paris said Iran should stop").</summary>
    private bool IsModalReport(VerbFrame frame) =>
        frame.Modal is "must" or "should" && frame.Relation == Dependency.Reported && frame.Governor >= 0
        && frames.All[frame.Governor] is { Negated: false } speaker && SpeechVerbs.Default.Has(speaker.Lemma, "demand");

    /// <summary>Whether the frame says what a speaker demands of another side (a modal demand is coded for it: <see cref="CodeModalDemands"/>).</summary>
    private bool IsDemandedBySpeaker(VerbFrame frame)
    {
        if (!IsModalReport(frame)) return false;
        var speakers = Actors(frames.All[frame.Governor].Subject);
        if (speakers.Count == 0) return false;
        foreach (var a in Actors(frame.Subject))
            if (!AnyOnSideOf(speakers, a)) return true;
        return false;
    }

    /// <summary>A frame reported with will/would/shall after a verb of announcing, or the infinitive of a vow.</summary>
    private bool IsAnnouncedOrVowed(VerbFrame frame)
    {
        if (frame.Governor < 0) return false;
        var governor = frames.All[frame.Governor];
        // "Niamey would not hesitate to close the crossing again": a verb that vows its act when negated, for the future
        // ("did not hesitate to send troops" tells what was done)
        if (governor.Negated)
            return frame.Relation == Dependency.SubjectControl && frame.Infinitive && VowingWhenNegated.Contains(governor.Lemma)
                && (governor.Future || governor.Modal is "will" or "would" or "shall");
        return frame.Relation == Dependency.Reported && frame.Modal is "will" or "would" or "shall" && SpeechVerbs.Default.Has(governor.Lemma, "announce")
            || frame.Relation == Dependency.SubjectControl && frame.Infinitive && SpeechVerbs.Default.Has(governor.Lemma, "vow");
    }

    /// <summary>
    /// A frame that announces its act for the future: its own will/shall, a would reported by a past verb of saying
    /// ("said it would attend"), or the complement of a word of intent ("willing to", "plans to": data/events/word-classes.tsv).
    /// </summary>
    private bool IsIntended(VerbFrame frame)
    {
        if (IsAnnouncedForTheFuture(frame)) return true;
        if (arguments is null || frame.Head < 0 || frame.Head >= arguments.Tree.Count || !arguments.Tree.Is(frame.Head, "xcomp")) return false;
        int governor = arguments.Tree.Head(frame.Head);
        if (governor < 0 || !IntentWords.Contains(pos.Lemmas[governor])) return false;
        // "is expected to visit" says what others expect, not what the subject intends
        return frames.At(governor) is not ({ Negated: true } or { Passive: true }) && !HasNegation(governor);
    }

    /// <summary>A frame with its own will/shall, or a would reported by a past verb of saying ("said it would attend").</summary>
    private bool IsAnnouncedForTheFuture(VerbFrame frame) =>
        frame.Modal is "will" or "shall"
        || frame.Modal == "would" && frame.Relation == Dependency.Reported && frame.Governor >= 0 && frames.All[frame.Governor] is { Past: true, Negated: false };

    private bool HasNegation(int token)
    {
        foreach (var c in arguments!.Tree.Children(token))
            if (arguments.Tree.Is(c, "advmod") && _lowers[c] is "not" or "n't" or "never") return true;
        return false;
    }

    private static readonly HashSet<string> IntentWords = EventWords.Default.IntentWords;
    private static readonly HashSet<string> VowingWhenNegated = EventWords.Default.VowingWhenNegated;

    /// <summary>Roots of acts of saying and deciding (appeals, agreements, support, yielding, demands, criticism, rejection, threats, protest).</summary>
    private static bool OwnsWhatIsSaid(string cameo) => cameo.Length >= 2 && cameo.AsSpan(0, 2) is "02" or "03" or "05" or "08" or "10" or "11" or "12" or "13" or "14";

    /// <summary>Roots whose acts two coordinated actors do together, on each other, when the verb has no object ("X and Y met").</summary>
    /// <summary>
    /// Whether coordinated subjects of an entry that names no receiver do its act to each other: acts done together
    /// (talks, cooperation, fighting, shows of force), and disapproval or rejection only by a reciprocal verb ("traded
    /// blame"; "France and Germany rejected the plan" reject no one of them, nor does a joint demand or threat).
    /// </summary>
    private static bool IsJointWithoutReceiver(EventEntry entry, string root) =>
        root is "11" or "12" ? ReciprocalVerbs.Contains(entry.Words[0]) : IsMutualRoot(root) || root == "15";

    private static readonly HashSet<string> ReciprocalVerbs = EventWords.Default.ReciprocalVerbs;

    private static bool IsMutualRoot(string root) => root is "03" or "04" or "05" or "06" or "08" or "11" or "12" or "16" or "19";

    /// <summary>
    /// Whether a show of force (15x) is aimed only at the side it is sent to ("deploy troops to Belarus"), which hosts it;
    /// one sent near or against a side ("near the Finnish border") is not.
    /// </summary>
    private bool IsDeploymentToHost(TriggerMatch m, Sentence s, VerbFrame frame, List<string?> targets)
    {
        if (!m.Entry.Cameo.StartsWith("15", StringComparison.Ordinal) || AllNull(targets)) return false;
        var hosts = PrepActors("to", m.Last, s, allowed: frame);
        if (hosts is null) return false;
        foreach (var t in targets)
            if (t is not null && !hosts.Contains(t)) return false;
        return true;
    }

    /// <summary>The threat of a hostile act (data/events/embedded-acts.tsv): force 138, sanctions 1312, protest 133…; else null.</summary>
    private static string? ThreatFor(string cameo) => EmbeddedActs.Default.CodeFor(EmbeddedActs.Threat, cameo);

    /// <summary>The intent to do a cooperative act (data/events/embedded-acts.tsv): aid 033, talks 036, yielding 035…; else null.</summary>
    private static string? IntentFor(string cameo) => EmbeddedActs.Default.CodeFor(EmbeddedActs.Intent, cameo);

    /// <summary>The refusal of a cooperative act (data/events/embedded-acts.tsv): talks 125, aid 122, yielding 124…; else null.</summary>
    private static string? RefusalFor(string cameo) => EmbeddedActs.Default.CodeFor(EmbeddedActs.Refusal, cameo);

    /// <summary>
    /// The demand or appeal noun whose that-clause <paramref name="clause"/> is ("the demand that Israel ease"), also
    /// where the parser hung the clause on the verb that carries the noun ("repeated its demand that Israel ease");
    /// -1 when none.
    /// </summary>
    private int DemandNounOf(int clause)
    {
        if (arguments is null || clause < 0) return -1;
        var tree = arguments.Tree;
        int head = tree.Head(clause);
        if (head < 0 || tree.Relation(clause) is not ("acl" or "ccomp")) return -1;
        if (IsDemandNoun(head)) return head;
        foreach (int c in tree.Children(head))
            if (c < clause && tree.Relation(c) == "obj" && IsDemandNoun(c) && c + 1 < clause && _lowers[c + 1] == "that") return c;
        return -1;
    }

    private bool IsDemandNoun(int token) => ModalityNouns.TryGetValue(token, out var modality) && modality is "demand" or "appeal";

    /// <summary>
    /// The actors that a demand or appeal at <paramref name="head"/> is made on: the subject of its that-clause
    /// ("demanded that Mugabe abandon", "the demand that Israel ease"), leaving out the demanders themselves (a demand on
    /// one's own government is a demand all the same).
    /// </summary>
    private List<string?>? SubjectOfDemandedClause(int head, List<string> demanders)
    {
        if (arguments is null) return null;
        var tree = arguments.Tree;
        var clauses = tree.Children(head).ToArray().Where(c => tree.Relation(c) is "ccomp" or "acl").ToList();
        // "repeated its demand that Israel ease": the clause the parser hung on the verb that carries the noun
        if (clauses.Count == 0 && tree.Head(head) is int carrier and >= 0)
            clauses.AddRange(tree.Children(carrier).ToArray().Where(c => c > head && DemandNounOf(c) == head));
        foreach (int c in clauses)
        {
            if (tree.Child(c, "nsubj") is not (int subject and >= 0)) continue;
            var who = Actors(arguments.ArgumentAt(subject)).Where(a => !demanders.Contains(a)).Cast<string?>().ToList();
            if (who.Count > 0) return who;
        }
        return null;
    }

    /// <summary>
    /// The government a protest without a named target is aimed at: that of the state it takes place in ("in Serbia"),
    /// else that of the protesters' own country; the state itself where the article names no government. Null when
    /// neither is an actor of the document other than the protesters.
    /// </summary>
    private string? ProtestedGovernment(TriggerMatch m, Sentence s, VerbFrame? frame, List<string> sources)
    {
        // "protested outside the Russian embassy in Kyiv": a protest at a state's mission is aimed at that state
        string? country = StateOfMissionAfter(m.Last, s);
        if (country is null && PrepActors("in", m.Last, s, maxDistance: 8, allowed: frame) is [{ } p] && ActorById(p) is { Kind: ActorKind.State } state) country = state.Country ?? state.Id;
        // "Young Algerians blocked roads to press their demands": a people's protest is aimed at their own government
        if (country is null && sources.Count == 1 && ActorById(sources[0]) is { } protester && (protester.Country ?? (protester.Kind == ActorKind.State ? protester.Id : null)) is { } own)
            country = own;
        if (country is null || GovernmentOrStateOf(country) is not { } chosen) return null;
        // "Thousands of Israelis demonstrated in Tel Aviv": a state's people, named in the plural, protest against their state
        if (sources.Contains(chosen.Id))
            return chosen.Kind == ActorKind.State && frame?.Subject is { } people && _tags[people.Head] is PosTag.NNPS or PosTag.NNS ? chosen.Id : null;
        return chosen.Id;
    }

    /// <summary>Verbs whose "as" phrase names their object: data/events/word-classes.tsv, naming.</summary>
    private static readonly HashSet<string> NamingVerbs = EventWords.Default.NamingVerbs;

    /// <summary>Nouns of a state's mission abroad: data/events/word-classes.tsv, foreign-mission.</summary>
    private static readonly HashSet<string> ForeignMissions = EventWords.Default.ForeignMissions;

    /// <summary>
    /// The country whose embassy, consulate or high commission a phrase in the eight words after an act names ("outside
    /// the Indian high commission", "at the US embassy in Baghdad"), before a full stop or another finite verb; null
    /// when none or when the mission's phrase names no single country.
    /// </summary>
    private string? StateOfMissionAfter(int last, Sentence s)
    {
        for (int k = last + 1; k < s.EndToken && k <= last + 8; k++)
        {
            if (_tags[k] is PosTag.Period or PosTag.Colon || _tags[k].IsFiniteVerb()) return null;
            if (!ForeignMissions.Contains(pos.Lemmas[k])) continue;
            return ActorsFound(ArgAt(k)) is [var owner] && ActorById(owner) is { } actor ? actor.Country ?? (actor.Kind == ActorKind.State ? actor.Id : null) : null;
        }
        return null;
    }

    /// <summary>The document's (first) government of a country, else its state actor; null when it has neither.</summary>
    private Actor? GovernmentOrStateOf(string country)
    {
        Actor? state = null;
        foreach (var a in document.Actors)
        {
            if (a.Kind == ActorKind.Government && a.Country == country) return a;
            if (a.Kind == ActorKind.State && (a.Country ?? a.Id) == country) state ??= a;
        }
        return state;
    }

    /// <summary>
    /// The government (else the state) of the document of the one country whose people all the sources are: groups of
    /// that country (an opposition, protesters, unions, students) or persons of its opposition (code …OPP); else null.
    /// </summary>
    private string? PeoplesGovernment(List<string> sources)
    {
        string? country = null;
        foreach (var id in sources)
        {
            if (ActorById(id) is not { Country: { } c } a || country is not null && c != country || !IsPeople(a)) return null;
            country = c;
        }
        return country is null ? null : GovernmentOrStateOf(country)?.Id;
    }

    /// <summary>A state's people: a group of it (an opposition, protesters, unions, students) or a person of its opposition.</summary>
    private static bool IsPeople(Actor a) => a.Kind == ActorKind.Group || a.Kind == ActorKind.Person && HasSectorCode(a, "OPP");

    /// <summary>Whether a person's code is a state's sector ("KENGOV": a holder of a government office; "KENOPP").</summary>
    internal static bool HasSectorCode(Actor a, string sector) => a.Code is { Length: 6 } code && code.EndsWith(sector, StringComparison.Ordinal);

    /// <summary>Whether an actor is a state's police or armed forces (sector COP or MIL).</summary>
    private bool IsStateForce(string id) => ActorById(id) is { } a && (HasSectorCode(a, "MIL") || HasSectorCode(a, "COP"));

    /// <summary>
    /// Acts that only a state's authorities do, so that one done by no one named is the state's: coercion (17x: arrests,
    /// expulsions, bans) and convictions and sentences (116: "Imran Khan was sentenced to 14 years").
    /// </summary>
    private static bool IsAuthoritysAct(string cameo) => cameo.StartsWith("17", StringComparison.Ordinal) || cameo == "116";

    /// <summary>
    /// "The EU approved a 50 billion euro aid package for Ukraine", "Kenya's parliament approved the deployment of police
    /// officers to Haiti": an approval (word class deciding) whose object is a noun of an act (one the dictionary codes)
    /// that no other side owns decides that act, which is coded on its own; it praises no one. "approved Ukraine's bid"
    /// still endorses Ukraine.
    /// </summary>
    private bool ApprovesOwnAct(EventEntry entry, VerbFrame frame, List<string> sources)
    {
        if (!DecidingEntries.Contains(entry.Id) || frame.Passive || frame.Object is not { } approved || !_tags[approved.Head].IsNoun()) return false;
        if (chunks.At(approved.Head) is not { Kind: ChunkKind.NounPhrase } np) return false;
        // (a noun of the phrase, up to its head, that is a one-word noun entry: "aid package", "the deployment")
        bool namesAct = false;
        for (int t = np.First; t <= approved.Head && !namesAct; t++)
            foreach (var e in dictionary.ByHead(Spelling.Normalize(pos.Lemmas[t])))
                if (e.Pos == EntryPos.Noun && e.Words.Length == 1 && _tags[t].IsNoun()) { namesAct = true; break; }
        if (!namesAct) return false;
        foreach (var owner in ModifierActors(np, approved.Head, anyState: true))
            if (!sources.Exists(src => Side(src) == Side(owner))) return false;
        return true;
    }

    /// <summary>A state's soldiers or police, or an armed group or rebels.</summary>
    private bool IsArmedSide(string id) => IsStateForce(id) || ActorById(id) is { } a && (a.Kind is ActorKind.ArmedGroup or ActorKind.Military || HasSectorCode(a, "REB"));

    /// <summary>
    /// Codes of acts a state does to its own people when no one else is named: convictions and sentences (116),
    /// restrictions (172), arrests (173),
    /// repression (175), releases of prisoners (0841) or the intent to release them (0353), and threats of restrictions
    /// or repression (132x, 137: "threatened to ban opposition rallies").
    /// </summary>
    internal static bool IsDoneToOwnPeople(string cameo) =>
        cameo == "116" || cameo.StartsWith("172", StringComparison.Ordinal) || cameo.StartsWith("173", StringComparison.Ordinal) || cameo.StartsWith("175", StringComparison.Ordinal) || cameo == "0841" || cameo == "0353"
        || cameo.StartsWith("132", StringComparison.Ordinal) || cameo == "137";

    /// <summary>
    /// Whether the sentence names an actor on another side than the sources' ("Eritrean troops crossed into Ethiopian
    /// territory and detained 14 farmers": the farmers may be Ethiopia's); documents do not count.
    /// </summary>
    private bool NamesAnotherSide(Sentence s, List<string> sources, VerbFrame? frame)
    {
        var own = sources.Select(Side).ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions.InSpan(s.Start, s.End))
            if (ActorById(m.ActorId) is { } a && a.Kind != ActorKind.Document && !own.Contains(Side(m.ActorId)) && !InClauseOnObject(m.FirstToken, frame)
                && !(a.Kind is ActorKind.Ngo or ActorKind.Media or ActorKind.Igo && IsSayer(m.FirstToken, m.EndToken))) return true;
        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> to <paramref name="end"/> are the subject of a plain verb of
    /// saying ("…, killing two people, human rights groups said"): an organisation or the media that report an act
    /// are no side of it (a state that reports it may be: "Islamabad said Indian troops had detained two shepherds").
    /// </summary>
    private bool IsSayer(int first, int end)
    {
        if (arguments is null) return false;
        var tree = arguments.Tree;
        for (int k = first; k < end; k++)
            if (tree.Relation(k) == "nsubj" && tree.Head(k) is int verb and >= 0 && (verb < first || verb >= end) && PlainSpeechVerbs.Contains(pos.Lemmas[verb]))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a token stands in a relative or participle clause on the frame's object ("executed a man convicted of
    /// spying for Israel": Israel says what the man did, not whose he is).
    /// </summary>
    private bool InClauseOnObject(int token, VerbFrame? frame)
    {
        if (frame?.Object is not { } obj || arguments is null || token < obj.End) return false;
        var tree = arguments.Tree;
        for (int t = tree.Head(token), steps = 0; t >= 0 && steps < 12; t = tree.Head(t), steps++)
        {
            if (t == frame.Head) return false;
            if (frames.At(t) is { Relation: Dependency.Relative or Dependency.Participle } clause && clause != frame
                && tree.Head(t) is int noun && noun >= obj.First && noun < obj.End)
                return true;
        }
        return false;
    }

    /// <summary>The rule suffix of a denial coded in place of the act denied.</summary>
    internal const string DeniedRule = "+denied";

    /// <summary>The rule suffix of an act of a state on its own people, aimed at the state itself (kept by the self-directed filter).</summary>
    internal const string OwnPeopleRule = "+own-people";

    /// <summary>The state actor of the document whose country all the sources act for (a government, a leader, a court), else null.</summary>
    private string? OwnCountry(List<string> sources) => HomeState(sources, stateItself: false);

    /// <summary>The state actor of the document that all the sources are or act for (the state, its government, forces or police), else null.</summary>
    private string? StatalHome(List<string> sources) => HomeState(sources, stateItself: true);

    private static readonly HashSet<string> VictimPeople = EventWords.Default.VictimPeople;

    /// <summary>The noun of people a count of them names ("dozens of civilians": civilians), else the noun itself.</summary>
    private int PeopleCounted(int head)
    {
        if (arguments is null || !PeopleCounts.Contains(_lowers[head])) return head;
        foreach (int c in arguments.Tree.Children(head))
            if (arguments.Tree.Relation(c) == "nmod" && arguments.CaseOf(c) == "of") return c;
        return head;
    }

    private static bool IsViolentRoot(string root) => root is "18" or "19" or "20";

    /// <summary>
    /// Whether the sentence names an actor of another country than <paramref name="home"/>'s, other than the sources
    /// ("carried out an attack on Israel, killing 1,200 people": the people may be Israel's); documents do not count.
    /// </summary>
    private bool NamesOtherCountry(Sentence s, List<string> sources, string home)
    {
        string? country = ActorById(home)?.Country ?? home;
        foreach (var m in mentions.InSpan(s.Start, s.End))
            if (ActorById(m.ActorId) is { Kind: not ActorKind.Document } a && !sources.Contains(a.Id) && (a.Country ?? a.Id) != country) return true;
        return false;
    }

    /// <summary>The state actor of the document whose country all the sources, armed groups, operate from; else null.</summary>
    private string? ArmedGroupsHome(List<string> sources)
    {
        string? country = null;
        foreach (var id in sources)
        {
            if (ActorById(id) is not { Kind: ActorKind.ArmedGroup, Country: { } c } || country is not null && c != country) return null;
            country = c;
        }
        return country is null ? null : StateActorOf(country);
    }

    /// <summary>The id of the document's state actor of a country, or null.</summary>
    /// <summary>
    /// The state actor of the country of everyone an argument names, when the sentence names no actor of another
    /// country; else null.
    /// </summary>
    private string? OwnStateOfOnlyState(Argument? argument, Sentence s)
    {
        string? country = null;
        foreach (var id in Actors(argument))
        {
            if (CountryOf(id) is not { } c || country is not null && c != country) return null;
            country = c;
        }
        if (country is null) return null;
        foreach (var m in mentions.InSpan(s.Start, s.End))
            if (CountryOf(m.ActorId) != country) return null;
        return StateActorOf(country);
    }

    /// <summary>The country an actor belongs to (a state its own), or null.</summary>
    private string? CountryOf(string id) => ActorById(id) is { } a ? a.Kind == ActorKind.State ? a.Country ?? a.Id : a.Country : null;

    private string? StateActorOf(string country)
    {
        foreach (var a in document.Actors)
            if (a.Kind == ActorKind.State && (a.Country ?? a.Id) == country) return a.Id;
        return null;
    }

    private const string PlainProtest = "140", OfficialComplaint = "114", StrikeWord = "strike", LabourStrike = "143", ForceUsed = "190",
        MadeVisit = "042", ShowOfForce = "150", Concern = "012", JointForceCode = "062";

    /// <summary>
    /// Whether a subject names a state's people, not the state: a crowd ("thousands of Serbians") or a plural demonym
    /// whose state's name is no plural ("Serbians", "Iraqis"; "the Philippines" is the state).
    /// </summary>
    private bool NamesPeople(Argument subject)
    {
        if (_tags[subject.First] == PosTag.CD || _lowers[subject.First] is "thousands" or "hundreds" or "dozens" or "tens" or "crowds" or "scores") return true;
        return mentions.AtToken(subject.Head) is { } m && ActorById(m.ActorId) is { Kind: ActorKind.State, Name: var name }
            && _lowers[subject.Head].EndsWith('s') && !name.EndsWith('s');
    }

    /// <summary>A state, its government, an international organisation, or a holder of a government office (code …GOV).</summary>
    private bool IsOfficialSide(string id) => ActorById(id) is { } a && (a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Igo
        || a.Kind == ActorKind.Person && HasSectorCode(a, "GOV"));

    /// <summary>
    /// The state actor of the document whose country all the sources share, else null. With <paramref name="stateItself"/>
    /// a state counts as its own country, and a person only as the holder of a government office (code …GOV); without, a
    /// state source gives none and a person (or a document) counts by its affiliation.
    /// </summary>
    private string? HomeState(List<string> sources, bool stateItself)
    {
        string? country = null;
        foreach (var id in sources)
        {
            if (ActorById(id) is not { } a) return null;
            var c = a.Kind switch
            {
                ActorKind.State => stateItself ? a.Country ?? a.Id : null,
                ActorKind.Government or ActorKind.Military => a.Country,
                // a state's office holder acts for it ("Ghana's president pardoned 800 prisoners")
                ActorKind.Person when stateItself => HasSectorCode(a, "GOV") ? a.Country ?? a.Code![..3] : null,
                ActorKind.Person or ActorKind.Document => stateItself ? null : a.Affiliation ?? a.Country,
                _ => null,
            };
            if (c is null || country is not null && c != country) return null;
            country = c;
        }
        return country is null ? null : StateActorOf(country);
    }

    /// <summary>
    /// Whom a thing acted on belongs to, named after it with "of" or "for": "a camp for Congolese refugees", "the homes
    /// of Palestinian families"; never the acting side itself. Empty when the phrase's head is itself an actor's word.
    /// </summary>
    private List<string?> OwnersInPhrase(int head) => ActorsAfterNoun(head, "of", "for");

    /// <summary>
    /// The actors of the first phrase hanging on a noun with one of two prepositions, other than the acting side's;
    /// empty when the noun is itself an actor's word or no such phrase names one.
    /// </summary>
    private List<string?> ActorsAfterNoun(int head, string preposition, string? orPreposition = null)
    {
        if (arguments is null || mentions.AtToken(head) is not null) return [];
        var tree = arguments.Tree;
        foreach (int c in tree.Children(head))
        {
            if (tree.Relation(c) != "nmod" || arguments.CaseOf(c) is not { } p || p != preposition && p != orPreposition) continue;
            var who = Actors(arguments.ArgumentAt(c)).Where(a => !_excludedSides.Contains(Side(a))).Cast<string?>().ToList();
            if (who.Count > 0) return who;
        }
        return [];
    }

    /// <summary>Whether coordinated sources are different states' sides (not one state's government and army).</summary>
    private bool JointForce(List<string> sources)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in sources)
            if (ActorById(a)?.Country is { } c) countries.Add(c);
        return countries.Count >= 2;
    }

    /// <summary>Verbal acts (statements, appeals, intents, consultations, support, disapproval, rejection, demands, threats, protests).</summary>
    private static bool IsVerbal(string cameo) => cameo.Length >= 2 && cameo.AsSpan(0, 2) is "01" or "02" or "03" or "05" or "10" or "11" or "12" or "13" or "14";

    /// <summary>
    /// The state named with "in" after an object that is itself no actor ("the coup in Niger"); null when the object
    /// names an actor, or the place is none of a state, or is the acting side's.
    /// </summary>
    private string? StateWhereObjectHappened(int head) =>
        ActorsAfterNoun(head, "in") is [{ } id] && ActorById(id) is { Kind: ActorKind.State } ? id : null;

    /// <summary>The actors that the if/unless clause of a frame is about: its subject, else its object.</summary>
    private List<string> ConditionActors(VerbFrame frame)
    {
        if (frame.ConditionHead < 0) return [];
        var condition = frames.At(frame.ConditionHead);
        if (condition is null) return [];
        var who = Actors(condition.Passive ? condition.Agent ?? condition.Subject : condition.Subject);
        return who.Count > 0 ? who : Actors(condition.Object);
    }

    /// <summary>Frames whose trigger entry carries a modality (threat, refusal, demand, appeal, intent, denial, consider), set by the annotator per sentence.</summary>
    public Dictionary<VerbFrame, string> ModalityFrames { get; } = tables.ModalityFrames;

    /// <summary>Nouns whose trigger entry carries a modality ("the demand that …", "a call for …"), by token, set with <see cref="ModalityFrames"/>.</summary>
    public Dictionary<int, string> ModalityNouns { get; } = tables.ModalityNouns;

    /// <summary>The sentence's nominal matches of hostile acts (13-20), by head: what a side may be said to be behind, or reacts to.</summary>
    public Dictionary<int, TriggerMatch> HostileNouns { get; } = tables.HostileNouns;

    /// <summary>Whether a CAMEO code is of a reaction to what another did: concern (012), an investigation (09), a demand (10), disapproval (11) or a protest (14).</summary>
    private static bool IsReaction(string cameo) => cameo == Concern || cameo.StartsWith("09", StringComparison.Ordinal) || cameo.StartsWith("10", StringComparison.Ordinal)
        || cameo.StartsWith("11", StringComparison.Ordinal) || cameo.StartsWith("14", StringComparison.Ordinal);

    /// <summary>
    /// The doers of a hostile act whose noun heads a verb's object ("condemned the killing of … by Russian troops"), when
    /// they are on another side than the reacting sources; null when the object names no such act or its doer is not known.
    /// </summary>
    private List<string?>? DoersOfActReactedTo(VerbFrame frame, Sentence s, List<string> reacting)
    {
        if (frame.Passive || HostileNouns.Count == 0 || ActReactedTo(frame) is not { } act) return null;
        // the act's own resolution sets the per-event state of the coder; the reaction's is kept
        _savedSides.Clear();
        _savedSides.AddRange(_excludedSides);
        bool fromPair = _sourcesFromPair;
        bool found = ResolveNoun(act, s, out _, out var doers, out _, out _);
        _excludedSides.Clear();
        foreach (var side in _savedSides) _excludedSides.Add(side);
        _sourcesFromPair = fromPair;
        if (!found || doers.Count == 0) return null;
        foreach (var doer in doers)
            if (AnyOnSideOf(reacting, doer)) return null;
        return ActorsOrNull(doers);
    }

    /// <summary>Nouns that refer back to an act ("the incident", "the move"): data/events/word-classes.tsv, act-anaphor.</summary>
    private static readonly HashSet<string> ActAnaphors = EventWords.Default.ActAnaphors;

    /// <summary>
    /// The doer of the act a reaction's object (or its "over", "about", "against" or "at" phrase) refers back to with a
    /// definite noun of <see cref="ActAnaphors"/> ("condemned the move", "concern over the incident"): the source of the
    /// latest hostile act (13-20) coded in the four sentences before, on another side than the reacting sources; null
    /// when there is none.
    /// </summary>
    private string? DoerOfActReferredTo(VerbFrame frame, Sentence s, List<string> reacting)
    {
        if (frame.Passive || arguments is null) return null;
        var tree = arguments.Tree;
        int noun = -1;
        if (frame.Object is { } o && ActAnaphors.Contains(pos.Lemmas[o.Head])) noun = o.Head;
        else
            foreach (int c in tree.Children(frame.Head))
                if (tree.Relation(c) == "obl" && arguments.CaseOf(c) is "over" or "about" or "against" or "at" && ActAnaphors.Contains(pos.Lemmas[c])) { noun = c; break; }
        if (noun < 0 || tree.Child(noun, "det") is not (>= 0 and var det) || _lowers[det] is not ("the" or "this" or "that" or "these" or "those")) return null;
        // (an act named after it is no reference back: "the attack on the embassy by …")
        if (tree.Child(noun, "nmod") >= 0) return null;
        foreach (var e in EventsBefore(s, 4))
            if (!e.Negated && !e.Hypothetical && IsHostile(e.Cameo) && !AnyOnSideOf(reacting, e.Source)) return e.Source;
        return null;
    }

    /// <summary>
    /// The parties of the agreement a verb's object refers back to with a definite noun alone ("welcomed
    /// the deal", "praised the truce"; word class pact-anaphor): the source and target of the latest agreement, cooperation or concession (03, 05,
    /// 06, 08) between two sides coded before in the article, neither on a side of the approving sources; null when
    /// there is none.
    /// </summary>
    private List<string?>? PartiesOfPactReferredTo(VerbFrame frame, Sentence s, List<string> approving)
    {
        if (frame.Passive || arguments is null || frame.Object is not { } o || !PactAnaphors.Contains(pos.Lemmas[o.Head])) return null;
        var tree = arguments.Tree;
        if (tree.Child(o.Head, "det") is not (>= 0 and var det) || _lowers[det] is not ("the" or "this" or "that")) return null;
        if (tree.Child(o.Head, "nmod") >= 0 || Actors(o).Count > 0) return null;
        foreach (var e in EventsBefore(s, int.MaxValue))
        {
            if (e.Negated || e.Root is not ("03" or "05" or "06" or "08") || AnyOnSideOf(approving, e.Source)) continue;
            // a joint act ("Thailand and Cambodia agreed to withdraw"), whose receivers are each other, gets them only
            // after the document is coded: its other party is the source of the same act in the same sentence
            var other = e.Target ?? PartnerInJointAct(e);
            if (other is not null && !AnyOnSideOf(approving, other) && Side(e.Source) != Side(other)) return [e.Source, other];
        }
        return null;
    }

    /// <summary>The source of the same act in the same sentence on another side than an event's source (its partner in a joint act), or null.</summary>
    private string? PartnerInJointAct(Event e)
    {
        var events = document.Events;
        for (int k = events.Count - 1; k >= 0; k--)
        {
            var f = events[k];
            if (f.Sentence.Start == e.Sentence.Start && f.Cameo == e.Cameo && f.Target is null && Side(f.Source) != Side(e.Source)) return f.Source;
        }
        return null;
    }

    /// <summary>
    /// The events coded so far in the document (the sentences before this one; the annotator adds a sentence's events
    /// after all its matches) up to <paramref name="sentencesBack"/> sentences back, latest first. Asked for only by the
    /// rare rules that look back at an act told before (a denial, a reaction to "the incident").
    /// </summary>
    private IEnumerable<Event> EventsBefore(Sentence s, int sentencesBack)
    {
        int here = document.SentenceIndexAt(s.Start);
        var events = document.Events;
        for (int k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            int back = here - document.SentenceIndexAt(e.Sentence.Start);
            if (back > sentencesBack) yield break;
            if (back >= 0) yield return e;
        }
    }

    /// <summary>The excluded sides of the event being coded, kept while another act is resolved for it.</summary>
    private readonly List<string> _savedSides = tables.SavedSides;

    /// <summary>
    /// The actors (null ones kept) that are on no side of <paramref name="sources"/>, in a new list: a loop, so that
    /// <see cref="Code"/> captures no local in a lambda (a closure made at every call).
    /// </summary>
    private List<string?> NotOnSidesOf(IReadOnlyList<string?> actors, List<string> sources)
    {
        var kept = new List<string?>();
        for (int i = 0; i < actors.Count; i++) // by index: no boxed enumerator
            if (actors[i] is not { } id || !AnyOnSideOf(sources, id)) kept.Add(actors[i]);
        return kept;
    }

    /// <summary>
    /// Whether every one of the actors is in a camp of <paramref name="sources"/>: on its side, and like it of the state
    /// or not. "Kenya's opposition will boycott the vote unless the government resigns": the opposition and the
    /// government are one side abroad but opposite camps at home; "will retaliate if its troops are attacked" is one camp.
    /// </summary>
    private bool AllInCampOf(List<string> actors, List<string> sources)
    {
        foreach (var a in actors)
            if (!InCampOf(a, sources)) return false;
        return true;
    }

    /// <summary>The actors in no camp of <paramref name="sources"/> (see <see cref="AllInCampOf"/>), in a new list.</summary>
    private List<string?> NotInCampOf(List<string> actors, List<string> sources)
    {
        var kept = new List<string?>();
        foreach (var a in actors)
            if (!InCampOf(a, sources)) kept.Add(a);
        return kept;
    }

    /// <summary>Whether an actor is on the side of one of <paramref name="sources"/> and, like that one, of the state or not.</summary>
    private bool InCampOf(string actor, List<string> sources)
    {
        foreach (var s in sources)
            if (Side(s) == Side(actor) && IsOfTheState(s) == IsOfTheState(actor)) return true;
        return false;
    }

    /// <summary>A state, its government or forces, or the holder of a government or military office (code …GOV, …MIL).</summary>
    private bool IsOfTheState(string id) => ActorById(id) is { } a && (a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military
        || a.Kind == ActorKind.Person && (HasSectorCode(a, "GOV") || HasSectorCode(a, "MIL")));

    /// <summary>Whether <paramref name="other"/> is of the country of one of <paramref name="actors"/> ("a German journalist" of Germany's).</summary>
    private bool OfCountryOf(List<string> actors, string other)
    {
        if (ActorById(other)?.Country is not { } country) return false;
        foreach (var a in actors)
            if (ActorById(a)?.Country == country) return true;
        return false;
    }

    /// <summary>Whether any of the actors is on the side of <paramref name="other"/>.</summary>
    /// <summary>Whether every target is on a side of the sources or of their country (loops, not a lambda: Code's closure was made at every call).</summary>
    private bool AllOfOwnSides(List<string?> targets, List<string> sources)
    {
        foreach (var t in targets)
            if (t is null || !(AnyOnSideOf(sources, t) || OfCountryOf(sources, t))) return false;
        return true;
    }

    /// <summary>Whether every target is none or the actor.</summary>
    private static bool AllNullOr(List<string?> targets, string actor)
    {
        foreach (var t in targets)
            if (t is not null && t != actor) return false;
        return true;
    }

    private bool AnyOnSideOf(List<string> actors, string other)
    {
        string side = Side(other);
        foreach (var a in actors)
            if (Side(a) == side) return true;
        return false;
    }

    /// <summary>The hostile act named by a noun at the head of a verb's object, or of its oblique with "against", "over", "into" or "about" ("protested against the detention of …").</summary>
    private TriggerMatch? ActReactedTo(VerbFrame frame)
    {
        if (frame.Object is { } reactedTo && HostileNouns.TryGetValue(reactedTo.Head, out var act)) return act;
        if (arguments is null) return null;
        foreach (int c in arguments.Tree.Children(frame.Head))
            if (arguments.Tree.Relation(c) == "obl" && arguments.CaseOf(c) is "against" or "over" or "into" or "about" && HostileNouns.TryGetValue(c, out act)) return act;
        return null;
    }

    /// <summary>Whether a CAMEO code is of a hostile act: a threat, protest, show of force, reduction, coercion or violence (13-20).</summary>
    public static bool IsHostile(string cameo) => cameo.Length >= 2 && string.CompareOrdinal(cameo, 0, "13", 0, 2) >= 0;

    /// <summary>
    /// Frames of the sentence with an intent entry ("agreed to", "pledged to") whose complement was coded as the intent
    /// to do its act: their own, vaguer event is dropped by the annotator. Set per sentence.
    /// </summary>
    public HashSet<VerbFrame> IntentTakenOver { get; } = tables.IntentTakenOver;

    /// <summary>The modality of the nearest governing frame that has one ("refused to meet": refusal), and that frame.</summary>
    private string? ModalityOfGovernor(VerbFrame frame, out VerbFrame? governor)
    {
        governor = null;
        // "Lima's refusal to recognise the result", "the UN's call to release detainees": an infinitive on a noun whose
        // entry carries a modality takes that modality (the refused act is not done, the one called for not yet)
        if (frame is { Relation: Dependency.Relative, Infinitive: true } && arguments is not null
            && ModalityNouns.TryGetValue(arguments.Tree.Head(frame.Head), out var nounModality)) return nounModality;
        var cur = frame;
        for (int depth = 0; depth < 3 && cur.Governor >= 0; depth++)
        {
            // "committed to withdrawing": a gerund after "to" completes its verb as an infinitive would
            if (cur.Relation is not (Dependency.SubjectControl or Dependency.ObjectControl or Dependency.Participle)
                && !(cur.Relation == Dependency.Purpose && _tags[cur.Head] == PosTag.VBG) || IsParticipleAfterComma(cur)) return null;
            var gov = frames.All[cur.Governor];
            if (ModalityFrames.TryGetValue(gov, out var modality)) { governor = gov; return modality; }
            cur = gov;
        }
        return null;
    }

    /// <summary>
    /// A participle clause set off by a comma ("rejected the talks, calling Washington untrustworthy"): the subject's own
    /// act beside its verb's, not what that verb refuses, denies or embeds ("denied backing the M23").
    /// </summary>
    private bool IsParticipleAfterComma(VerbFrame frame) =>
        frame.Relation == Dependency.Participle && frame.Head > 0 && _tags[frame.Head - 1] == PosTag.Comma;

    private static readonly HashSet<string> SideNouns = EventWords.Default.SideHeads;

    /// <summary>
    /// "The Kremlin warned Finland that it would take countermeasures": the actors of the object of the verb of warning
    /// whose reported clause holds the act (two clauses up at most), when they are not the act's own sides.
    /// </summary>
    private List<string?>? WarnedSide(VerbFrame frame, List<string> sources)
    {
        var cur = frame;
        for (int depth = 0; depth < 2 && cur.Governor >= 0; depth++)
        {
            if (cur.Relation != Dependency.Reported && depth == 0 && cur.Relation != Dependency.SubjectControl) return null;
            var gov = frames.All[cur.Governor];
            if (WarningVerbs.Contains(gov.Lemma))
            {
                // "warned Tokyo that …": the tree makes the one warned the indirect object when a clause follows
                var named = gov.Object is not null ? Actors(gov.Object).Cast<string?>().ToList() : IndirectObject(gov) ?? [];
                var warned = named.Where(a => a is not null && !sources.Any(src => Side(src) == Side(a!))).ToList();
                return warned.Count > 0 ? warned : null;
            }
            cur = gov;
        }
        return null;
    }

    /// <summary>
    /// "Russia vetoed a UN resolution calling for a ceasefire", "blocked a statement criticising China": what a text
    /// says that a thwarting verb kept from being adopted or issued was not said.
    /// </summary>
    private bool InThwartedText(VerbFrame frame)
    {
        if (arguments is null || frame.Relation != Dependency.Relative || frame.Governor < 0) return false;
        var governor = frames.All[frame.Governor];
        int noun = arguments.Tree.Head(frame.Head);
        return ThwartingVerbs.Contains(governor.Lemma) && governor.Object is { } o && noun >= o.First && noun < o.End;
    }

    /// <summary>"backed opposing sides", "the supporting units": a bare -ing form between a verb or determiner and a common noun describes the noun.</summary>
    private bool IsAdjectivalParticiple(VerbFrame frame)
    {
        int h = frame.Head;
        if (_tags[h] != PosTag.VBG || frame.First != h || h + 1 >= _tags.Length || h == 0) return false;
        var next = _tags[h + 1];
        if (next is not (PosTag.NN or PosTag.NNS) || mentions.AtToken(h + 1) is not null) return false;
        var prev = _tags[h - 1];
        // after a verb only before nouns that name sides ("backed opposing sides"); "kept attacking civilians" is a verb
        return prev is PosTag.DT or PosTag.JJ or PosTag.PRPS || prev.IsVerb() && SideNouns.Contains(_lowers[h + 1]);
    }

    /// <summary>
    /// "if fighting broke out", "as fighting between the army and the rebels flared", "amid shelling": an -ing word
    /// right after a conjunction, with no object, names what happens (the subject of its clause), not an act of the
    /// sentence's subject; "after meeting Putin" (with an object) stays an act.
    /// </summary>
    private bool IsGerundAfterConjunction(VerbFrame frame)
    {
        int h = frame.Head;
        if (_tags[h] != PosTag.VBG || frame.First != h || h == 0 || frame.Object is not null) return false;
        if (h + 1 < _tags.Length && _tags[h + 1] is PosTag.DT or PosTag.PRPS or PosTag.NNP or PosTag.NNPS) return false;
        return _lowers[h - 1] is "if" or "as" or "when" or "while" or "until" or "unless" or "once" or "because" or "since" or "amid" or "after" or "before";
    }

    private bool IsNegativeQuantifier(int token) =>
        _lowers[token] is "no" or "nobody" or "none" or "nothing" || _lowers[token] == "no" && token + 1 < _lowers.Length && _lowers[token + 1] == "one";

    /// <summary>Among entries with the same words, the one whose target the sentence has: a preposition present, an object present, or none.</summary>
    private EventEntry Choose(TriggerMatch m, Sentence s)
    {
        var frame = frames.At(m.Head);
        bool hasObject = frame?.Object is not null;
        EventEntry? objectEntry = null, noneEntry = null;
        // "lodged a complaint with the Security Council over Israeli flights": of several prepositions present, the
        // first (in the dictionary's order) whose phrase names an actor
        // (by index: Alternatives is an interface, its enumerator a box)
        for (int i = 0; i < m.Alternatives.Count; i++)
            if (m.Alternatives[i] is var e && e.Target == TargetKind.Prep && PrepActors(e.Preposition!, m.Last, s, maxDistance: 8, allowed: frame) is [not null, ..])
                return e;
        for (int i = 0; i < m.Alternatives.Count; i++)
        {
            var e = m.Alternatives[i];
            if (e.Target == TargetKind.Prep)
            {
                for (int k = m.Last + 1; k < s.EndToken && k <= m.Last + 6; k++)
                    if (_lowers[k] == e.Preposition) return e;
                continue;
            }
            if (e.Target is TargetKind.Object or TargetKind.Next) objectEntry ??= e;
            else noneEntry ??= e;
        }
        return (hasObject ? objectEntry ?? noneEntry : noneEntry ?? objectEntry) ?? m.Entry;
    }

    private static bool IsAgentNoun(string lemma) =>
        lemma.EndsWith("ator", StringComparison.Ordinal) || lemma.EndsWith("keeper", StringComparison.Ordinal) || lemma.EndsWith("ster", StringComparison.Ordinal)
        || lemma.EndsWith("ist", StringComparison.Ordinal) || lemma.EndsWith("ator", StringComparison.Ordinal) || lemma is "rebel" or "attacker" or "observer" or "monitor" or "envoy" or "delegate" or "delegation" or "ally";

    private bool PrepFollowedByEachOther(string prep, int last, Sentence s)
    {
        for (int k = last + 1; k + 2 < s.EndToken && k <= last + 4; k++)
            if (_lowers[k] == prep) return _lowers[k + 1] is "each" or "one" && _lowers[k + 2] is "other" or "another";
        return false;
    }

    private bool IsReciprocal(Argument a) =>
        a.First + 1 < _lowers.Length && (_lowers[a.First] == "each" && _lowers[a.First + 1] == "other" || _lowers[a.First] == "one" && _lowers[a.First + 1] == "another");

    private static int QuadOf(string root) => int.TryParse(root, out int r) ? r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4 : 0;

    private bool ResolveVerb(TriggerMatch m, VerbFrame frame, Sentence s, out List<string> sources, out List<string?> targets)
    {
        var entry = m.Entry;
        Argument? src = frame.Passive ? (entry.PassiveBy ? frame.Agent : null) : frame.Subject;
        _excludedSides.Clear();
        _sourcesFromPair = false;
        _targetsAnswered = false;
        // "Hungary came under fire from the EU", "warned that Taiwan would face consequences": an entry whose subject
        // undergoes the act (passive: from) is done to its subject, by the one named with "from" or else by whoever
        // reports the clause; with neither, no one is named who does it
        if (!entry.PassiveBy && !frame.Passive && Actors(frame.Subject) is { Count: > 0 } undergoers)
        {
            sources = PrepAfter("from", m.Last, s, allowed: frame).Where(a => a is not null).Select(a => a!).ToList();
            if (sources.Count == 0 && frame.Relation == Dependency.Reported && frame.Governor >= 0)
                sources = Actors(frames.All[frame.Governor].Subject);
            var doers = sources;
            targets = undergoers.Where(u => !doers.Contains(u)).Cast<string?>().ToList();
            return sources.Count > 0 && targets.Count > 0;
        }
        // "warned that any attack on its facilities would be met with a crushing response": a threat in the passive whose
        // doer is not named is made by whoever reports it, at the side named in the act it answers (else at no one named)
        if (!entry.PassiveBy && frame.Passive && frame.Agent is null && entry.Modality == "threat" && frame.Relation == Dependency.Reported
            && frame.Governor >= 0 && Actors(frames.All[frame.Governor].Subject) is { Count: > 0 } warners)
        {
            sources = warners;
            foreach (var a in warners) _excludedSides.Add(Side(a));
            // (the answered act's phrase runs from its first word to the verb: "any provocation by North Korea")
            targets = [frame.Subject is { } answered && answered.First < frame.First ? FirstOfOtherSide(ActorsInRange(answered.First, frame.First)) : null];
            return true;
        }
        // "Taiwan detected 30 Chinese military aircraft around the island": the side of what was seen shows force at
        // whoever saw it (word class object-doer); with no side named in what was seen, or what was seen no military
        // craft (word class military-craft), nothing
        if (ObjectDoerActs.Contains(entry.Id))
        {
            var seenPhrase = frame.Passive ? frame.Subject : frame.Object;
            var seen = seenPhrase is not null && NamesMilitaryCraft(seenPhrase) ? Actors(seenPhrase) : [];
            // "Chinese warships were spotted near Taiwan": seen by the agent, else by the state of the place named
            if (frame.Passive)
            {
                sources = seen;
                targets = [];
                foreach (var seer in frame.Agent is not null ? Actors(frame.Agent) : [])
                    if (!seen.Contains(seer)) targets.Add(seer);
                if (targets.Count == 0) targets.Add(frame.Agent is null ? PlaceSeenAt(m.Last, s, frame) : null);
                return seen.Count > 0;
            }
            sources = seen;
            targets = [];
            foreach (var seer in Actors(frame.Subject))
                if (!seen.Contains(seer)) targets.Add(seer);
            if (targets.Count == 0) targets.Add(null);
            return seen.Count > 0;
        }
        sources = Actors(src);
        if (sources.Count == 0 && frame.Passive && frame.Agent is null && IsViolent(entry)) sources = MeansAuthors(m, frame);
        // "A French journalist was arrested in Algeria": an arrest, expulsion or ban by no one named is the act of the
        // state where it is done
        if (sources.Count == 0 && frame.Passive && frame.Agent is null && IsAuthoritysAct(entry.Cameo)
            && StateWhere(m.Last, s, frame) is { } authority)
            sources = [authority];
        // "Bolivia's army chief was arrested": done where no place is named, in a sentence that names no other state than
        // the one of those it is done to, it is that state's act on its own people
        if (sources.Count == 0 && frame.Passive && frame.Agent is null && IsAuthoritysAct(entry.Cameo)
            && OwnStateOfOnlyState(frame.Subject, s) is { } own)
            sources = [own];
        // "North Korean troops have been deployed to Russia": forces moved or shown (15x) by no one named, named in the
        // entry's own noun as the passive subject, are moved by their own state: the forces are the source
        if (sources.Count == 0 && frame.Passive && frame.Agent is null && entry.Cameo.StartsWith("15", StringComparison.Ordinal)
            && m.NounBeforeVerb && Actors(frame.Subject) is { Count: > 0 } forces && forces.TrueForAll(IsArmedSide))
            sources = forces;
        // "The Serbian president was invited to Moscow": an invitation by no one named is from whom the guest is invited to
        if (sources.Count == 0 && frame.Passive && frame.Agent is null && Invitations.Contains(entry.Id)
            && PrepActors("to", m.Head, s, maxDistance: 3, allowed: frame) is [{ } host])
            sources = [host];
        // "Finland and Norway issued a statement expressing solidarity": what the statement does, its issuers do
        if (sources.Count > 0 && frame.Relation is Dependency.Relative or Dependency.Participle && frame.Governor >= 0
            && sources.All(a => ActorById(a)?.Kind == ActorKind.Document)
            && !AnsweringVerbs.Contains(frames.All[frame.Governor].Lemma)
            && Actors(frames.All[frame.Governor].Subject) is { Count: > 0 } issuers && issuers.All(a => ActorById(a)?.Kind != ActorKind.Document))
            sources = issuers;
        // "The Security Council adopted a resolution demanding a ceasefire": a text no actor is named for says what its
        // issuer says, unless the verb answers another's text ("welcomed a report accusing …")
        if (sources.Count == 0 && frame.Relation == Dependency.Relative && frame.Governor >= 0 && src is not null
            && TextNouns.Contains(pos.Lemmas[src.Head]) && !AnsweringVerbs.Contains(frames.All[frame.Governor].Lemma))
            sources = Actors(frames.All[frame.Governor].Subject).Where(a => ActorById(a)?.Kind != ActorKind.Document).ToList();
        // a document whose author is not known speaks for no one
        sources.RemoveAll(_isAnonymousDocument ??= IsAnonymousDocument);
        // "Petro ordered the armed forces to resume operations": unnamed own forces act for their commander
        if (sources.Count == 0 && frame.Relation == Dependency.ObjectControl && frame.Governor >= 0 && IsOwnForcesOrder(frame, frames.All[frame.Governor]))
            sources = Actors(frames.All[frame.Governor].Subject);
        // "they" left open by the actors stage: in a reported clause the reporting subject ("Niger, Mali and Burkina Faso
        // announced they were leaving"), in a relative clause the coordinated subject of the clause it is part of ("Congo
        // and Rwanda accused each other of breaking the peace agreement they signed")
        if (sources.Count == 0 && src is { } pronoun && pronoun.End - pronoun.First == 1 && _lowers[pronoun.First] is "they" && frame.Governor >= 0)
        {
            if (frame.Relation == Dependency.Reported) sources = Actors(frames.All[frame.Governor].Subject);
            else if (frame.Relation == Dependency.Relative && CoordinatedSubjectAbove(frame) is { } coordinatedAbove) sources = coordinatedAbove;
        }
        foreach (var a in sources) _excludedSides.Add(Side(a));
        // "Ukraine received air defence systems from Germany": receiving a thing is no meeting (the thing's own entry
        // codes what was given)
        if (entry.Cameo.StartsWith("04", StringComparison.Ordinal) && ReceivingVerbs.Contains(frame.Lemma) && !frame.Passive
            && frame.Object is { } thing && ActorOf(thing.First, thing.Head + 1, thing.Head) is null)
        {
            targets = [null];
            return false;
        }
        // the object of a passive is its subject: "Kosovo was attacked by Serbia"
        Argument? objectArg = frame.Passive ? (frame.Relation == Dependency.Relative ? frame.Object : frame.Subject) : frame.Object;
        if (!frame.Passive && sources.Count >= 2 && frame.Object is { } rec && IsReciprocal(rec))
        {
            // "Pakistan and India shelled each other": each side is the other's target
            targets = sources.Cast<string?>().ToList();
            return true;
        }
        if (entry.Target == TargetKind.Prep && sources.Count >= 2 && PrepFollowedByEachOther(entry.Preposition!, m.Last, s))
        {
            targets = sources.Cast<string?>().ToList();
            return true;
        }
        targets = entry.Target switch
        {
            // "ordered [a news agency] to suspend …", "accused [Bahrain] of torture": an object between the entry's words
            // is the receiver; else the actor after the last word
            TargetKind.Object => m.Tokens.Length == 1 || objectArg is { } inside && inside.First > m.First && inside.End <= m.Last
                ? ActorsOrNull(objectArg) : NextAfter(m.Last, s),
            TargetKind.Next => NextAfter(m.Last, s),
            TargetKind.Prep => PrepAfter(entry.Preposition!, m.Last, s, allowed: frame),
            // "hosted his Ivorian counterpart for talks": an entry that names no receiver ("host talks") takes the actor
            // of an object between its words (not a statement's: "warned Iran that …" says what it says to Iran)
            _ => !entry.Cameo.StartsWith("01", StringComparison.Ordinal) && objectArg is { } guest && guest.First > m.First && guest.End <= m.Last
                && Actors(objectArg) is { Count: > 0 } guests ? guests.Cast<string?>().ToList() : [null],
        };
        if (entry.Target == TargetKind.Prep && entry.Preposition == "to" && AllNull(targets) && IndirectObject(frame) is { } given)
            targets = given;
        // "The Hungarian prime minister was invited to Washington for talks": the one invited
        if (AllNull(targets) && frame.Passive && Invitations.Contains(entry.Id) && ActorsFound(frame.Subject) is { } invited)
            targets = ActorsOrNull(invited);
        // "Sri Lanka was granted a loan by the IMF", "Ukraine was given new weapons": the subject of a passive verb of
        // giving that keeps its object is the receiver (the by-phrase, if any, the giver)
        if (entry.Target == TargetKind.Prep && entry.Preposition == "to" && AllNull(targets) && frame.Passive && frame.Relation != Dependency.Relative
            && frame.Subject is { } givenTo && arguments is not null && arguments.Tree.Child(frame.Head, "obj") >= 0 && ActorsFound(givenTo) is { } receiving)
            targets = ActorsOrNull(receiving);
        // "Japan will provide Sri Lanka with patrol boats", "supplied Ukraine with weapons": with the thing given in a
        // "with" phrase after the verb's object, the object is the receiver
        if (entry.Target == TargetKind.Prep && entry.Preposition == "to" && AllNull(targets) && !frame.Passive && frame.Object is { } equipped
            && equipped.End < _lowers.Length && _lowers[equipped.End] == "with" && m.Last > equipped.End && ActorsFound(equipped) is { } receivers)
            targets = ActorsOrNull(receivers);
        // "The Philippines protested China's use of water cannon against its vessels": without its preposition after
        // the verb (the one found belongs to the object), the entry's receiver is whose the object is
        if (entry.Target == TargetKind.Prep && m.Tokens.Length == 1 && objectArg is not null && !frame.Passive
            && targets.All(t => t is null || _excludedSides.Contains(Side(t)))
            && chunks.At(objectArg.Head) is { Kind: ChunkKind.NounPhrase } objectNoun
            && FirstOfOtherSide(ModifierActors(objectNoun, objectArg.Head, anyState: true)) is { } whose)
            targets = [whose];
        // "the cabinet asked the army to draw up a plan": the tree may make the one asked the subject of the infinitive
        if (entry.Target == TargetKind.Object && frame.Object is null && !frame.Passive && AllNull(targets) && ControlledSubject(frame) is { } asked)
            targets = ActorsOrNull(asked);
        if (entry.Target == TargetKind.Prep && m.Tokens.Length > 1 && PossessorOfMatchedNoun(m, sources) is { } owner)
        {
            // "blocked Kosovo's membership of the UN", "rejected Egypt's call for a truce": whose the thing is
            targets = [owner];
            return true;
        }
        if (entry.Target == TargetKind.Object && m.Tokens.Length > 1 && targets.Count == 1 && targets[0] is null)
        {
            var t2 = ActorsOrNull(objectArg);
            if (t2.Count > 0 && t2[0] is not null) targets = t2;
        }
        if (entry.Target is TargetKind.Object or TargetKind.Next && targets.Count == 1 && targets[0] is null)
        {
            // "condemned the attack on Israel", "imposed sanctions against Iran"
            foreach (var p in ReceiverPrepositions)
            {
                if (PrepActors(p, m.Last, s, maxDistance: 6, allowed: frame) is { } t3) { targets = t3; break; }
            }
        }
        if (targets.Count == 1 && targets[0] is null && m.Tokens.Length > 1)
        {
            // "backed the AU initiative", "rejected Egypt's proposal": the owner of the matched object noun
            foreach (var t in m.Tokens)
            {
                if (t == m.Head || !_tags[t].IsNoun() || chunks.At(t) is not { Kind: ChunkKind.NounPhrase } np) continue;
                // "repeated its demand": the actor's own thing names no receiver
                if (FirstOfOtherSide(ModifierActors(np, t, anyState: true)) is { } nounOwner) { targets = [nounOwner]; break; }
            }
        }
        if (targets.Count == 1 && targets[0] is null && objectArg is not null && OwnsWhatIsSaid(entry.Cameo)
            && chunks.At(objectArg.Head) is { Kind: ChunkKind.NounPhrase } objectPhrase)
        {
            // "rejected proposed Israeli changes", "welcomed the Saudi initiative", "accepted Egypt's demands": for acts
            // of saying and deciding, whose the object is is whom the act is aimed at
            if (FirstOfOtherSide(ModifierActors(objectPhrase, objectArg.Head, anyState: true)) is { } objectOwner) targets = [objectOwner];
        }
        // "brokered a ceasefire between Congo and Rwanda", "mediated talks between the army and the RSF": both sides
        if (AllNull(targets) && objectArg is not null && chunks.At(objectArg.Head) is { Kind: ChunkKind.NounPhrase } between
            && BetweenPair(between, s) is { Count: >= 2 } sides && sides.Where(a => !_excludedSides.Contains(Side(a))).ToList() is { Count: >= 2 } others)
            targets = others.Cast<string?>().ToList();
        // "offered to host peace talks between Venezuela and Guyana": the pair after the last noun the match names
        if (AllNull(targets) && _tags[m.Last].IsNoun() && chunks.At(m.Last) is { Kind: ChunkKind.NounPhrase } matchedNoun
            && BetweenPair(matchedNoun, s) is { Count: >= 2 } pair && pair.Where(a => !_excludedSides.Contains(Side(a))).ToList() is { Count: >= 2 } parties)
            targets = parties.Cast<string?>().ToList();
        // "rejected a truce plan put forward by Egypt and Qatar", "welcomed the deal brokered by Turkey": whoever made
        // what is answered is whom the answer is aimed at
        if (AllNull(targets) && objectArg is not null && OwnsWhatIsSaid(entry.Cameo) && MakersOf(frame, objectArg) is { Count: > 0 } makers)
            targets = makers;
        if (targets.Count == 1 && targets[0] is null && entry.Target != TargetKind.None && objectArg is not null && OwnersInPhrase(objectArg.Head) is { Count: > 0 } owners2)
            targets = owners2; // "attacked a camp for Congolese refugees", "demolished the homes of Palestinian families"
        // "condemned the coup in Niger", "welcomed the elections in Venezuela": words or deeds about an event aim at the
        // state where it happened
        if (targets.Count == 1 && targets[0] is null && entry.Target == TargetKind.Object && objectArg is not null && IsVerbal(entry.Cameo)
            && StateWhereObjectHappened(objectArg.Head) is { } where)
            targets = [where];
        // violence and repression on no named side ("killed 20 protesters in Nairobi", "arrested dozens in Minsk"), and
        // aid to people of no named side ("food aid to refugees in Chad"), go to where they happen
        bool aidTo = entry.Cameo.StartsWith("07", StringComparison.Ordinal) && entry.Preposition == "to";
        bool coercion = entry.Cameo.StartsWith("17", StringComparison.Ordinal);
        // "opened an investigation into war crimes in Sudan": an inquiry into what happened somewhere looks into that state
        bool inquiry = entry.Cameo.StartsWith("09", StringComparison.Ordinal);
        if (targets.Count == 1 && targets[0] is null && (IsViolent(entry) || coercion || aidTo || inquiry))
        {
            targets = PrepAfter("in", m.Last, s, maxDistance: aidTo ? 12 : 8, allowed: frame, acrossParticiples: aidTo);
            // "Kenya banned protests in Nairobi": restrictions in the actor's own state are done to its own people (below)
            if (coercion && targets is [{ } place] && AnyOnSideOf(sources, place)) targets = [null];
        }
        // "Rwanda deployed thousands of its soldiers in Congo": one's own forces are what is shown, not whom at
        if (entry.Cameo.StartsWith("15", StringComparison.Ordinal) && targets.Count > 0 && AllOwnSide(targets))
            targets = [null];
        if (targets.Count == 1 && targets[0] is null && entry.Cameo.StartsWith("15", StringComparison.Ordinal))
            targets = ForcePostureTarget(m.Last, s, frame);
        if (targets.Count == 1 && targets[0] is null && objectArg is not null && EarlierEventAgent(objectArg.Head) is { } agent)
            targets = [agent];
        return true;
    }

    /// <summary>The frames of a sentence (frames are in sentence order: a binary search for the first).</summary>
    private ReadOnlySpan<VerbFrame> FramesOf(int sentence)
    {
        var all = frames.All;
        int lo = 0, hi = all.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (all[mid].Sentence < sentence) lo = mid + 1; else hi = mid; }
        int end = lo;
        while (end < all.Length && all[end].Sentence == sentence) end++;
        return all.AsSpan(lo, end - lo);
    }

    /// <summary>The actors of the by-phrase of a passive participle describing the object ("a plan put forward by Egypt"), not of the acting side.</summary>
    private List<string?>? MakersOf(VerbFrame frame, Argument objectArg)
    {
        int index = frames.FrameOfToken[frame.Head];
        if (arguments is null || index < 0) return null;
        foreach (var f in FramesOf(frame.Sentence))
        {
            if (f.Governor != index || f.Relation != Dependency.Relative || !f.Passive || f.Agent is null) continue;
            int noun = arguments.Tree.Head(f.Head);
            if (noun < objectArg.First || noun >= objectArg.End) continue;
            var makers = Actors(f.Agent).Where(a => !_excludedSides.Contains(Side(a))).Cast<string?>().ToList();
            if (makers.Count > 0) return makers;
        }
        return null;
    }

    /// <summary>
    /// Who says that a side is behind a hostile act ("Ukraine said Russia was behind the explosion"): the subject of the
    /// verb that reports the clause, when a hostile act's noun follows the entry's words in it; empty otherwise.
    /// </summary>
    private List<string> AttributingSpeakers(TriggerMatch m, VerbFrame frame, Sentence s, List<string> subjects)
    {
        if (subjects.Count == 0 || frame.Relation != Dependency.Reported || frame.Governor < 0) return [];
        bool hostile = false;
        for (int t = m.Last + 1; t < s.EndToken && t <= m.Last + 6 && !hostile; t++)
        {
            if (_tags[t] is PosTag.Comma or PosTag.Period || frames.At(t) is not null) break;
            hostile = HostileNouns.ContainsKey(t);
        }
        return hostile ? Actors(frames.All[frame.Governor].Subject) : [];
    }

    /// <summary>Whether a phrase is "the other", "each other" or "one another".</summary>
    private bool NamesTheOther(Argument? phrase) =>
        phrase is { } p && p.End - p.First >= 2 && _lowers[p.First] is "the" or "each" or "one" && _lowers[p.First + 1] is "other" or "another"
        && (p.End - p.First == 2 || _lowers[p.First + 2] == "of");

    /// <summary>
    /// The denying frame whose object is a text (<c>denied-text</c>) that a clause says the content of: "denied claims
    /// by India that it had sheltered militants" (a clause on the noun), "denied a UN report which said its troops were
    /// fighting" (a clause reported by a relative clause on the noun); null otherwise. Sets <see cref="_deniedText"/>.
    /// </summary>
    private VerbFrame? DenierOfText(VerbFrame clause)
    {
        if (arguments is null || clause.Governor < 0) return null;
        var content = clause;
        var gov = frames.All[clause.Governor];
        // "a report which said / saying that …": the saying clause stands for the text
        if (clause.Relation == Dependency.Reported && gov.Relation is Dependency.Relative or Dependency.Participle && gov.Governor >= 0)
        {
            content = gov;
            gov = frames.All[gov.Governor];
        }
        if (content.Relation is not (Dependency.Relative or Dependency.Participle) || gov.Negated || !DenyingVerbs.Contains(gov.Lemma)
            || gov.Object is not { } denied) return null;
        int noun = arguments.Tree.Head(content.Head);
        if (noun != denied.Head || !DeniedTexts.Contains(pos.Lemmas[noun])) return null;
        _deniedText = noun;
        return gov;
    }

    /// <summary>
    /// Who a text is by: its possessor or a modifier ("India's claims", "a UN report"), or its "by" phrase ("claims by
    /// India"); never the denying side.
    /// </summary>
    private List<string?> AuthorsOfText(int noun, List<string> deniers)
    {
        bool Other(string? a) => a is not null && !deniers.Any(d => Side(d) == Side(a));
        // "a UN report": the actors stage made the text a document of its author
        if (mentions.AtToken(noun) is { } text && ActorById(text.ActorId) is { Kind: ActorKind.Document } doc
            && (doc.Affiliation ?? doc.Country) is { } author && ActorById(author) is not null && Other(author))
            return [author];
        if (chunks.At(noun) is { Kind: ChunkKind.NounPhrase } np && ModifierActors(np, noun, anyState: true).Where(Other).Cast<string?>().ToList() is { Count: > 0 } owners)
            return owners;
        if (ActorsAfterNoun(noun, "by", "from").Where(Other).ToList() is { Count: > 0 } named) return named;
        // "Cambodia accused Thailand of laying mines, a charge Bangkok denied": a text set in apposition after a clause
        // sums that clause up, and is by whoever made the statement it sits in (the subject of its topmost frame); the
        // parser may join it after its comma as a conjunct ("accused the UAE of arming the RSF, a charge Abu Dhabi denies")
        var relation = arguments?.Tree.Relation(noun);
        if (relation is not ("appos" or "conj")) return [];
        if (relation == "conj" && !(chunks.At(noun) is { } summing && summing.First > 0 && _tags[summing.First - 1] == PosTag.Comma)) return [];
        var said = VerbAbove(noun, maxSteps: 64);
        while (said is { Governor: >= 0 } && said.Relation is Dependency.Reported or Dependency.Participle or Dependency.Purpose)
            said = frames.All[said.Governor];
        return said is null ? [] : Actors(said.Subject).Where(Other).Cast<string?>().ToList();
    }

    /// <summary>The frame of "claimed responsibility / took credit for" right before a noun phrase, or null.</summary>
    private VerbFrame? ClaimantOf(Chunk np)
    {
        int f = np.First;
        if (f < 2 || _lowers[f - 1] != "for" || !ClaimedNouns.Contains(_lowers[f - 2])) return null;
        foreach (var frame in FramesOf(document.SentenceIndexAt(document.Tokens[f].Start)))
            if (frame.Object is { } o && f - 2 >= o.First && f - 2 < o.End && !frame.Passive && ClaimingVerbs.Contains(frame.Lemma)) return frame;
        return null;
    }

    /// <summary>The subject of the infinitive the frame controls through its object ("asked the army to draw up"), or null.</summary>
    private Argument? ControlledSubject(VerbFrame frame)
    {
        int index = frames.FrameOfToken[frame.Head];
        foreach (var f in FramesOf(frame.Sentence))
            if (f is { Relation: Dependency.ObjectControl, Subject: { } subject } && f.Governor == index && subject.First > frame.Head) return subject;
        return null;
    }

    /// <summary>
    /// The actor named as possessor of a noun of the matched entry ("Kosovo's membership"), or null. Not one on the
    /// sources' side, except a state's leader or government whose own people are the sources ("Kenyan protesters
    /// demanded the president's resignation").
    /// </summary>
    private string? PossessorOfMatchedNoun(TriggerMatch m, List<string> sources)
    {
        foreach (var t in m.Tokens)
        {
            if (t == m.Head || !_tags[t].IsNoun() || chunks.At(t) is not { Kind: ChunkKind.NounPhrase, HasPossessor: true } np) continue;
            var owners = ActorsInRange(np.First, np.PossessorEnd);
            if (owners.Count > 0 && (!_excludedSides.Contains(Side(owners[0])) || IsRulerOfPeople(owners[0], sources))) return owners[0];
        }
        return null;
    }

    /// <summary>Whether an actor is a government or a holder of a government office, and every source a people of its state.</summary>
    private bool IsRulerOfPeople(string ruler, List<string> sources)
    {
        if (ActorById(ruler) is not { Country: { } country } r) return false;
        bool governs = r.Kind == ActorKind.Government || r.Kind == ActorKind.Person && HasSectorCode(r, "GOV");
        if (!governs || sources.Count == 0) return false;
        foreach (var src in sources)
            if (ActorById(src) is not { } people || people.Country != country || !IsPeople(people)) return false;
        return true;
    }

    /// <summary>The sources of the events coded so far, with their roots, in text order.</summary>
    private readonly List<(string Root, string Source, string? Target)> _recentSources = tables.RecentSources;

    /// <summary>
    /// "Aoun condemned the strikes", "dismissed the offer", "rejected the charges": a definite object that names an
    /// earlier event of the article (a noun entry of the dictionary with the same root) stands for the agent of the
    /// latest such event on another side than the current source.
    /// </summary>
    private string? EarlierEventAgent(int head)
    {
        // "lifted most of the sanctions": the noun after a quantifier's "of"
        if (ClosedClasses.PartitiveQuantifiers.Contains(_lowers[head]) && head + 2 < _lowers.Length && _lowers[head + 1] == "of"
            && chunks.At(head + 2) is { Kind: ChunkKind.NounPhrase } quantified)
            head = quantified.Head;
        if (!_tags[head].IsNoun()) return null;
        // only a definite noun phrase points back: "the strikes", "this offer"
        if (chunks.At(head) is not { } np || _lowers[np.First] is not ("the" or "this" or "that" or "these" or "those")) return null;
        var lemma = Spelling.Normalize(pos.Lemmas[head]);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in dictionary.ByHead(lemma))
            if (e.Pos == EntryPos.Noun && e.Words.Length == 1) roots.Add(e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo);
        // "rejected the charges", "denied the claims": words for what an accusation says
        if (lemma is "charge" or "claim") roots.Add("11");
        if (roots.Count == 0) return null;
        for (int i = _recentSources.Count - 1; i >= 0; i--)
        {
            var (root, src, tgt) = _recentSources[i];
            if (!roots.Contains(root)) continue;
            if (!_excludedSides.Contains(Side(src))) return src;
            // "ECOWAS imposed sanctions on Niger … The bloc lifted the sanctions": the same side undoing its own act
            // undoes it for whom it was aimed at
            if (tgt is not null && !_excludedSides.Contains(Side(tgt))) return tgt;
        }
        return null;
    }

    /// <summary>
    /// "Five Palestinians were killed in an Israeli airstrike", "were wounded in a car bomb attack in Baghdad": the author
    /// of a passive act of violence without a by-phrase is the side whose attack its in/during phrase names, said before
    /// the phrase's head: any actor when the attack noun is part of the matched entry ("kill in airstrike"), else an
    /// armed one (a military, an armed group, unidentified attackers). Empty when there is none: "were killed in Gaza".
    /// </summary>
    private List<string> MeansAuthors(TriggerMatch m, VerbFrame frame)
    {
        if (arguments is null || frame.Head < 0) return [];
        var tree = arguments.Tree;
        foreach (int c in tree.Children(frame.Head))
        {
            if (tree.Relation(c) != "obl" || arguments.CaseOf(c) is not ("in" or "during")) continue;
            if (chunks.At(c) is not { Kind: ChunkKind.NounPhrase } np || np.First > c) continue;
            var who = ActorsInRange(np.First, c + 1);
            if (who.Count == 0) continue;
            if (Array.IndexOf(m.Tokens, c) >= 0 || who.All(a => ActorById(a)?.Kind is ActorKind.ArmedGroup or ActorKind.Military)) return who;
        }
        return [];
    }

    private static bool IsViolent(EventEntry e) => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("20", StringComparison.Ordinal);

    private bool ResolveNoun(TriggerMatch m, Sentence s, out VerbFrame? frame, out List<string> sources, out List<string?> targets, out bool nominalHypothetical)
    {
        frame = null;
        nominalHypothetical = false;
        _excludedSides.Clear();
        _sourcesFromPair = false;
        sources = [];
        targets = [null];
        int ci = chunks.ChunkOfToken[m.Head];
        if (ci < 0) return false;
        var np = chunks.All[ci];
        // "banned imports in retaliation for a customs decision by Pristina", "in protest at the arrests": a bare noun of
        // answering (word class answer-noun) after "in" and before what it answers says how the clause's own act was
        // meant; it is no act of its own
        if (m.First == np.First && m.Last == np.End - 1 && np.First > s.FirstToken && _lowers[np.First - 1] == "in" && AnswerNouns.Contains(pos.Lemmas[m.Head])
            && np.End < s.EndToken && _lowers[np.End] is "for" or "to" or "against" or "at" or "over") return false;
        // possessor or modifier inside the noun phrase: "Hamas' attack", "Israeli strikes", "US sanctions"; the possessor
        // of an act done to someone is whom it is done to ("Navalny's arrest", "the journalist's detention by …")
        // ("Turkey's arrest of the mayor": with an of-phrase, or a state or force as possessor, the possessor does it)
        // ("his eviction from the embassy": a possessive pronoun is a possessor too)
        int possessorEnd = np.HasPossessor ? np.PossessorEnd : _tags[np.First] == PosTag.PRPS && np.First < m.Head ? np.First + 1 : -1;
        List<string>? sufferers = possessorEnd > np.First && PatientNouns.Contains(pos.Lemmas[m.Head]) && !(m.Head + 1 < s.EndToken && _lowers[m.Head + 1] == "of")
            && ActorsInRange(np.First, possessorEnd) is var owners && owners.All(a => ActorById(a)?.Kind is not (ActorKind.State or ActorKind.Government or ActorKind.Military or ActorKind.Igo))
            ? owners : null;
        // "Israeli hostages held by Hamas": the people a victim noun names are whom the act is done to
        bool victimNoun = VictimNouns.Contains(pos.Lemmas[m.Head]);
        if (victimNoun && ModifierActors(np, m.Head) is { Count: > 0 } victims) sufferers = victims;
        sources = sufferers is null ? ModifierActors(np, m.Head) : [];
        // "a request by Turkey", "a call from the UN": who makes an appeal or demand named by its noun follows "by" or "from"
        bool asked = m.Entry.Cameo.StartsWith("02", StringComparison.Ordinal) || m.Entry.Cameo.StartsWith("10", StringComparison.Ordinal);
        if (sources.Count == 0 && sufferers is null && asked && m.Last + 2 < s.EndToken && _lowers[m.Last + 1] is "by" or "from"
            && ActorsFound(ArgAt(m.Last + 2)) is { } askers) sources = askers;
        // "Ukraine applied for EU membership", "vowed to pursue NATO membership": the organisation that modifies a noun of
        // joining is what is joined, and who seeks it is the subject of the verb above
        List<string?>? joined = null;
        if (sources.Count > 0 && JoinedNouns.Contains(pos.Lemmas[m.Head]) && sources.TrueForAll(IsOrganisation)
            && OuterVerbAbove(np.Head) is { Passive: false } seeker && Actors(seeker.Subject) is { Count: > 0 } seekers
            && !seekers.Exists(IsOrganisation))
        {
            joined = [.. sources];
            sources = seekers;
            frame = seeker;
        }
        if (sources.Count == 0 && np.First - 2 >= s.FirstToken && _tags[np.First - 1] == PosTag.CC)
        {
            // "Israel's air and ground war"
            int prev = chunks.ChunkOfToken[np.First - 2];
            if (prev >= 0 && chunks.All[prev].HasPossessor)
                sources = ActorsInRange(chunks.All[prev].First, chunks.All[prev].PossessorEnd);
        }
        // the verb that carries it: "launched an attack", "the attack was carried out by Hamas"
        var carrier = CarrierFrame(np);
        // "Hungary vetoed new EU sanctions", "blocked the aid package": a material act its carrier prevented did not happen
        if (carrier is not null && ThwartingVerbs.Contains(carrier.Lemma) && m.Entry.Cameo.Length >= 2 && ThwartableRoots.Contains(m.Entry.Cameo[..2])) return false;
        // "…, drawing a sharp rebuke from Israel", "the vote sparked condemnation from Russia": a reaction drawn from a
        // side is that side's, aimed at whoever drew it (or owns what drew it: "Japan's release of water prompted protests")
        // ("Hungary came under criticism from the EU": what one comes under, one draws; "Serbia signed the deal despite
        // criticism from the EU": what one does despite a reaction, drew it)
        if (sources.Count == 0 && (DoneDespite(np) ?? (carrier is null ? CameUnder(np) : DrawingCarrier(carrier, np))) is { Passive: false } drawer
            && PrepActors("from", Math.Max(m.Last, np.End - 1), s, maxDistance: 6, allowed: drawer) is [not null, ..] reactors)
        {
            frame = drawer;
            sources = reactors.Select(r => r!).ToList();
            var drawers = Actors(drawer.Subject);
            if (drawers.Count == 0 && drawer.Subject is { } cause && chunks.At(cause.Head) is { Kind: ChunkKind.NounPhrase } causePhrase)
                drawers = ModifierActors(causePhrase, cause.Head, anyState: true);
            var reacting = sources;
            targets = drawers.Where(d => !reacting.Any(r => Side(r) == Side(d))).Cast<string?>().ToList();
            if (targets.Count == 0) targets = [null];
            return true;
        }
        // "Israel responded with air strikes on southern Lebanon", "Iran retaliated with missile strikes": what one responds
        // with is one's own act
        if (sources.Count == 0 && np.First > 0 && _lowers[np.First - 1] == "with" && arguments is not null
            && frames.At(arguments.Tree.Head(np.Head)) is { Passive: false } responder && RespondingVerbs.Contains(responder.Lemma)
            && Actors(responder.Subject) is { Count: > 0 } responders)
        {
            frame = responder;
            sources = responders;
        }
        // "An Israeli delegation arrived in Cairo for talks with Hamas", "flew to Beijing for consultations": a meeting
        // named in the "for" phrase of a verb of going is had by whoever goes; "thanked Finland during a visit to
        // Helsinki", "spoke on a visit to Oslo", "pledged at a meeting in Athens": one named with "during", "on" or "at"
        // by whoever does what the verb says
        if (sources.Count == 0 && m.Entry.Cameo.StartsWith("04", StringComparison.Ordinal) && np.First > 0 && _lowers[np.First - 1] is "for" or "during" or "on" or "at"
            && (_lowers[np.First - 1] == "for" ? FrameGoneFor(np) : OuterVerbAbove(np.Head)) is { Passive: false } doer
            && (_lowers[np.First - 1] != "for" || TravellingVerbs.Contains(doer.Lemma))
            && Actors(doer.Subject) is { Count: > 0 } doers)
        {
            frame = doer;
            sources = doers;
        }
        // "Zambia received a $1.3 billion loan from the IMF": the giver is named with "from", the receiver is the subject
        if (sources.Count == 0 && carrier is { Passive: false } && ReceivingVerbs.Contains(carrier.Lemma)
            && carrier.Object is { } received && np.First >= received.First && np.First < received.End
            && PrepActors("from", Math.Max(m.Last, np.End - 1), s, maxDistance: 6, allowed: carrier) is [not null, ..] givers
            && Actors(carrier.Subject) is { Count: > 0 } receivers)
        {
            frame = carrier;
            sources = givers.Select(g => g!).Where(g => !receivers.Contains(g)).ToList();
            targets = receivers.Cast<string?>().ToList();
            return sources.Count > 0;
        }
        if (carrier is not null)
        {
            bool isObject = carrier.Object is { } o && (np.First >= o.First && np.First < o.End || IsWhatAmountIs(o, np));
            if (SupportVerbs.Contains(carrier.Lemma) || HypotheticalCarriers.Contains(carrier.Lemma))
            {
                // "met to discuss a prisoner swap", "rallied to demand a hostage deal": what is only talked over or asked
                // for, by no one named in it, is no act (the talks or the demand are coded on their own)
                // ("China and the United States welcomed the deal": what is approved, by no one named in it, is not theirs)
                if ((DeliberatingVerbs.Contains(carrier.Lemma) || AskingCarriers.Contains(carrier.Lemma) || WelcomingVerbs.Contains(carrier.Lemma)) && sources.Count == 0) return false;
                // "came to attend an opposition leader's trial", "monitored the elections": those who attend or watch an
                // act other than a meeting do not do it
                if (AttendingVerbs.Contains(carrier.Lemma) && sources.Count == 0 && !m.Entry.Cameo.StartsWith("04", StringComparison.Ordinal)) return false;
                frame = carrier;
                nominalHypothetical = HypotheticalCarriers.Contains(carrier.Lemma);
                if (sources.Count == 0)
                    sources = Actors(isObject ? (carrier.Passive ? carrier.Agent : carrier.Subject) : carrier.Agent);
            }
        }
        // "Indonesia sent two planes carrying aid to Myanmar": what a thing sent carries is sent by the sender
        if (sources.Count == 0 && carrier is { Relation: Dependency.Relative, Governor: >= 0, Subject: { } vehicle }
            && frames.All[carrier.Governor] is { Passive: false } sender && SupportVerbs.Contains(sender.Lemma)
            && sender.Object is { } sent && vehicle.Head >= sent.First && vehicle.Head < sent.End)
        {
            frame = sender;
            sources = Actors(sender.Subject);
        }
        // "the Houthis claimed responsibility for a missile attack": the act is the claimant's
        if (sources.Count == 0 && ClaimantOf(np) is { } claimant)
        {
            frame = claimant;
            sources = Actors(claimant.Subject);
        }
        if (sources.Count == 0)
        {
            // "attacks by Hamas", "the attack on Israel by Hamas"
            for (int k = np.End; k < s.EndToken && k < np.End + 7; k++)
            {
                // ("hostages held by Hamas": the participle that says who holds them)
                if (victimNoun && k == np.End && _tags[k] == PosTag.VBN) continue;
                if (frames.At(k) is not null || _tags[k] is PosTag.Period or PosTag.Colon or PosTag.Comma) break;
                if (_lowers[k] == "by" && k + 1 < s.EndToken)
                {
                    sources = ActorsOrNull(ArgAt(k + 1)).Where(x => x is not null).Select(x => x!).ToList();
                    break;
                }
            }
        }
        // "the arrest of two Australians in China", "the detention of a journalist in Minsk": coercion done to someone
        // (17x), named by its noun with no doer, is done by the state it is done in
        if (sources.Count == 0 && sufferers is null && PatientNouns.Contains(pos.Lemmas[m.Head]) && m.Entry.Cameo.StartsWith("17", StringComparison.Ordinal)
            && StateWhere(Math.Max(m.Last, np.End - 1), s, carrier) is { } host)
            sources = [host];
        // "Iranian and US delegations arrived in Muscat for talks", "gathered in Istanbul for a new round of talks": the
        // talks two sides go or gather for are held between them
        if (sources.Count == 0 && m.Entry.Cameo.StartsWith("04", StringComparison.Ordinal) && TalksGoneForBy(np, s) is { } goers)
        {
            sources = goers;
            _sourcesFromPair = true;
            targets = [null];
            return true;
        }
        // "Zelensky thanked Britain for a new package of military aid": material help named in the "for" phrase of thanking
        // is the thanked side's, given to whoever thanks ("thanked Israel for its support" thanks for a stance, no new act)
        if (sources.Count == 0 && m.Entry.Cameo.Length >= 2 && m.Entry.Cameo[..2] is "06" or "07" or "08"
            && ThankedForBy(np) is { } thanking && Actors(thanking.Object) is { Count: > 0 } helpers && Actors(thanking.Subject) is { Count: > 0 } thankers)
        {
            sources = helpers;
            frame = thanking;
            foreach (var a in sources) _excludedSides.Add(Side(a));
            targets = thankers.Where(a => !_excludedSides.Contains(Side(a))).Cast<string?>().ToList();
            if (targets.Count == 0) targets = [null];
            return true;
        }
        // "Belarus freed 52 prisoners after talks with a US envoy": talks with someone that a clause's act followed,
        // accompanied or preceded are held by the clause's subject
        if (sources.Count == 0 && m.Entry.Cameo.StartsWith("04", StringComparison.Ordinal) && np.First > s.FirstToken
            && (TimePhrases.IsPreposition(_lowers, np.First - 1) || _lowers[np.First - 1] == "amid") && np.End < s.EndToken && _lowers[np.End] == "with"
            && VerbAbove(np.Head) is { Passive: false } clause && Actors(clause.Subject) is { Count: > 0 } talkers)
        {
            sources = talkers;
            frame = clause;
        }
        if (sources.Count == 0 && m.Entry.Preposition != "between" && BetweenPair(np, s) is { Count: >= 2 } pair)
        {
            // "talks between Sudan and Chad", "fighting between the army and the RSF": each side acts on the other
            sources = pair;
            _sourcesFromPair = true;
            targets = [null];
            return true;
        }
        if (sources.Count == 0) return false;
        foreach (var a in sources) _excludedSides.Add(Side(a));
        if (sufferers is { Count: > 0 } && sufferers.Where(a => !_excludedSides.Contains(Side(a))).Cast<string?>().ToList() is { Count: > 0 } done)
        {
            targets = done;
            return true;
        }

        var entry = m.Entry;
        int last = Math.Max(m.Last, np.End - 1);
        targets = entry.Target switch
        {
            TargetKind.Next => NextAfter(m.Last, s),
            TargetKind.Prep => PrepAfter(entry.Preposition!, last, s, allowed: carrier),
            TargetKind.None => [null],
            _ => OfOrAgainst(last, s, carrier),
        };
        if (entry.Target == TargetKind.Prep && entry.Preposition == "to" && AllNull(targets) && IndirectObject(carrier) is { } given)
            targets = given;
        // "a prisoner swap in Abu Dhabi", "talks in Geneva": where an act done with someone is held is no party to it
        if (targets.Count == 1 && targets[0] is null && entry.Target != TargetKind.None)
            targets = OfOrAgainst(last, s, carrier, inIsVenue: entry.Target == TargetKind.Prep && entry.Preposition == "with");
        if (targets.Count == 1 && targets[0] is null && (IsViolent(entry) || entry.Cameo.StartsWith("09", StringComparison.Ordinal)))
            targets = PrepAfter("in", last, s, maxDistance: 8, allowed: carrier);
        if (targets.Count == 1 && targets[0] is null && entry.Cameo.StartsWith("15", StringComparison.Ordinal))
            targets = ForcePostureTarget(last, s, carrier);
        // "Malaysia summoned China's ambassador over an incursion by Chinese vessels", "Taiwan reported an intrusion by
        // 20 Chinese aircraft": an intrusion that names no one intruded on is into the side that complains of it
        if (targets.Count == 1 && targets[0] is null && IntrusionNouns.Contains(pos.Lemmas[m.Head]) && ComplainerOf(np) is { Count: > 0 } complainers)
            targets = complainers;
        // "China announced export controls in response to new US tariffs", "Moscow expelled two diplomats in retaliation
        // for the expulsion of its envoy": an act that names no receiver, answered by another side's act, was aimed at
        // the side that answers it
        if (targets.Count == 1 && targets[0] is null && entry.Target != TargetKind.None && AnswerersOf(np) is { Count: > 0 } answerers)
        {
            targets = answerers;
            _targetsAnswered = true;
        }
        if (targets.Count == 1 && targets[0] is null && entry.Target != TargetKind.None && carrier is not null && frame == carrier)
        {
            // "imposed sanctions on Russia" where the entry asked for the object
            foreach (var p in NounReceiverPrepositions)
            {
                if (PrepActors(p, last, s, maxDistance: 5, allowed: carrier) is { } t) { targets = t; break; }
            }
        }
        if (joined is not null) targets = joined;
        // "Myanmar rejected a UN call for elections", "Israel rejected Hamas's demand for a ceasefire", "Russia accepted a
        // request by Turkey": an appeal or demand that a verb answers was made on the answering side
        if (asked && AllNull(targets) && VerbAbove(m.Head) is { Passive: false } answer && answer.Object is { } answered
            && np.First >= answered.First && np.First < answered.End && Actors(answer.Subject) is { Count: > 0 } answering
            && NotOnSidesOf([.. answering], sources) is { Count: > 0 } askedOf && askedOf.Count == answering.Count)
            targets = askedOf;
        return true;
    }

    /// <summary>
    /// The source of the latest accusation or criticism (11x) coded in the two sentences before, by another side than the
    /// deniers, that was made against one of them or names one of them in its sentence; null when none.
    /// </summary>
    private string? AccuserAnswered(List<string> deniers, Sentence s)
    {
        if (deniers.Count == 0) return null;
        foreach (var e in EventsBefore(s, 2))
        {
            if (e.Root != "11" || e.Negated || e.Hypothetical || AnyOnSideOf(deniers, e.Source)) continue;
            bool against = e.Target is { } t && AnyOnSideOf(deniers, t);
            bool named = false;
            foreach (var m in mentions.InSpan(e.Sentence.Start, e.Sentence.End))
                if (AnyOnSideOf(deniers, m.ActorId)) { named = true; break; }
            if (against || named) return e.Source;
        }
        return null;
    }

    private bool IsOrganisation(string id) => ActorById(id)?.Kind is ActorKind.Igo;

    private static readonly HashSet<string> FailingVerbs = EventWords.Default.FailingVerbs;

    /// <summary>
    /// The frame of the verb the "for" phrase of a noun phrase hangs on ("arrived in Cairo for talks"), or null. "For a
    /// new round of talks", "return to Geneva this week for talks": the parse may hang the phrase on a noun that itself
    /// hangs on the verb.
    /// </summary>
    private VerbFrame? FrameGoneFor(Chunk np)
    {
        if (arguments is null) return null;
        int head = arguments.Tree.Head(np.Head);
        if (head >= 0 && frames.At(head) is null && arguments.Tree.Relation(head) is "obl" or "obl:unmarked" or "obl:tmod" or "nmod") head = arguments.Tree.Head(head);
        return head >= 0 ? frames.At(head) : null;
    }

    /// <summary>
    /// The two or more sides that are the subject of the verb a "for" phrase hangs on ("Iranian and US delegations
    /// arrived in Muscat for talks"), or null (one side, a passive verb, no such phrase).
    /// </summary>
    private List<string>? TalksGoneForBy(Chunk np, Sentence s)
    {
        if (np.First <= s.FirstToken || _lowers[np.First - 1] != "for") return null;
        if (FrameGoneFor(np) is not { Passive: false } goer || Actors(goer.Subject) is not { Count: >= 2 } goers) return null;
        for (int i = 1; i < goers.Count; i++)
            if (Side(goers[i]) != Side(goers[0])) return goers;
        return null;
    }

    /// <summary>The actors of "between X and Y" right after a noun phrase (on two different sides), or null (no empty list made).</summary>
    private List<string>? BetweenPair(Chunk np, Sentence s)
    {
        int k = np.End;
        if (k < s.EndToken && _lowers[k] == "of" && chunks.At(k + 1) is { Kind: ChunkKind.NounPhrase } inner) k = inner.End; // "a round of talks between"
        if (k + 1 >= s.EndToken || _lowers[k] != "between") return null;
        // "the talks between X and Y stalled": what failed is no act of theirs
        for (int f = k + 1; f < s.EndToken; f++)
            if (frames.At(f) is { } verb && verb.Subject is { } subj && subj.End > np.First && subj.First < verb.First)
            {
                if (FailingVerbs.Contains(verb.Lemma)) return null;
                break;
            }
        var pair = SidesBetween(k + 1, s);
        return pair is { Count: >= 2 } && Side(pair[0]) != Side(pair[1]) ? pair : null;
    }

    /// <summary>Drills and deployments aim at whom they surround: "drills around Taiwan", "troops along the border with Eritrea", "warships off Yemen".</summary>
    private static readonly HashSet<string> IntrusionNouns = EventWords.Default.IntrusionNouns;

    /// <summary>
    /// The actors, other than the act's own sides, of the subject of the active verb a noun phrase is the object or an
    /// oblique of ("[Malaysia] summoned … over an incursion"), that have a territory (<see cref="HasTerritory"/>), or null.
    /// </summary>
    private List<string?>? ComplainerOf(Chunk np)
    {
        if (arguments is null) return null;
        int head = arguments.Tree.Head(np.Head);
        if (head < 0 || frames.At(head) is not { Passive: false } complainer || !(arguments.Tree.Is(np.Head, "obj") || arguments.Tree.Is(np.Head, "obl"))) return null;
        return TerritorialSidesOf(complainer);
    }

    /// <summary>The actors of a frame's subject, other than the act's own sides, that have a territory (<see cref="HasTerritory"/>); null when none.</summary>
    private List<string?>? TerritorialSidesOf(VerbFrame frame)
    {
        List<string?>? sides = null;
        foreach (var a in Actors(frame.Subject))
            if (!_excludedSides.Contains(Side(a)) && HasTerritory(a)) (sides ??= []).Add(a);
        return sides;
    }

    /// <summary>
    /// The actors, other than the act's own sides, of the subject of the active verb whose "in response to", "in
    /// retaliation for" or "in protest at" phrase (word class answer-noun) holds the noun phrase, that have a territory;
    /// null when the phrase is no such answer.
    /// </summary>
    private List<string?>? AnswerersOf(Chunk np)
    {
        int noun = np.First - 2;
        if (arguments is null || noun < 1 || _lowers[np.First - 1] is not ("to" or "for" or "at" or "against" or "over")
            || _lowers[noun - 1] != "in" || !AnswerNouns.Contains(pos.Lemmas[noun])) return null;
        return VerbAbove(noun) is { Passive: false } answering ? TerritorialSidesOf(answering) : null;
    }

    /// <summary>
    /// Whether an actor is or acts for a state, whose airspace, waters or land can be intruded on: not an organisation,
    /// a mission or a medium that only records the intrusions ("UNIFIL recorded 900 Israeli air violations").
    /// </summary>
    private bool HasTerritory(string id) =>
        ActorById(id) is { } a && a.Kind is not (ActorKind.Igo or ActorKind.Ngo or ActorKind.Media or ActorKind.Document) && (a.Kind != ActorKind.Person || a.Country is not null);

    /// <summary>Whether every actor of a phrase is on one of the acting sides.</summary>
    private bool AllOwnSide(List<string?> actors)
    {
        foreach (var a in actors)
            if (a is null || !_excludedSides.Contains(Side(a))) return false;
        return true;
    }

    private List<string?> ForcePostureTarget(int last, Sentence s, VerbFrame? allowed)
    {
        foreach (var p in PosturePrepositions)
        {
            if (PrepActors(p, last, s, maxDistance: 8, allowed: allowed) is not { } t) continue;
            // "stepped up patrols along its border with Belarus": one's own border is shared with the side named after it
            if (AllOwnSide(t))
                return PrepActors("with", last, s, maxDistance: 12, allowed: allowed) is [{ } other, ..] && !_excludedSides.Contains(Side(other)) ? [other] : [null];
            return t;
        }
        // "deployed troops in Belarus", "moved forces into Ukraine": another state the forces go into
        foreach (var p in IntoPrepositions)
        {
            if (PrepActors(p, last, s, maxDistance: 8, allowed: allowed) is [{ } state] t && ActorById(state) is { Kind: ActorKind.State } && !_excludedSides.Contains(Side(state))) return t;
        }
        return [null];
    }

    /// <summary>
    /// The actors of the first of "against, on, of, with, in, to" that follows a noun's event ("the attack on Israel",
    /// "strikes in Syria"); with <paramref name="inIsVenue"/> (acts done with someone) an "in" phrase names where, not whom.
    /// </summary>
    private List<string?> OfOrAgainst(int last, Sentence s, VerbFrame? carrier, bool inIsVenue = false)
    {
        foreach (var p in OfOrAgainstPrepositions)
        {
            if (inIsVenue && p == "in") continue;
            if (PrepActors(p, last, s, maxDistance: 3, allowed: carrier) is { } t) return t;
        }
        return [null];
    }

    /// <summary>
    /// A verb of warning whose reported clause says how things are, with no modal or future and no subject on the
    /// warner's side ("warns the ceasefire is eroding"); "warned it would close the strait" and "warned that violators
    /// will be punished" are threats.
    /// </summary>
    private bool WarnsOfAState(VerbFrame frame, List<string> sources)
    {
        if (!WarningVerbs.Contains(frame.Lemma) || frame.Object is not null) return false;
        int index = frames.FrameOfToken[frame.Head];
        foreach (var f in FramesOf(frame.Sentence))
        {
            if (f.Governor != index || f.Relation != Dependency.Reported) continue;
            if (f.Future || f.Modal is not null || f.Conditional || f.HasCondition) return false;
            if (Actors(f.Subject).Any(a => sources.Any(src => Side(src) == Side(a)))) return false;
            return true;
        }
        return false;
    }

    /// <summary>Whether a noun is the subject of a verb of speech ("the force said", "the agreement states").</summary>
    private bool SubjectOfSpeech(int noun)
    {
        if (arguments is null || noun >= arguments.Tree.Count || !arguments.Tree.Is(noun, "nsubj")) return false;
        int verb = arguments.Tree.Head(noun);
        return verb > noun && SpeechVerbs.Default.IsSpeech(pos.Lemmas[verb]);
    }

    /// <summary>Whether a noun and a name stand in apposition ("its peacekeeping force, KFOR", "KFOR, the peacekeeping force").</summary>
    private bool InAppositionWithActor(int noun)
    {
        if (arguments is null || noun >= arguments.Tree.Count) return false;
        var tree = arguments.Tree;
        foreach (int c in tree.Children(noun))
            if (tree.Is(c, "appos") && IsName(c)) return true;
        return tree.Is(noun, "appos") && tree.Head(noun) is >= 0 and var h && IsName(h);
        // a place is where something happened ("BANGKOK, Sept 26 — A Myanmar airstrike"), not who it is
        bool IsName(int t) => mentions.AtToken(t) is { } m && m.Role != "place";
    }

    /// <summary>A frame whose verb says what its object is: an xcomp noun or adjective ("called X a provocation", "declared X illegal").</summary>
    private bool HasObjectPredicate(VerbFrame f)
    {
        if (arguments is null || f.Object is null || f.Head < 0 || f.Head >= arguments.Tree.Count) return false;
        foreach (int c in arguments.Tree.Children(f.Head))
            if (c > f.Object.First && arguments.Tree.Is(c, "xcomp") && (_tags[c].IsNoun() || _tags[c] is PosTag.JJ)) return true;
        return false;
    }

    /// <summary>
    /// "Ukraine thanked Denmark for sending F-16 jets": the help (cooperation, aid, a concession) a side is thanked for,
    /// it gave the ones who thank, other than itself; null when the act is no help or is not what someone thanks for
    /// (a veto or a strike one is thanked for is not aimed at the one who thanks).
    /// </summary>
    private List<string?>? ThankingSides(EventEntry entry, VerbFrame frame, List<string> doers)
    {
        if (entry.Cameo.Length < 2 || entry.Cameo.AsSpan(0, 2) is not ("04" or "05" or "06" or "07" or "08")) return null;
        if (frame.Relation != Dependency.Reported || frame.Governor < 0 || frames.All[frame.Governor] is not { Lemma: "thank", Passive: false } thanking) return null;
        var helped = Actors(thanking.Subject);
        for (int k = helped.Count - 1; k >= 0; k--) // a loop, not RemoveAll: its closure was made at every call
            if (AnyOnSideOf(doers, helped[k])) helped.RemoveAt(k);
        return helped.Count > 0 ? ActorsOrNull(helped) : null;
    }

    /// <summary>The carrier when it is a drawing verb whose object holds the noun phrase ("drew a rebuke"), else null.</summary>
    private static VerbFrame? DrawingCarrier(VerbFrame carrier, Chunk np) =>
        DrawingVerbs.Contains(carrier.Lemma) && carrier.Object is { } drawn && np.First >= drawn.First && np.First < drawn.End ? carrier : null;

    /// <summary>The frame of the nearest verb above a "despite" or "amid" phrase (word class concessive) of the noun phrase ("met Putin despite criticism"), else null.</summary>
    private VerbFrame? DoneDespite(Chunk np) =>
        np.First > 0 && ConcessivePhrases.IsWord(_lowers[np.First - 1]) ? VerbAbove(np.Head) : null;

    /// <summary>The frame of "come" whose "under" phrase is the noun phrase ("came under criticism"), else null.</summary>
    private VerbFrame? CameUnder(Chunk np) =>
        arguments is not null && np.First > 0 && _lowers[np.First - 1] == "under" && frames.At(arguments.Tree.Head(np.Head)) is { Lemma: "come" } f ? f : null;

    /// <summary>
    /// The frame of the verb whose infinitive or participle chain the nearest verb above a token ends ("called on India to
    /// stop buying oil during a visit": "called"), or null.
    /// </summary>
    private VerbFrame? OuterVerbAbove(int token)
    {
        var f = VerbAbove(token);
        for (int guard = 0; f is { Governor: >= 0 } && guard < 6; guard++)
        {
            if (f.Relation is not (Dependency.SubjectControl or Dependency.ObjectControl or Dependency.Participle or Dependency.Purpose)) break;
            f = frames.All[f.Governor];
        }
        return f;
    }

    /// <summary>The two or more actors of the subject of the nearest frame above (three steps at most) whose subject names several, or null.</summary>
    private List<string>? CoordinatedSubjectAbove(VerbFrame frame)
    {
        var cur = frame;
        for (int depth = 0; depth < 3 && cur.Governor >= 0; depth++)
        {
            cur = frames.All[cur.Governor];
            if (Actors(cur.Subject) is { Count: >= 2 } several) return several;
            if (cur.Subject is { } named && !IsReciprocal(named)) return null;
        }
        return null;
    }

    /// <summary>
    /// "Hamas accused Israel of killing three Palestinians", "accused Israel of violating the truce by shelling Gaza",
    /// "accused Russia of failing to protect Armenia": whether a verb is (or is under) the gerund of a verb of accusing
    /// (word class accusing): what the accusation says was done is its content, not an act coded on its own.
    /// </summary>
    private bool IsAccusedAct(VerbFrame frame)
    {
        var cur = frame;
        for (int depth = 0; depth < 3 && cur.Governor >= 0; depth++)
        {
            var gov = frames.All[cur.Governor];
            // "…, a charge Khartoum rejected": a relative clause on a noun says what its own subject does, unless it is
            // the gerund with "of", "for" or "with" that the parser hung on the accused ("convicted a Russian spy of
            // planning sabotage")
            if (cur.Relation == Dependency.Relative)
                return AccusingVerbs.Contains(gov.Lemma) && cur.Head > gov.Head + 1 && _tags[cur.Head] == PosTag.VBG && _lowers[cur.Head - 1] is "of" or "for" or "with";
            if (AccusingVerbs.Contains(gov.Lemma) && cur.Head > gov.Head && _tags[cur.Head] == PosTag.VBG) return true;
            cur = gov;
        }
        return false;
    }

    /// <summary>The frame of the nearest verb above a token in the tree (<paramref name="maxSteps"/> steps at most), or null.</summary>
    private VerbFrame? VerbAbove(int token, int maxSteps = 3)
    {
        if (arguments is null) return null;
        for (int k = arguments.Tree.Head(token), step = 0; k >= 0 && step < maxSteps; k = arguments.Tree.Head(k), step++)
            if (frames.At(k) is { } f) return f;
        return null;
    }

    private VerbFrame? CarrierFrame(Chunk np)
    {
        foreach (var f in FramesOf(document.SentenceIndexAt(document.Tokens[np.First].Start)))
        {
            // "called the arrest a kidnapping", "declared the blockade illegal": an object with a predicate after it is
            // judged, not carried out
            if (HasObjectPredicate(f)) continue;
            if (f.Object is { } o && np.First >= o.First && np.First < o.End && HasMemberOf(o, np)) return f;
            // "staged a second day of drills", "launched a wave of strikes": the event noun ends the object's "of" chain;
            // "announced $50 million in aid": what an amount is, with "in"
            if (f.Object is { } q && np.First > q.First && np.End == q.End && np.First >= 1 && _lowers[np.First - 1] == "of") return f;
            if (f.Object is { } amount && IsWhatAmountIs(amount, np)) return f;
            if (f.Passive && f.Subject is { } sub && HasMemberStartingAt(sub, np.First)) return f;
        }
        return null;
    }

    /// <summary>
    /// Whether the noun at <paramref name="head"/> is in the frame's object, or says what the object's amount is
    /// ("provided 10 million euros of humanitarian aid", "announced $50 million in aid").
    /// </summary>
    internal bool IsInObject(VerbFrame frame, int head)
    {
        if (frame.Object is not { } o) return false;
        if (head >= o.First && head < o.End) return true;
        return chunks.At(head) is { Kind: ChunkKind.NounPhrase } np && IsWhatAmountIs(o, np);
    }

    /// <summary>
    /// "announced $50 million in aid", "pledged 2 billion euros in loans": whether the noun phrase, with "in", says what
    /// an amount (an argument holding a number) is, hanging on one of its words.
    /// </summary>
    private bool IsWhatAmountIs(Argument amount, Chunk np)
    {
        if (arguments is null || np.First <= amount.First || _lowers[np.First - 1] != "in") return false;
        int on = arguments.Tree.Head(np.Head);
        if (on < amount.First || on >= amount.End) return false;
        for (int k = amount.First; k < np.First - 1; k++)
            if (_tags[k] == PosTag.CD) return true;
        return false;
    }

    /// <summary>Whether a member of the argument starts where the noun phrase does or holds its head.</summary>
    private static bool HasMemberOf(Argument a, Chunk np)
    {
        for (int i = 0; i < a.Members.Count; i++)
            if (a.Members[i].First == np.First || a.Members[i].Contains(np.Head)) return true;
        return false;
    }

    private static bool HasMemberStartingAt(Argument a, int first)
    {
        for (int i = 0; i < a.Members.Count; i++)
            if (a.Members[i].First == first) return true;
        return false;
    }

    /// <summary>Negation and modality from the frame and the verbs it depends on; skip for things others were urged to do.</summary>
    private void Flags(VerbFrame frame, out bool negated, out bool hypothetical, out bool skip)
    {
        negated = frame.Negated;
        hypothetical = frame.Conditional;
        skip = false;
        // "threatened to cut ties if Israel attacked the flotilla", "will respond unless NATO withdraws": a condition says
        // what would set an act off, not an act anyone has done or announced (the threat or promise is coded on its own)
        if (frame.IsCondition)
        {
            skip = true;
            return;
        }
        // "Russia must withdraw its troops, the United States said": what a speaker says another side must do is the
        // speaker's demand (CodeModalDemands), not an act of that side
        if (IsDemandedBySpeaker(frame))
        {
            skip = true;
            return;
        }
        if (frame.Modal is { } md && HypotheticalModals.Contains(md) && !(md == "would" && frame.Relation == Dependency.Reported && frame.Governor >= 0 && frames.All[frame.Governor].Past))
            hypothetical = true;
        // "its demand that Israel ease restrictions": what a demand noun says must be done is not done
        if (DemandNounOf(frame.Head) >= 0 && IsMandative(frame))
        {
            skip = true;
            return;
        }
        var cur = frame;
        for (int depth = 0; depth < 4 && cur.Governor >= 0; depth++)
        {
            var gov = frames.All[cur.Governor];
            // ("if Russia sends troops to seize the port": what a condition's act would do is no act either)
            if (gov.IsCondition) { skip = true; return; }
            // "sent experts to investigate": a purpose is not yet done; "urged China to use its influence to end the
            // war": nor is the purpose of what others are urged to do, which is skipped as that act is
            if (cur.Relation == Dependency.Purpose)
            {
                hypothetical = true;
                if (gov.Relation != Dependency.ObjectControl) break;
                cur = gov;
                continue;
            }
            // "demanded that Israel ease restrictions": what others are told must be done is not done (the demand is
            // coded on its own)
            if (cur.Relation == Dependency.Reported && ModalityFrames.TryGetValue(gov, out var asked) && asked is "demand" or "appeal" && IsMandative(cur)) { skip = true; return; }
            // "ordered the army to resume operations": a command to one's own forces is carried out; what others are
            // urged or asked to do is not
            // ("prompted Mexico to cut ties", "forced Russia to withdraw": what one is made to do is done)
            if (cur.Relation == Dependency.ObjectControl && !IsOwnForcesOrder(cur, gov) && !CausingVerbs.Contains(gov.Lemma)) { skip = true; return; }
            if (cur.Relation == Dependency.SubjectControl)
            {
                if (NegatingGovernors.Contains(gov.Lemma) && !gov.Negated)
                {
                    negated = true;
                    if (DenyingVerbs.Contains(gov.Lemma) && !RefusingGovernors.Contains(gov.Lemma)) _deniedBy ??= gov;
                    _refusedByGovernor |= depth == 0 && RefusingGovernors.Contains(gov.Lemma);
                }
                else if (HypotheticalGovernors.Contains(gov.Lemma) || gov.Passive && gov.Lemma is "expect" or "set" or "schedule" or "due") hypothetical = true;
                // ("did not hesitate to send troops": they were sent)
                bool doneWithoutHesitating = VowingWhenNegated.Contains(gov.Lemma) && gov.Past && gov.Modal is null;
                if (gov.Negated && !NegatingGovernors.Contains(gov.Lemma) && !doneWithoutHesitating)
                {
                    hypothetical = true;
                    // "is not expected to attack", "does not plan to visit"
                    if (HypotheticalGovernors.Contains(gov.Lemma) || gov.Passive) negated = true;
                }
            }
            // "denied that Russia attacked", "dismissed claims": what is denied is not asserted
            // ("rejected direct talks, calling Washington untrustworthy": a participle clause after a comma is the subject's
            // own act, not what it denies)
            if (cur.Relation is Dependency.Reported or Dependency.Participle && DenyingVerbs.Contains(gov.Lemma) && !gov.Negated
                && !IsParticipleAfterComma(cur))
            {
                negated = true;
                _deniedBy ??= gov;
            }
            if (DenierOfText(cur) is { } textDenier)
            {
                negated = true;
                _deniedBy ??= textDenier;
                break;
            }
            // "refused to say whether it had sent drones": what one declines to say is not asserted
            if (cur.Relation == Dependency.Reported && gov.Relation == Dependency.SubjectControl && gov.Governor >= 0
                && NegatingGovernors.Contains(frames.All[gov.Governor].Lemma) && SayingVerbs.Contains(gov.Lemma))
                hypothetical = true;
            // "tried to force Iran to withdraw", "did not force Russia to withdraw": what one is made to do is done only
            // as far as the making is
            bool caused = cur.Relation == Dependency.ObjectControl && CausingVerbs.Contains(gov.Lemma);
            if (caused && gov.Negated) negated = true;
            if (cur.Relation is not (Dependency.SubjectControl or Dependency.Participle) && !caused) break;
            if (gov.Modal is { } gm && HypotheticalModals.Contains(gm) || gov.Conditional) hypothetical = true;
            cur = gov;
        }
    }

    /// <summary>
    /// A that-clause that says what must be done, not what is: a bare verb ("demanded that Israel withdraw") or a modal
    /// of obligation ("insisted that Iran should stop"); "insists it still intends to join" asserts.
    /// </summary>
    private bool IsMandative(VerbFrame frame) =>
        frame.Modal is "should" or "must" or "shall" || frame.Modal is null && !frame.Infinitive
            && (_tags[frame.Head] == PosTag.VB || _tags[frame.Head] == PosTag.VBP && frame.Subject is { } subject && _tags[subject.Head] is PosTag.NN or PosTag.NNP);

    private bool ReportsAClause(VerbFrame frame)
    {
        int index = frames.FrameOfToken[frame.Head];
        for (int i = index + 1; i < frames.All.Length && frames.All[i].Sentence == frame.Sentence; i++)
            if (frames.All[i].Governor == index && frames.All[i].Relation == Dependency.Reported) return true;
        return false;
    }

    private static readonly HashSet<string> OrderVerbs = EventWords.Default.OrderVerbs;

    /// <summary>Whether an object-control frame is a command to the governor's own side ("Petro ordered the armed forces to …").</summary>
    private bool IsOwnForcesOrder(VerbFrame frame, VerbFrame gov) =>
        OrderVerbs.Contains(gov.Lemma) && !gov.Negated && Actors(gov.Subject) is { Count: > 0 } commanders && AreOwnForces(frame.Subject, commanders[0]);

    /// <summary>Whether those ordered are the commander's own side; unnamed forces ("the armed forces", "troops") are.</summary>
    private bool AreOwnForces(Argument? ordered, string commander)
    {
        var named = Actors(ordered);
        return named.Count == 0 ? ordered is not null && _lowers[ordered.Head] is "forces" or "troops" or "army" or "military" or "police" or "soldiers" or "navy" or "units"
            : named.All(o => Side(o) == Side(commander));
    }

    /// <summary>The event's date and its precision: the nearest date of its clause, else the publication day.</summary>
    private (DateOnly? Date, string Precision) DateFor(TriggerMatch m, Sentence s, List<DateMention> dates, bool future, bool notYet)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        var own = frames.At(m.Head);
        foreach (var d in dates)
        {
            int dist = d.FirstToken > m.Last ? d.FirstToken - m.Last : d.EndToken <= m.First ? m.First - d.EndToken + 1 : 0;
            if (CrossesOtherVerb(Math.Min(d.EndToken, m.First), Math.Max(d.FirstToken, m.Last), own, m.Head)) continue;
            // a date across a clause boundary (another verb with its own subject) is weaker
            if (dist < bestDistance) { best = d; bestDistance = dist; }
        }
        if (best is not null) return (best.Resolve(document.Info.Published, future), best.Precision);
        return (notYet ? null : document.Info.Published, DatePrecisions.Day);
    }

    /// <summary>Whether a finite verb other than the trigger's own stands between two tokens (the date belongs to that clause).</summary>
    private bool CrossesOtherVerb(int from, int to, VerbFrame? own, int head)
    {
        for (int k = from; k < to; k++)
            if (frames.At(k) is { } f && f != own && !f.NonFinite && !f.Infinitive && f.Relation != Dependency.Reported
                && !Holds(f.Subject, head) && !Holds(f.Object, head)
                && !(own is not null && own.Relation == Dependency.Reported && frames.All[own.Governor] == f))
                return true;
        return false;
    }

    private static bool Holds(Argument? a, int token) => a is not null && token >= a.First && token < a.End;

    /// <summary>
    /// The actors of a prepositional phrase with <paramref name="prep"/> that the tree hangs on the trigger: an
    /// oblique of its verb, or a modifier of the trigger noun or of the verb's object ("the attack on Israel"),
    /// right of the trigger. Null when the tree has none with an actor.
    /// </summary>
    private List<string?>? PrepInTree(string prep, int last, Sentence s, VerbFrame? allowed)
    {
        if (arguments is null) return null;
        var tree = arguments.Tree;
        Span<int> anchors = stackalloc int[4];
        int count = 0;
        if (allowed is not null) anchors[count++] = allowed.Head;
        anchors[count++] = last;
        if (allowed is not null && tree.Child(allowed.Head, "obj") is int o and >= 0) anchors[count++] = o;
        if (chunks.At(last) is { Kind: ChunkKind.NounPhrase } np && np.Head != last) anchors[count++] = np.Head;
        for (int a = 0; a < count; a++)
            foreach (int c in tree.Children(anchors[a]))
            {
                if (c <= last || c >= s.EndToken || tree.Relation(c) is not ("obl" or "nmod")) continue;
                if (arguments.CaseOf(c) != prep || TimePhrases.EndsBefore(_lowers, _tags, arguments.ArgumentAt(c) is { } phrase ? phrase.First : c)) continue;
                var found = prep == "between" && arguments.ArgumentAt(c) is { } sides ? SidesBetween(sides.First, s) : ActorsFound(arguments.ArgumentAt(c));
                if (found is { Count: > 0 }) return ActorsOrNull(found);
            }
        // "approved the sale of $1.3 billion worth of missiles, radars and equipment to Taiwan": the phrase hangs on a
        // word deep in the object, through its of-phrases and lists
        if (allowed is not null && tree.Child(allowed.Head, "obj") is int obj and >= 0)
            return PrepInsideObject(tree, obj, prep, last, s, depth: 0);
        return null;
    }

    /// <summary>The actors of the first phrase with <paramref name="prep"/> inside an object, down its nmod and conj chains (at most six deep).</summary>
    private List<string?>? PrepInsideObject(Demarche.Grammar.Dependencies tree, int head, string prep, int last, Sentence s, int depth)
    {
        if (depth > 6) return null;
        foreach (int c in tree.Children(head))
        {
            if (c >= s.EndToken || tree.Relation(c) is not ("nmod" or "conj" or "nmod:unmarked")) continue;
            if (c > last && tree.Relation(c) == "nmod" && arguments!.CaseOf(c) == prep)
            {
                if (ActorsFound(arguments.ArgumentAt(c)) is { } found) return ActorsOrNull(found);
            }
            if (PrepInsideObject(tree, c, prep, last, s, depth + 1) is { } deeper) return deeper;
        }
        return null;
    }

    // ---- actors ----

    private List<string> Actors(Argument? arg) => ActorsFound(arg) ?? new List<string>();

    /// <summary>
    /// The actors of an argument in a new list, or null when it names none: the callers that only look for actors make
    /// no list for a phrase without any.
    /// </summary>
    private List<string>? ActorsFound(Argument? arg)
    {
        if (arg is null) return null;
        if (arg.Members.Count == 1)
        {
            if (ActorOf(arg.First, arg.End, arg.Head) is { } a) return [a];
            // "urged both sides", "the two neighbours fought": the pair the article named before
            if (arg.Members[0] is { } only && Pairs.Resolve(only.First, only.End, _excludedSides) is { Count: > 0 } pair)
            {
                _sourcesFromPair |= _excludedSides.Count == 0;
                return [.. pair];
            }
            return null;
        }
        List<string>? result = null;
        for (int i = 0; i < arg.Members.Count; i++) // by index: Members is an interface, its enumerator a box
            if (arg.Members[i] is var c && ActorOf(c.First, c.End, c.Head) is { } a && (result is null || !result.Contains(a))) (result ??= []).Add(a);
        return result;
    }

    /// <summary>
    /// "Finland will give Tanzania a grant", "sent Ukraine weapons": the indirect object of a verb of giving is the
    /// receiver that "to" would name; null when the verb has none with an actor.
    /// </summary>
    private List<string?>? IndirectObject(VerbFrame? frame)
    {
        if (frame is null || arguments is null) return null;
        int io = arguments.Tree.Child(frame.Head, "iobj");
        // "China granted Pakistan a loan": the parse may read both as objects; the first of two is the indirect one
        if (io < 0) io = FirstOfTwoObjects(frame.Head);
        if (io < 0) return null;
        return ActorsFound(arguments.ArgumentAt(io)) is { } found ? ActorsOrNull(found) : null;
    }

    /// <summary>The first of two objects of a verb, left to right, or -1.</summary>
    private int FirstOfTwoObjects(int verb)
    {
        int first = -1;
        foreach (int c in arguments!.Tree.Children(verb))
            if (arguments.Tree.Relation(c) == "obj")
            {
                if (first >= 0) return first;
                first = c;
            }
        return -1;
    }

    private List<string?> ActorsOrNull(Argument? arg) => ActorsOrNull(Actors(arg));

    /// <summary>
    /// The actor a span stands for: the mention at its head, else the first one in it that is not a possessive pronoun
    /// ("his Brazilian counterpart" is Brazil's, not the speaker's; "China's Taiwan Affairs Office" is China's), else a
    /// possessive pronoun in it.
    /// </summary>
    private string? ActorOf(int first, int end, int head)
    {
        if (mentions.AtToken(head) is { } h) return h.ActorId;
        for (int t = first; t < end; t++)
            if (_tags[t] != PosTag.PRPS && mentions.AtToken(t) is { } named) return named.ActorId;
        for (int t = first; t < end; t++)
            if (_tags[t] == PosTag.PRPS && mentions.AtToken(t) is { } pronoun) return pronoun.ActorId;
        return null;
    }

    /// <summary>
    /// The agent named inside a nominal event's noun phrase: a possessor ("Hamas' attack", "Israel's war"), a demonym or
    /// acronym ("Israeli strikes", "US sanctions"), or an organisation or armed group ("Houthi attacks"); a place-like
    /// state name as a plain modifier ("the Gaza war") is where, not who.
    /// </summary>
    private List<string> ModifierActors(Chunk np, int head, bool anyState = false)
    {
        if (np.HasPossessor) return ActorsInRange(np.First, np.PossessorEnd);
        var r = new List<string>();
        for (int t = np.First; t < head; t++)
        {
            if (mentions.AtToken(t) is not { } m) continue;
            var word = document.Text.AsSpan(m.Start, m.End - m.Start);
            var actor = ActorById(m.ActorId);
            bool agentive = anyState || actor is not null && actor.Kind is not (ActorKind.State or ActorKind.Government)
                || IsDemonymOrAcronym(word);
            if (agentive && !r.Contains(m.ActorId)) r.Add(m.ActorId);
            t = Math.Max(t, m.EndToken - 1);
        }
        return r.Count > 1 ? [r[0]] : r;
    }

    private IReadOnlyDictionary<string, Actor>? _actorsById;

    /// <summary>Whether one of the actors is a document (a loop: no closure a call).</summary>
    private bool AnyDocument(List<string?> actors)
    {
        foreach (var a in actors)
            if (a is not null && ActorById(a)?.Kind == ActorKind.Document) return true;
        return false;
    }

    /// <summary>Whether one of an entry's words is a domestic act ("coup").</summary>
    private static bool AnyDomesticAct(string[] words)
    {
        foreach (var w in words)
            if (DomesticActs.Contains(w)) return true;
        return false;
    }

    /// <summary>A document whose author is not known (it speaks for no one); the delegate made once a document.</summary>
    private bool IsAnonymousDocument(string id) => ActorById(id) is { Kind: ActorKind.Document, Affiliation: null, Country: null };
    private Predicate<string>? _isAnonymousDocument;

    private Actor? ActorById(string id)
    {
        _actorsById ??= document.ActorsById;
        return _actorsById.GetValueOrDefault(id);
    }

    private static bool IsDemonymOrAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length >= 2 && !w.ContainsAnyInRange('a', 'z')) return true;
        return w.EndsWith("an") || w.EndsWith("ese") || w.EndsWith("ish") || w.EndsWith("i") || w.EndsWith("ch") || w.EndsWith("ic") || w.EndsWith("ans");
    }

    private List<string> ActorsInRange(int first, int end)
    {
        var r = new List<string>();
        for (int t = first; t < end; t++)
            if (mentions.AtToken(t) is { } m && !r.Contains(m.ActorId)) r.Add(m.ActorId);
        return r.Count > 1 ? [r[0]] : r;
    }

    private Argument? ArgAt(int token)
    {
        int c = token >= 0 && token < chunks.ChunkOfToken.Length ? chunks.ChunkOfToken[token] : -1;
        if (c < 0 || chunks.All[c].Kind != ChunkKind.NounPhrase) return null;
        var sentence = document.SentenceIndexAt(document.Tokens[token].Start);
        int end = sentence >= 0 ? document.Sentences[sentence].EndToken : _tags.Length;
        return ChunkArgument.RightFrom(_tags, _lowers, chunks.All, chunks.ChunkOfToken, c, end);
    }

    /// <summary>The noun phrase right after a token (skipping adverbs, a determiner-less gap of one word).</summary>
    private List<string?> NextAfter(int last, Sentence s)
    {
        int k = last + 1;
        while (k < s.EndToken && (_tags[k].IsAdverb() || _tags[k] == PosTag.RP)) k++;
        if (k < s.EndToken && _tags[k] == PosTag.IN && _lowers[k] is "on" or "with" or "against" or "to" or "for") k++;
        return k > 0 && _lowers[k - 1] == "between" ? ActorsOrNull(SidesBetween(k, s)) : ActorsOrNull(ArgAt(k));
    }

    /// <summary>
    /// The sides named after "between" (k: the phrase's first token): the phrase's own actors when it names two ("between
    /// Israel and Hamas"); else those of its "of" phrase ("between the leaders of Congo and Rwanda"); else, for sides
    /// that only a place names ("between the warring parties in Sudan", "between the government and rebels in South
    /// Sudan"), that state.
    /// </summary>
    private List<string>? SidesBetween(int k, Sentence s)
    {
        var arg = ArgAt(k);
        if (arg is null) return null;
        // "Kenya offered to mediate between the government and rebels": "the government" is not the mediator's own
        var own = Actors(arg).Where(a => !_excludedSides.Contains(Side(a))).ToList();
        if (own.Count >= 2) return own;
        if (arg.Head + 2 < s.EndToken && _lowers[arg.Head + 1] == "of" && Actors(ArgAt(arg.Head + 2)) is { Count: >= 2 } named) return named;
        if (own.Count == 0)
            for (int t = arg.Head + 1; t <= arg.End && t + 1 < s.EndToken; t++)
                if (_lowers[t] == "in")
                    return Actors(ArgAt(t + 1)) is [var place] && ActorById(place) is { Kind: ActorKind.State } && !_excludedSides.Contains(Side(place)) ? [place] : own;
        return own;
    }

    /// <summary>
    /// The actors as targets, or one null target when there are none. The list itself when it has actors (a list of
    /// strings is one of nullable strings: no copy), so it must be one made for the caller (as <see cref="Actors"/> and
    /// <see cref="SidesBetween"/> make theirs).
    /// </summary>
    private static List<string?> ActorsOrNull(List<string>? actors)
    {
        if (actors is not { Count: > 0 }) return [null];
        return actors!;
    }

    /// <summary>Whether a phrase holds a noun of military craft ("30 Chinese military aircraft", "a swarm of Russian drones").</summary>
    private bool NamesMilitaryCraft(Argument phrase)
    {
        for (int t = phrase.First; t < phrase.End; t++)
            if (_tags[t].IsNoun() && MilitaryCraft.Contains(pos.Lemmas[t])) return true;
        return false;
    }

    /// <summary>The state of the place named after a verb of seeing: "near Taiwan", "off the coast of Australia", "in Japanese waters".</summary>
    private string? PlaceSeenAt(int last, Sentence s, VerbFrame frame)
    {
        foreach (var prep in SeenAtPrepositions)
            if (PrepActors(prep, last, s, maxDistance: 6, allowed: frame) is [{ } place] && CountryOf(place) is { } country)
                return StateActorOf(country) ?? place;
        return null;
    }

    private static readonly string[] SeenAtPrepositions = ["near", "off", "around", "in", "over", "into"];

    /// <summary>The state named as a place in the "in" phrase after a verb's words, or null.</summary>
    private string? StateWhere(int last, Sentence s, VerbFrame? frame) =>
        PrepActors("in", last, s, maxDistance: 6, allowed: frame) is [{ } place] && ActorById(place) is { Kind: ActorKind.State } ? place : null;

    private List<string?> PrepAfter(string prep, int last, Sentence s, int maxDistance = 10, VerbFrame? allowed = null, bool acrossParticiples = false) =>
        PrepActors(prep, last, s, maxDistance, allowed, acrossParticiples) ?? [null];

    /// <summary>
    /// The actors of the <paramref name="prep"/> phrase after a verb's words (none null, at least one), or null when it
    /// names none: the callers that only look for an actor make no list for a miss (<see cref="PrepAfter"/> makes [null]).
    /// </summary>
    private List<string?>? PrepActors(string prep, int last, Sentence s, int maxDistance = 10, VerbFrame? allowed = null, bool acrossParticiples = false)
    {
        if (PrepInTree(prep, last, s, allowed) is { } found) return found;
        for (int k = last + 1; k < s.EndToken && k <= last + maxDistance; k++)
        {
            var t = _tags[k];
            if (t is PosTag.Period or PosTag.Colon) break;
            // ("aid to refugees fleeing the war in Liberia": a participle that describes the receivers says where they are from)
            if (frames.At(k) is { } f && f != allowed && !(acrossParticiples && f.NonFinite && f.Relation is Dependency.Participle or Dependency.Relative)) break;
            // ("agreed to a truce after talks with Egyptian mediators": a phrase after one that says when is part of it)
            if (TimePhrases.IsPreposition(_lowers, k)) break;
            if (_lowers[k] == prep && k + 1 < s.EndToken)
            {
                var phrase = prep == "between" ? SidesBetween(k + 1, s) : ActorsFound(ArgAt(k + 1));
                if (phrase is { Count: > 0 }) return ActorsOrNull(phrase);
                // "from neighbouring Lebanon", "into occupied Crimea": a participle read as a verb before the phrase
                if (k + 2 < s.EndToken && _tags[k + 1] is PosTag.VBG or PosTag.VBN or PosTag.JJ && _tags[k + 2].IsNoun()
                    && ActorsFound(ArgAt(k + 2)) is { } participle)
                    return ActorsOrNull(participle);
            }
        }
        return null;
    }

    /// <summary>
    /// The verb of thanking whose "for" phrase the noun phrase is ("thanked Britain for a new package of military aid",
    /// "for its support"), up an of-phrase that says how much; null when none.
    /// </summary>
    private VerbFrame? ThankedForBy(Chunk np)
    {
        int first = np.First;
        // "a new package of military aid": the phrase starts at the word after "for", perhaps a few words before
        for (int k = first - 1, steps = 0; k >= 0 && steps < 6; k--, steps++)
        {
            if (_lowers[k] == "for")
                return VerbAbove(np.Head) is { Lemma: "thank", Passive: false } thanking && thanking.Head < k ? thanking : null;
            if (_tags[k].IsVerb() || _tags[k] is PosTag.Comma or PosTag.Period) return null;
        }
        return null;
    }

    /// <summary>The first of the actors on none of the excluded sides (the sources'), or null (a loop: no delegate, iterator or list a test).</summary>
    private string? FirstOfOtherSide(List<string> actors)
    {
        foreach (var a in actors)
            if (!_excludedSides.Contains(Side(a))) return a;
        return null;
    }

    /// <summary>Whether the list names receivers and each is an organisation, party or text (no state, government, force or person).</summary>
    /// <summary>
    /// Whether the sentence is about sport: it holds a score ("2-0", "6-4") or a word of the class sport ("match",
    /// "tournament", "goalkeeper").
    /// </summary>
    private bool IsAboutSport(Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var w = _lowers[k];
            if (SportWords.Contains(w) || SportWords.Contains(pos.Lemmas[k])) return true;
            // (a score is one token or three: "2-0", "2 - 0")
            int dash = w.IndexOf('-');
            if (dash > 0 ? IsScoreNumber(w.AsSpan(0, dash)) && IsScoreNumber(w.AsSpan(dash + 1))
                : IsScoreNumber(w) && k + 2 < s.EndToken && _lowers[k + 1] is "-" or "–" && IsScoreNumber(_lowers[k + 2])) return true;
        }
        return false;
    }

    /// <summary>The lemma of the infinitive whose subject is the frame's ("declined to say": say), or null.</summary>
    private string? ControlledLemma(VerbFrame frame)
    {
        int index = frames.FrameOfToken[frame.Head];
        for (int i = index + 1; i < frames.All.Length && frames.All[i].Sentence == frame.Sentence; i++)
            if (frames.All[i] is { Relation: Dependency.SubjectControl } controlled && controlled.Governor == index) return controlled.Lemma;
        return null;
    }

    private const string DeclineComment = "011";

    private static bool IsScoreNumber(ReadOnlySpan<char> w) => w.Length is 1 or 2 && w.IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Whether the doer of the frame's act (its subject; a passive's agent) is a noun of the class measure ("tariffs").</summary>
    private bool DoneByAMeasure(VerbFrame frame)
    {
        if (!frame.Passive) return frame.Subject is { } subject && MeasureNouns.Contains(pos.Lemmas[subject.Head]);
        return arguments is not null && arguments.Tree.Child(frame.Head, "obl:agent") is int agent && agent >= 0 && MeasureNouns.Contains(pos.Lemmas[agent]);
    }

    /// <summary>
    /// Whether the verb has a passive infinitive of a verb of naming after it (word class anonymity: "asked not to be
    /// identified"; the parse may hang it as the verb's complement or conjunct).
    /// </summary>
    private bool AsksNotToBeNamed(VerbFrame frame)
    {
        if (arguments is null) return false;
        var tree = arguments.Tree;
        foreach (int c in tree.Children(frame.Head))
            if (c > frame.Head && AnonymityVerbs.Contains(pos.Lemmas[c]) && tree.Child(c, "aux:pass") >= 0 && tree.Child(c, "mark") is int to && to >= 0 && _lowers[to] == "to")
                return true;
        return false;
    }

    /// <summary>
    /// Whether what a verb of breaking a rule breaks (its object; a passive clause's subject) is a norm or an agreement
    /// ("breached international law", "violated its obligations", "the treaty was violated"); true when the clause names
    /// nothing broken or a pronoun stands for it ("has largely ignored it").
    /// </summary>
    private static bool BreaksANorm(VerbFrame? frame, PosTags pos)
    {
        if (frame is null) return true;
        var broken = frame.Passive && frame.Relation != Dependency.Relative ? frame.Subject : frame.Object;
        if (broken is null || pos.Tags[broken.Head] is PosTag.PRP or PosTag.DT) return true;
        var head = pos.Lemmas[broken.Head];
        return NormNouns.Contains(head) || PactNouns.Contains(head);
    }

    private bool AllOrganisations(List<string?> actors)
    {
        if (AllNull(actors)) return false;
        foreach (var a in actors)
            if (a is null || ActorById(a)?.Kind is not (ActorKind.Igo or ActorKind.Ngo or ActorKind.PoliticalParty or ActorKind.Document)) return false;
        return true;
    }

    /// <summary>Whether no actor is in the list (a loop: <c>All</c> boxed the list's enumerator at each of its many tests).</summary>
    private static bool AllNull(List<string?> actors)
    {
        foreach (var a in actors)
            if (a is not null) return false;
        return true;
    }

    private static readonly string[] ReceiverPrepositions = ["against", "on", "with", "to"];
    private static readonly string[] NounReceiverPrepositions = ["on", "against", "with", "to"];
    private static readonly string[] PosturePrepositions = ["around", "near", "off", "along", "towards", "toward"];
    private static readonly string[] IntoPrepositions = ["in", "into"];
    private static readonly string[] OfOrAgainstPrepositions = ["against", "on", "of", "with", "in", "to"];
}
