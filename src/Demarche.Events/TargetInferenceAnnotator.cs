using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// Gives a receiver to events whose grammar left it open, from the actors of the same sentence:
/// "Nigeria and Niger reopened the crossing" (each side the other's receiver), "ECOWAS lifted most sanctions
/// on Niamey's junta" when the prepositional phrase was not attached. The receiver is the nearest actor after
/// the trigger, else the nearest before it, that is neither the source nor on the source's side (same state),
/// nor a document or a person quoted as speaker, nor a place named as where it happened ("in Tripoli"). Events of public statement (01) keep no receiver. Each inferred
/// receiver is marked in <c>rule</c> ("+target:sentence" or "+target:reciprocal") so a user can see why. A verb joined
/// as a conjunct to one whose event by the same source has receivers takes those first ("+target:conjunct").
/// </summary>
public sealed class TargetInferenceAnnotator() : DeclaredAnnotator(Stage)
{
    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("event-targets",
        Requires: Layer.Tokens | Layer.Sentences | Layer.PartsOfSpeech | Layer.Dependencies | Layer.Actors | Layer.Mentions | Layer.Events,
        Assigns: Layer.Events);

    public override void Annotate(Document document)
    {
        var mentions = document.Get<MentionIndex>();
        if (mentions is null || document.Events.Count == 0) return;
        var actors = document.ActorsById;
        var families = OrganisationFamilies(document.Actors);
        // an organ of an organisation is on its side: the Security Council does not act on the UN
        string Side(string id) => families.TryGetValue(id, out var f) ? f : actors.TryGetValue(id, out var a) ? a.SideKey() : id;
        Func<string, string> side = Side; // one delegate a document (passing the method group made one a call)

        var events = document.Events;
        // a document is what an actor issues, never whom it acts on ("issued a joint statement")
        for (int i = 0; i < events.Count; i++)
            if (events[i].Target is { } t && actors.TryGetValue(t, out var ta) && ta.Kind == ActorKind.Document)
                events[i] = events[i] with { Target = null };
        var tags = document.Get<Demarche.Grammar.PosTags>();
        // coordinated sources of one open event ("Nigeria and Niger reopened the crossing") are each other's
        // receivers, but only when the sentence names no other actor for them to act on
        var coordinated = CoordinatedSources(events);
        // the sources of each sentence's events, in order (the loop below changes targets only, so it is made when first needed)
        ILookup<int, string>? sourcesBySentence = null;
        var added = new List<Event>();
        AddMutualReverses(events, actors, added);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // of public statements only a denial answers someone ("Nigeria denied the charge")
            if (e.Target is not null || e.Root == "01" && !e.Cameo.StartsWith("016", StringComparison.Ordinal)) continue;
            // "The bloc lifted most of the sanctions": an act that undoes an earlier one of its side is aimed at that one's receiver
            if (UndoneReceiver(events, i, side) is { } undone)
            {
                events[i] = e with { Target = undone, Rule = e.Rule + "+target:undone" };
                continue;
            }
            // "The AU urged both sides to show restraint and offered to host talks": a verb joined to one whose event
            // has receivers, by the same source, with none of its own, acts on them too
            if (ConjunctReceivers(document, events, e) is { Count: > 0 } shared)
            {
                events[i] = e with { Target = shared[0], Rule = e.Rule + "+target:conjunct" };
                for (int k = 1; k < shared.Count; k++) added.Add(e with { Target = shared[k], Rule = e.Rule + "+target:conjunct" });
                continue;
            }
            var partners = coordinated[(e.Sentence.Start, e.Cameo, e.Trigger)];
            var target = NearestOtherActor(document, mentions, actors, e, partners, side);
            if (target is not null)
            {
                events[i] = e with { Target = target, Rule = e.Rule + "+target:sentence" };
                continue;
            }
            var others = MutualRoots.Contains(e.Root) && !IsThirdSideAct(e.Cameo) ? OnOtherSides(partners, e.Source, side) : [];
            if (others.Count == 0 && !IsNominal(document, tags, e)
                && PreviousSentenceActor(document, mentions, actors, e, side, sourcesBySentence ??= events.ToLookup(x => x.Sentence.Start, x => x.Source)) is { } earlier)
            {
                events[i] = e with { Target = earlier, Rule = e.Rule + "+target:previous-sentence" };
                foreach (var partner in JointPartners(document, events, earlier, e, side))
                    added.Add(e with { Target = partner, Rule = e.Rule + "+target:previous-sentence" });
                continue;
            }
            for (int k = 0; k < others.Count; k++)
            {
                var reciprocal = e with { Target = others[k], Rule = e.Rule + "+target:reciprocal" };
                if (k == 0) events[i] = reciprocal; else added.Add(reciprocal);
            }
        }
        events.AddRange(added);
        ReaimComplaintsAtForums(events, actors, side);
        // a public statement with nobody it is addressed to relates no actors; the quotes layer keeps what was said
        // and one event per (source, target, code, sentence)
        var seen = _seen ??= [];
        seen.Clear();
        int count = 0;
        bool anyInferred = false;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Target is null && e.Root == "01" || !seen.Add((e.Source, e.Target, e.Cameo, e.Sentence.Start))) continue;
            events[count++] = e;
            anyInferred |= IsInferred(e);
        }
        events.RemoveRange(count, events.Count - count);
        seen.Clear();
        // "Ghana refused to sign the deal with Togo": a vague act whose receiver was only inferred goes when the same
        // sentence holds the same kind of act between the same actors, found by the grammar or more specific
        if (!anyInferred) return;
        DropOutdoneInferred(events);
    }

    /// <summary>
    /// Drops each event whose receiver was inferred when another event of its (source, target, root, sentence) was found
    /// by the grammar, or inferred with a longer code. Each such group is summed up once (how many found by the grammar,
    /// the longest inferred code) in a thread's table: no lookup, groups or closures a document.
    /// </summary>
    private static void DropOutdoneInferred(List<Event> events)
    {
        var groups = _groups ??= [];
        groups.Clear();
        foreach (var e in events)
        {
            var key = (e.Source, e.Target, e.Root, e.Sentence.Start);
            var (found, longestInferred) = groups.GetValueOrDefault(key);
            groups[key] = IsInferred(e) ? (found, Math.Max(longestInferred, e.Cameo.Length)) : (found + 1, longestInferred);
        }
        EventLists.RemoveWhere(events, groups, static (e, g) => IsInferred(e) && g[(e.Source, e.Target, e.Root, e.Sentence.Start)] is var (found, longestInferred)
            && (found > 0 || longestInferred > e.Cameo.Length));
        groups.Clear();
    }

    /// <summary>
    /// "Lebanon's prime minister met French officials": the receiver the grammar found for a mutual act
    /// (<see cref="MutualActs"/>: meetings, talks, signed agreements, clashes) does it as well, so it gains the reverse
    /// event, unless negated or hypothetical, or the sentence already holds that act the other way.
    /// </summary>
    private static void AddMutualReverses(List<Event> events, IReadOnlyDictionary<string, Actor> actors, List<Event> added)
    {
        var mutual = MutualActs.Default;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Target is not { } target || target == e.Source || e.Negated || e.Hypothetical || IsInferred(e)) continue;
            if (!actors.TryGetValue(target, out var receiver) || receiver.Kind == ActorKind.Document || !mutual.IsMutual(e.Cameo, e.Rule)) continue;
            if (!HoldsReverse(events, e) && !HoldsReverse(added, e)) added.Add(e with { Source = target, Target = e.Source, Rule = e.Rule + "+reverse:mutual" });
        }
    }

    /// <summary>Whether the list holds an act of the same root and sentence as <paramref name="e"/>, done the other way.</summary>
    private static bool HoldsReverse(List<Event> events, Event e)
    {
        foreach (var other in events)
            if (other.Source == e.Target && other.Target == e.Source && other.Root == e.Root && other.Sentence.Start == e.Sentence.Start) return true;
        return false;
    }

    /// <summary>A thread's table of (source, target, root, sentence) groups: events found by the grammar, longest inferred code.</summary>
    [ThreadStatic] private static Dictionary<(string, string?, string, int), (int Found, int LongestInferred)>? _groups;

    /// <summary>A thread's set of the (source, target, code, sentence) kept, emptied after each document.</summary>
    [ThreadStatic] private static HashSet<(string, string?, string, int)>? _seen;

    /// <summary>
    /// The distinct sources, in order, of the events without a receiver that share a sentence, a code and a trigger
    /// ("Nigeria and Niger reopened the crossing"), by those three.
    /// </summary>
    private static Dictionary<(int, string, string), List<string>> CoordinatedSources(List<Event> events)
    {
        var coordinated = new Dictionary<(int, string, string), List<string>>();
        foreach (var e in events)
        {
            if (e.Target is not null) continue;
            var key = (e.Sentence.Start, e.Cameo, e.Trigger);
            if (!coordinated.TryGetValue(key, out var sources)) coordinated.Add(key, sources = []);
            if (!sources.Contains(e.Source)) sources.Add(e.Source);
        }
        return coordinated;
    }

    /// <summary>The partners on another side than the source, in a new list (a loop: no closure an event).</summary>
    private static List<string> OnOtherSides(List<string> partners, string source, Func<string, string> side)
    {
        var others = new List<string>();
        foreach (var p in partners)
            if (side(p) != side(source)) others.Add(p);
        return others;
    }

    private static bool IsInferred(Event e) => e.Rule.Contains("+target:", StringComparison.Ordinal);

    /// <summary>
    /// The receiver of the latest earlier act of the same side that event <paramref name="i"/> undoes
    /// (data/events/undone-acts.tsv): "sanctions imposed on Niger by ECOWAS … The bloc lifted most of the sanctions".
    /// Null when there is none.
    /// </summary>
    private static string? UndoneReceiver(List<Event> events, int i, Func<string, string> side)
    {
        var e = events[i];
        // the acts of about a long article before it (a bound that keeps a huge document linear)
        for (int k = i - 1; k >= Math.Max(0, i - 400); k--)
        {
            var earlier = events[k];
            if (earlier.Target is { } t && earlier.Sentence.Start < e.Sentence.Start && side(earlier.Source) == side(e.Source)
                && side(t) != side(e.Source) && UndoneActs.Default.Undoes(e.Cameo, earlier.Cameo))
                return t;
        }
        return null;
    }

    /// <summary>Organisations whose IGO code extends another's (UNSC IGOUNOSEC under UN IGOUNO, EC IGOEUEXE under EU IGOEU), mapped to the parent's id.</summary>
    private static Dictionary<string, string> OrganisationFamilies(IEnumerable<Actor> all)
    {
        var igos = all.Where(a => a.Kind == ActorKind.Igo && a.Code is { Length: > 3 } c && c.StartsWith("IGO", StringComparison.Ordinal)).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in igos)
        {
            var parent = igos.Where(p => p.Id != a.Id && a.Code!.Length > p.Code!.Length && a.Code.StartsWith(p.Code, StringComparison.Ordinal))
                .OrderBy(p => p.Code!.Length).FirstOrDefault();
            if (parent is not null) { result[a.Id] = parent.Id; result[parent.Id] = parent.Id; }
        }
        return result;
    }

    /// <summary>Roots whose act coordinated actors do to one another ("met", "agreed", "reopened the border", "fought"); an appeal or a threat by two actors is addressed to a third.</summary>
    private static readonly HashSet<string> MutualRoots = ["03", "04", "05", "06", "08", "16", "17", "19"];

    /// <summary>
    /// "Qatar and Egypt, which have brokered the talks": a visit made or hosted (042, 043) or a mediation (045) is done to
    /// a side not among its doers, and so are praise or endorsement, verbal defence, rallying support, recognition, an
    /// apology and forgiveness (051-056: "Turkey and Qatar backed the plan" is no support of each other); coordinated
    /// doers are not each other's receivers.
    /// </summary>
    private static bool IsThirdSideAct(string cameo) =>
        cameo.Length >= 3 && (cameo.AsSpan(0, 3) is "042" or "043" or "045" or "051" or "052" or "053" or "054" or "055" or "056");

    private static string? NearestOtherActor(Document doc, MentionIndex mentions, IReadOnlyDictionary<string, Actor> actors, Event e, List<string> partners, Func<string, string> side)
    {
        int triggerAt = TriggerOffset(doc, e);
        var sourceSide = side(e.Source);
        var tree = doc.Get<Demarche.Grammar.Dependencies>();
        int sourcePhrase = SourcePhraseHead(doc, triggerAt);
        int trigger = TokenAt(doc, triggerAt);
        var tags = doc.Get<Demarche.Grammar.PosTags>();
        bool nominal = IsNominal(doc, tags, e);
        ActorMention? after = null, before = null;
        foreach (var m in mentions.InSpan(e.Sentence.Start, e.Sentence.End))
        {
            if (!actors.TryGetValue(m.ActorId, out var a) || a.Kind is ActorKind.Document) continue;
            // "condemned Israeli strikes at a meeting of the Arab League", "filed a complaint with the Security Council
            // over Israeli strikes": force is not inferred to hit an international or non-governmental organisation
            if (a.Kind is ActorKind.Igo or ActorKind.Ngo && e.Root is "18" or "19" or "20") continue;
            if (m.ActorId == e.Source || side(m.ActorId) == sourceSide || partners.Contains(m.ActorId)) continue;
            if (IsWhereItHappened(doc, m, e) || NamesABorder(doc, m) || sourcePhrase >= 0 && tree!.Dominates(sourcePhrase, m.FirstToken)) continue;
            if (tree is not null && IsReportingSpeakerPhrase(tree, mentions, actors, trigger, m.FirstToken)) continue;
            // "signed the deal despite criticism from the EU": who reacts to the act is not whom it is done to
            if (tree is not null && tags is not null && ConcessivePhrases.Holds(tree, tags.Lowers, m.FirstToken)) continue;
            // "banned women from studying medicine, drawing condemnation from the UN": nor is who the act drew a reaction from
            if (tree is not null && tags is not null && IsDrawnFrom(tree, tags, m.FirstToken)) continue;
            if (tree is not null && nominal && IsSubjectOfCarrier(tree, tags!, trigger, m.FirstToken)) continue;
            if (tree is not null && tags is not null && TimePhrases.HoldsPartner(tree, tags.Lowers, m.FirstToken)) continue;
            if (m.Start >= triggerAt) { if (after is null || m.Start < after.Start) after = m; }
            else if (before is null || m.Start > before.Start) before = m;
        }
        return (after ?? before)?.ActorId;
    }

    private static readonly HashSet<string> DrawingVerbs = EventWords.Default.DrawingVerbs;

    /// <summary>
    /// Whether the token is in a "from" phrase of the reaction a drawing verb (word class drawing) takes as its object
    /// ("drawing condemnation from the United Nations"), or of that verb itself: up to four steps up.
    /// </summary>
    private static bool IsDrawnFrom(Demarche.Grammar.Dependencies tree, Demarche.Grammar.PosTags tags, int token)
    {
        bool from = false;
        for (int k = token, steps = 0; k >= 0 && steps < 4; k = tree.Head(k), steps++)
        {
            if (from && tree.Upos(k) == "VERB") return DrawingVerbs.Contains(tags.Lemmas[k]);
            if (!from)
                foreach (int c in tree.Children(k))
                    if (tree.Relation(c) == "case" && tags.Lowers[c] == "from") { from = true; break; }
        }
        return false;
    }

    /// <summary>
    /// The receiver of a reaction from the sentence before ("Israeli jets struck Lebanon. Hezbollah retaliated."):
    /// the source of an event there, else the last actor named there that is not a place, on another side than the source.
    /// </summary>
    private static string? PreviousSentenceActor(Document doc, MentionIndex mentions, IReadOnlyDictionary<string, Actor> actors, Event e, Func<string, string> side,
        ILookup<int, string> sourcesBySentence)
    {
        int si = doc.SentenceIndexAt(e.Sentence.Start);
        if (si <= 0) return null;
        var prev = doc.Sentences[si - 1];
        if (doc.Text.AsSpan(prev.End, e.Sentence.Start - prev.End).Contains('\n')) return null; // same paragraph only
        var sourceSide = side(e.Source);
        foreach (var source in sourcesBySentence[prev.Start])
            if (side(source) != sourceSide && !IsDocumentOrPerson(actors, source))
                return source;
        ActorMention? last = null;
        foreach (var m in mentions.InSpan(prev.Start, prev.End))
        {
            if (m.Role == "place") continue;
            if (IsDocumentOrPerson(actors, m.ActorId)) continue;
            if (m.ActorId == e.Source || side(m.ActorId) == sourceSide) continue;
            if (last is null || m.Start > last.Start) last = m;
        }
        return last?.ActorId;
    }

    /// <summary>
    /// "The United States and the Philippines began joint military exercises. China condemned the drills": when the
    /// actor the previous sentence gave a reaction did its act there together with others (each the other's receiver,
    /// by one trigger), the reaction is aimed at all of them. The others, not on the reacting side.
    /// </summary>
    private static List<string> JointPartners(Document doc, List<Event> events, string earlier, Event reaction, Func<string, string> side)
    {
        List<string> partners = [];
        int si = doc.SentenceIndexAt(reaction.Sentence.Start);
        int prevStart = doc.Sentences[si - 1].Start;
        var sourceSide = side(reaction.Source);
        foreach (var a in events)
        {
            if (a.Sentence.Start != prevStart || a.Source != earlier || a.Target is not { } other || other == earlier || side(other) == sourceSide
                || partners.Contains(other)) continue;
            foreach (var b in events)
                if (b.Sentence.Start == prevStart && b.Source == other && b.Target == earlier && b.Trigger == a.Trigger) { partners.Add(other); break; }
        }
        return partners;
    }

    /// <summary>
    /// "M23 fighters backed by Rwandan troops attacked army positions": an actor inside the phrase of the event's
    /// subject (its modifiers, relative clauses, appositions) describes the source; it is not what the event acts on.
    /// The head of that phrase, or -1.
    /// </summary>
    private static int SourcePhraseHead(Document doc, int triggerAt)
    {
        if (doc.Get<Demarche.Grammar.Dependencies>() is null || doc.Get<Demarche.Grammar.VerbFrames>() is not { } frames) return -1;
        int trigger = TokenAt(doc, triggerAt);
        return trigger >= 0 && frames.At(trigger)?.Subject is { } subject ? subject.Head : -1;
    }

    /// <summary>
    /// Whether a token lies in the subject phrase of a speaker who tells of the act rather than receives it: the verb
    /// of saying after the act that governs its clause ("North Korea fired two missiles into the sea, South Korea's
    /// military said"), or a person whose verb reports the act's clause (ccomp) with the words that describe that
    /// person ("Malaysian Foreign Minister Hasan said ASEAN would not endorse the vote").
    /// </summary>
    private static bool IsReportingSpeakerPhrase(Demarche.Grammar.Dependencies tree, MentionIndex mentions, IReadOnlyDictionary<string, Actor> actors, int trigger, int token)
    {
        if (trigger < 0 || token < 0 || trigger >= tree.Count || token >= tree.Count) return false;
        for (int c = trigger, v = tree.Head(trigger), depth = 0; v >= 0 && depth < 6; c = v, v = tree.Head(v), depth++)
        {
            int subject = tree.Child(v, "nsubj");
            if (subject < 0 || subject != token && !tree.Dominates(subject, token)) continue;
            if (v >= trigger && subject > trigger && token >= trigger) return true;
            if (tree.Relation(c) == "ccomp" && IsPerson(mentions, actors, subject)) return true;
        }
        return false;
    }

    /// <summary>
    /// "The UN criticised the journalist's detention by Ethiopian authorities": whoever speaks of, reacts to or takes
    /// part in a nominal act (the subject of the first verb above the noun) is not whom that act is done to.
    /// </summary>
    private static bool IsSubjectOfCarrier(Demarche.Grammar.Dependencies tree, Demarche.Grammar.PosTags tags, int trigger, int token)
    {
        if (trigger < 0 || token < 0 || trigger >= tree.Count || token >= tree.Count) return false;
        for (int v = tree.Head(trigger), depth = 0; v >= 0 && depth < 4; v = tree.Head(v), depth++)
        {
            if (!tags.Tags[v].IsVerb()) continue;
            int subject = tree.Child(v, "nsubj");
            // ("Palestinian riots against Israeli policies are continuing": the act is the subject itself)
            return subject >= 0 && subject != trigger && !tree.Dominates(subject, trigger) && (subject == token || tree.Dominates(subject, token));
        }
        return false;
    }

    /// <summary>Whether the mention at a token is a person's.</summary>
    private static bool IsPerson(MentionIndex mentions, IReadOnlyDictionary<string, Actor> actors, int token) =>
        mentions.AtToken(token) is { } h && actors.TryGetValue(h.ActorId, out var a) && a.Kind == ActorKind.Person;

    /// <summary>
    /// "Sudan accused Chad of arming the RSF and said it would file a complaint with the African Union": a formal
    /// complaint (114) aimed at an international organisation, where its source accuses, criticises or rejects (11x,
    /// 12x) a side that is none in the same sentence, is about that side; the organisation is where it is filed
    /// ("+target:complained-of").
    /// </summary>
    private static void ReaimComplaintsAtForums(List<Event> events, IReadOnlyDictionary<string, Actor> actors, Func<string, string> side)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.Cameo.StartsWith("114", StringComparison.Ordinal) || e.Target is not { } forum
                || !actors.TryGetValue(forum, out var f) || f.Kind != ActorKind.Igo) continue;
            foreach (var other in events)
            {
                if (other.Sentence.Start != e.Sentence.Start || other.Root is not ("11" or "12") || other.Cameo.StartsWith("114", StringComparison.Ordinal)
                    || side(other.Source) != side(e.Source) || other.Target is not { } accused || side(accused) == side(e.Source)
                    || !actors.TryGetValue(accused, out var a) || a.Kind == ActorKind.Igo) continue;
                events[i] = e with { Target = accused, Rule = e.Rule + "+target:complained-of" };
                break;
            }
        }
    }

    /// <summary>
    /// The receivers, in order, of the events by the same source whose trigger is the verb the event's trigger is
    /// joined to as a conjunct, in the same sentence; null when its trigger is no conjunct or they have none.
    /// </summary>
    private static List<string>? ConjunctReceivers(Document doc, List<Event> events, Event e)
    {
        if (doc.Get<Demarche.Grammar.Dependencies>() is not { } tree) return null;
        int trigger = TokenAt(doc, TriggerOffset(doc, e));
        if (trigger < 0 || !tree.Is(trigger, "conj")) return null;
        int first = tree.Head(trigger);
        List<string>? receivers = null;
        foreach (var other in events)
        {
            if (other.Target is not { } t || other.Source != e.Source || other.Sentence.Start != e.Sentence.Start || ReferenceEquals(other, e)) continue;
            if (TokenAt(doc, TriggerOffset(doc, other)) != first) continue;
            if (!(receivers ??= []).Contains(t)) receivers.Add(t);
        }
        return receivers;
    }

    private static int TokenAt(Document doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (doc.Tokens[mid].End <= offset) lo = mid + 1;
            else if (doc.Tokens[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// "deployed troops in Tripoli", "a meeting in Niamey": a place named after "in" or "at" is where the event
    /// happened (the places stage reads it), not whom it acts on; only violence is done to a place it is done in.
    /// </summary>
    private static bool IsWhereItHappened(Document doc, ActorMention m, Event e)
    {
        if (m.Role != "place" || m.FirstToken == 0 || e.Root is "18" or "19" or "20") return false;
        var before = doc.Tokens[m.FirstToken - 1];
        var word = doc.Text.AsSpan(before.Start, before.Length);
        return word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"killed ten militants near the Afghan border": a state named as the side of a border says where, not whom.</summary>
    private static bool NamesABorder(Document doc, ActorMention m)
    {
        if (m.EndToken >= doc.Tokens.Length) return false;
        var next = doc.Tokens[m.EndToken];
        var word = doc.Text.AsSpan(next.Start, next.Length);
        return word.Equals("border", StringComparison.OrdinalIgnoreCase) || word.Equals("frontier", StringComparison.OrdinalIgnoreCase)
            || word.Equals("borders", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDocumentOrPerson(IReadOnlyDictionary<string, Actor> actors, string id) =>
        !actors.TryGetValue(id, out var a) || a.Kind is ActorKind.Document or ActorKind.Person;

    /// <summary>A trigger that is a noun ("the roadmap", "an agreement") names its event without acting on anyone earlier.</summary>
    private static bool IsNominal(Document doc, Demarche.Grammar.PosTags? tags, Event e)
    {
        if (tags is null) return false;
        int token = TokenAt(doc, TriggerOffset(doc, e));
        return token >= 0 && tags.Tags[token] is Demarche.Grammar.PosTag.NN or Demarche.Grammar.PosTag.NNS;
    }

    /// <summary>Where the trigger's first word stands in its sentence (the events stage records the words, not the offset).</summary>
    private static int TriggerOffset(Document doc, Event e)
    {
        var first = e.Trigger.AsSpan();
        if (first.IndexOf(' ') is int space and >= 0) first = first[..space];
        int at = doc.Text.AsSpan(e.Sentence.Start, Math.Max(0, e.Sentence.End - e.Sentence.Start)).IndexOf(first, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? e.Sentence.Start : e.Sentence.Start + at;
    }
}
