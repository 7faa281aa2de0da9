using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Finds where actors stand on issues: from verbs of position ("opposes", "backed", "lobbied France against",
/// "urged governments not to"), from actions that show support ("could recognise a Palestinian state"), and from
/// disapproving or cooperating events. A stance stated inside a quote belongs to the quote's speaker when the
/// quote's own subject is "we" or missing. Runs after the actors, events and quotes stages.
/// </summary>
public sealed class StanceAnnotator(StanceLexicon? lexicon = null, Nominalisations? nominalisations = null, TopicVocabulary? vocabulary = null) : DeclaredAnnotator(Stage)
{
    private readonly StanceLexicon _lexicon = lexicon ?? StanceLexicon.Default;
    private readonly Nominalisations _nouns = nominalisations ?? Nominalisations.Default;
    private readonly TopicVocabulary _vocabulary = vocabulary ?? TopicVocabulary.Default;

    /// <summary>A thread's topic keys, forgotten at each document (its table kept, not made again a document).</summary>
    private readonly ThreadLocal<TopicKeys> _keys = new(() => new TopicKeys(vocabulary ?? TopicVocabulary.Default));

    /// <summary>A thread's (holder, polarity, topic key) of the stances kept, emptied after each document.</summary>
    private readonly ThreadLocal<HashSet<(string, string, string)>> _seen = new(() => []);
    private const int KeptSeen = 256;

    /// <summary>Empties the set (no document's strings stay reachable); one a long document grew is trimmed.</summary>
    private static void Forget(HashSet<(string, string, string)> seen)
    {
        bool grown = seen.Count > KeptSeen;
        seen.Clear();
        if (grown) seen.TrimExcess();
    }
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notTopics = (lexicon ?? StanceLexicon.Default).NotTopics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("stances",
        Requires: Layer.Tokens | Layer.Sentences | Layer.Actors | Layer.Mentions,
        Assigns: Layer.Stances,
        Uses: Layer.Dependencies | Layer.Events | Layer.Quotes);

    private static readonly HashSet<string> FirstPerson = StanceWords.Default.Set("first-person");
    private static readonly HashSet<string> Negations = StanceWords.Default.Set("negations");

    private static bool Refuses(TokenText words, int k, int cue) => Refusals.Contains(words[k]) && k + 1 < cue && words[k + 1] == "to";

    /// <summary>Verbs that say the holder will not do what follows: "refuses to recognise", "declined to back".</summary>
    private static readonly HashSet<string> Refusals = StanceWords.Default.Set("refusals");

    public override void Annotate(Document document)
    {
        document.Stances.AddRange(Find(document));
        document.MarkDone(Assigns);
    }

    public List<Stance> Find(Document document)
    {
        var words = TokenText.Of(document);
        var topics = new TopicReader(words, _nouns);
        var check = new TopicCheck(document, words, _vocabulary);
        var treeHolder = new TreeHolder(document, check.ActorAt);
        var keys = _keys.Value!;
        keys.Forget();
        var phrases = new ActorPhrases(document);
        var index = document.Get<MentionIndex>();
        var quotes = ByStart(document.Quotes);
        var tree = document.Get<Dependencies>();
        var strength = new StanceStrengthReader(words, tree);
        var positionNouns = new PositionNouns(words, tree, _lexicon, topics, check, treeHolder, index);
        var judgements = new Judgements(words, tree, topics, check, treeHolder, quotes);
        var sides = new ActorSides(document);
        var assertion = new Assertion(words, tree, treeHolder, sides);
        var passives = new PassiveStances(words, tree, _lexicon, topics, check, assertion);
        var obligations = new Obligations(words, tree, topics, check, treeHolder, quotes, _nouns);
        var labels = new Labels(words, tree, topics, check, treeHolder, assertion, quotes);
        var refusals = new Refusals(words, tree, topics, check, treeHolder, assertion, quotes, _lexicon, _nouns);
        var found = new List<Stance>();
        var seen = _seen.Value!;
        seen.Clear();

        void Add(Stance s)
        {
            if (NamesAnIssue(s.Topic) && !HeadIsNotATopic(s.Topic) && !IncidentJudgements.JudgesAnIncident(s, document.Text)
                && seen.Add((s.Holder, s.Polarity, keys.Key(s.Topic)))) found.Add(s);
        }

        var sentences = document.Sentences;
        for (int si = 0; si < sentences.Count; si++) // by index: the list is an interface, its enumerator a box
        {
            var sentence = sentences[si];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!words.IsWord(t) || Match(words, tree, t, sentence.EndToken) is not { } match) continue;
                if (IsNounUse(words, match, sentence.FirstToken, tree) || Undone(words, match)) continue;
                var stance = FromCue(quotes, words, topics, check, treeHolder, assertion, phrases, index, sentence, match, out int end);
                if (stance is not null)
                {
                    stance = stance with { Strength = strength.Of(match.Start, match.Cue, match.End) };
                    Add(stance);
                    // "Washington and Riyadh have pressed Beirut": the parse's conjuncts of the subject hold it too
                    foreach (var other in treeHolder.Conjuncts(Governor(tree, match.Start)))
                        if (other.ActorId != stance.Holder && other.ActorId != stance.Target) Add(stance with { Holder = other.ActorId });
                    // "Finland, Iceland and Norway expressed solidarity": every coordinated holder holds it
                    if (index is not null && phrases.SubjectBefore(sentence.FirstToken, SubjectEnd(words, sentence.FirstToken, match.Start)) is { ActorId: not null } holderPhrase
                        && holderPhrase.ActorId == stance.Holder)
                        foreach (var other in CoordinatedActors(words, index, holderPhrase.FirstToken, holderPhrase.EndToken, sentence.FirstToken, match.Start))
                            if (other != stance.Holder && other != stance.Target) Add(stance with { Holder = other });
                    // "urged them to pull back and reopen talks": the second verb is a second topic
                    while (end < sentence.EndToken && words[end] is "back" or "out" or "off" or "up" or "down" or "away") end++;
                    while (match.Cue.EndsInVerbIntroducer && end + 1 < sentence.EndToken && words[end] is "and" or "or"
                           && topics.Action(end + 1, sentence.EndToken) is { } read && _nouns.Of(words[end + 1]) is not null)
                    {
                        if (check.Check(read, out var next) != TopicKind.Issue) break;
                        Add(stance with { Topic = next.Text, Evidence = new Evidence(words.Tokens[end + 1].Start, words.Tokens[next.EndToken - 1].End) });
                        end = next.EndToken;
                    }
                }
                t = Math.Max(match.End, end) - 1; // a cue inside the topic is part of it ("the implied support of")
            }
        }
        // each reader adds a sentence's stances to one list, kept between sentences (the readers do not see what Add keeps)
        var ofSentence = new List<Stance>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            ofSentence.Clear();
            positionNouns.Find(sentence, ofSentence);
            judgements.Find(sentence, ofSentence);
            passives.Find(sentence, ofSentence);
            obligations.Find(sentence, ofSentence);
            labels.Find(sentence, ofSentence);
            refusals.Find(sentence, ofSentence);
            foreach (var stance in ofSentence)
                Add(stance);
        }
        var eventStances = new EventStances(document, words, tree, topics, check, treeHolder, assertion, sides);
        foreach (var e in document.Events)
            if (eventStances.Of(e) is { } stance) Add(stance);
        Forget(seen);
        return SameIssueOnce(found, keys, sides);
    }

    /// <summary>The quotes in the order of their starts (the order they were found in when it is so; a stable sort else).</summary>
    private static Quote[] ByStart(List<Quote> quotes)
    {
        if (quotes.Count == 0) return []; // most documents have none
        for (int i = 1; i < quotes.Count; i++)
            if (quotes[i].Start < quotes[i - 1].Start) return [.. quotes.OrderBy(q => q.Start)];
        return [.. quotes];
    }

    /// <summary>
    /// One stance per side, polarity and issue: "USAGOV supports the sale" adds nothing to "USA supports the arms
    /// sale", nor "opposes the legitimacy of the government" to "opposes recognition of the legitimacy of the
    /// government". The stance whose key holds the other's as its last words stays (the more specific one).
    /// </summary>
    private static List<Stance> SameIssueOnce(List<Stance> found, TopicKeys keys, ActorSides sides)
    {
        if (found.Count == 0) return found;
        var keyed = new List<(Stance Stance, string Side, string Key)>(found.Count);
        foreach (var s in found) keyed.Add((s, sides.Of(s.Holder), keys.Key(s.Topic)));
        var kept = new List<Stance>();
        for (int i = 0; i < keyed.Count; i++)
        {
            var (s, sd, key) = keyed[i];
            bool covered = false;
            for (int j = 0; j < keyed.Count && !covered; j++)
            {
                if (i == j || keyed[j].Side != sd || keyed[j].Stance.Polarity != s.Polarity) continue;
                // a longer key whose last words are this one covers it; of two equal keys the first stays
                covered = keyed[j].Key.Length > key.Length ? EndsWithWords(keyed[j].Key, key) : keyed[j].Key == key && j < i;
            }
            if (!covered) kept.Add(s with { TopicKey = key });
        }
        return kept;
    }

    /// <summary>Whether the longer key's last words are the shorter key (" " + longer ends with " " + shorter, without making either).</summary>
    private static bool EndsWithWords(string longer, string shorter) =>
        longer.EndsWith(shorter, StringComparison.Ordinal) && longer[longer.Length - shorter.Length - 1] == ' ';

    private sealed record CueMatch(StanceCue Cue, int Start, int End, int SlotStart, int SlotEnd);

    /// <summary>The longest cue at token t, with its slot ("urged | governments | not to"); adverbs inside it are passed over
    /// ("is firmly against", "voted overwhelmingly for").</summary>
    private CueMatch? Match(TokenText words, Dependencies? tree, int t, int limit)
    {
        var cues = _lexicon.StartingWith(words[t]);
        for (int i = 0; i < cues.Count; i++)
        {
            if (TryMatch(words, tree, cues[i].Words, 0, t, limit, -1, -1, 0) is { } m) return new CueMatch(cues[i], t, m.End, m.SlotStart, m.SlotEnd);
        }
        return null;
    }

    /// <summary>The most adverbs passed over inside one cue ("has long and firmly been" is not read).</summary>
    private const int MaxCueAdverbs = 2;

    private static (int End, int SlotStart, int SlotEnd)? TryMatch(TokenText words, Dependencies? tree, string[] pattern, int p, int t, int limit, int slotStart, int slotEnd, int skipped)
    {
        if (p == pattern.Length) return (t, slotStart, slotEnd);
        if (pattern[p] == "*")
        {
            // "pressed for the crossing to reopen" is no "pressed * to": an addressee never opens with a preposition
            if (t < limit && LeadingPrepositions.Contains(words[t])) return null;
            // the addressee, with an aside: "called on the United States, which brokered the deal, to"
            for (int len = 1; len <= 12 && t + len < limit; len++)
            {
                var w = words[t + len - 1];
                if (!words.IsWord(t + len - 1) && !words.IsHyphen(t + len - 1) && w is not ("’s" or "'s" or ",")) break;
                if (TryMatch(words, tree, pattern, p + 1, t + len, limit, t, t + len, skipped) is { } m) return m;
            }
            return null;
        }
        if (t >= limit) return null;
        if (words[t] != pattern[p])
        {
            // "is firmly against", "remains strongly in favour of": an adverb between the cue's words
            if (p > 0 && skipped < MaxCueAdverbs && CueAdverbs.Passable(words, tree, t))
                return TryMatch(words, tree, pattern, p, t + 1, limit, slotStart, slotEnd, skipped + 1);
            return null;
        }
        return TryMatch(words, tree, pattern, p + 1, t + 1, limit, slotStart, slotEnd, skipped);
    }

    private static readonly HashSet<string> Determiners = StanceWords.Default.Set("determiners");

    /// <summary>Words before a cue that make it a noun ("including boycotts and sanctions", "broad support").</summary>
    private static readonly HashSet<string> NounContext = StanceWords.Default.Set("noun-context");

    /// <summary>Words before an -ing cue that make it no stance of the subject ("thereby supporting", "by backing").</summary>
    private static readonly HashSet<string> GerundBlockers = StanceWords.Default.Set("gerund-blockers");

    private static readonly string[] EndPrefixes =
    [
        "end to ", "end of ", "earlier end to ", "early end to ", "quick end to ", "swift end to ", "immediate end to ",
        "immediate end of ", "termination of ",
    ];

    private static readonly HashSet<string> RoleNouns = StanceWords.Default.Set("role-nouns");

    /// <summary>Cues whose object, when it is only actors, is solidarity with them ("backs Ukraine", "stood with Denmark").</summary>
    private static readonly HashSet<string> SolidarityCues = StanceWords.Default.Set("solidarity-cues");

    /// <summary>Nouns that an -ing cue right before them describes ("opposing sides", "supporting evidence").</summary>
    private static readonly HashSet<string> AdjectivalHeads = StanceWords.Default.Set("adjectival-heads");

    private static readonly HashSet<string> TopicPrepositions = StanceWords.Default.Set("topic-prepositions");

    /// <summary>Heads of what is accepted or received, not an issue: "accepted responsibility for the attack", "the invitation to".</summary>
    private static readonly HashSet<string> NotTopicHeads = StanceWords.Default.Set("not-topic-heads");

    private static readonly char[] HeadEdgePunctuation = ['.', ',', '’', '\''];

    /// <summary>Whether the topic's last word is someone's words ("the remarks", "the offer"), or its head names the sides of a conflict ("opposing sides in the war").</summary>
    private bool HeadIsNotATopic(string topic)
    {
        // the topic lower-cased into a buffer and read word by word (words are cut at spaces only): no strings a stance
        Span<char> buffer = topic.Length <= 256 ? stackalloc char[topic.Length] : new char[topic.Length];
        topic.AsSpan().ToLowerInvariant(buffer);
        ReadOnlySpan<char> lower = buffer;
        var last = LastWord(lower);
        if (last.IsEmpty) return false;
        if (_notTopics.Contains(last.Trim(HeadEdgePunctuation))) return true;
        // "opposing sides in the war", "both parties to the conflict": the sides of a conflict are actors, not an issue
        for (var rest = lower; NextWord(ref rest) is { IsEmpty: false } word && !TopicPrepositionLookup.Contains(word);)
            if (word is "side" or "sides" or "parties" || NotTopicHeadLookup.Contains(word)) return true;
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicPrepositionLookup = TopicPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotTopicHeadLookup = NotTopicHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first word of <paramref name="rest"/> (words are cut at spaces), and <paramref name="rest"/> moved past it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        int end = rest.IndexOf(' ');
        var word = end < 0 ? rest : rest[..end];
        rest = rest[word.Length..];
        return word;
    }

    /// <summary>The last word of a text whose words are cut at spaces; empty when it has none.</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(' ');
        return text[(text.LastIndexOf(' ') + 1)..];
    }

    private static readonly HashSet<string> Denials = StanceWords.Default.Set("denials");

    private static readonly HashSet<string> UndoingParticles = StanceWords.Default.Set("undoing-particles");

    /// <summary>Whether a one-word cue is undone by the particle after it: "backed away from", "backed down".</summary>
    private static bool Undone(TokenText words, CueMatch match) =>
        match.Cue.Words.Length == 1 && match.End < words.Count && UndoingParticles.Contains(words[match.End]);

    /// <summary>Whether the cue is a noun or an adjective here: "a UN support office", "UN-backed", "the opposing sides",
    /// "backed by", "boycotts and sanctions".</summary>
    private static bool IsNounUse(TokenText words, CueMatch match, int sentenceStart, Dependencies? tree)
    {
        int t = match.Start;
        var w = words[t];
        // the parse knows a verb from a noun where word lists guess ("the military plans to hold", "Iran strongly backs")
        bool verb = tree is not null && t < tree.Count && (tree.Upos(t) == "VERB" || VerbTakenForNoun(tree, t));
        if (t > sentenceStart && words.IsCapitalised(t)) return true; // "Back", "Support" inside a name
        // "split over plan to use the assets": a noun with its own preposition is no verb
        if (tree is not null && !verb && t < tree.Count && tree.Upos(t) == "NOUN" && tree.Child(t, "case") >= 0) return true;
        // "a vocal supporter of", "a fierce critic of": a role noun is the cue itself
        if (match.Cue.Words.Length == 2 && match.Cue.Words[1] == "of" && RoleNouns.Contains(w)) return false;
        if (t > sentenceStart && words.IsHyphen(t - 1) && words.Glued(t)) return true; // UN-backed
        if (match.End < words.Count && words[match.End] == "by" && match.Cue.Words.Length == 1 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
        if (t - 1 >= sentenceStart && Determiners.Contains(words[t - 1])) return true;
        if (!verb && t - 2 >= sentenceStart && Determiners.Contains(words[t - 2]) && (words.IsCapitalised(t - 1) || NounContext.Contains(words[t - 1]))) return true;
        bool past = w.EndsWith("ed", StringComparison.Ordinal);
        if (!verb && !past && t - 1 >= sentenceStart && NounContext.Contains(words[t - 1])) return true;
        if (w.EndsWith("ing", StringComparison.Ordinal) && t - 1 >= sentenceStart && GerundBlockers.Contains(words[t - 1])) return true;
        // "backed opposing sides", "a supporting role": an -ing form before such a noun is an adjective
        if (w.EndsWith("ing", StringComparison.Ordinal) && match.End < words.Count && AdjectivalHeads.Contains(words[match.End])) return true;
        for (int k = Math.Max(sentenceStart, t - 3); k < t; k++)
            if (Denials.Contains(words[k])) return true;
        return false;
    }

    /// <summary>
    /// A cue the parse tags as a noun but makes the root of its sentence with an infinitive under it ("The military plans
    /// to hold an election"): a sentence has a verb, so the cue is it.
    /// </summary>
    private static bool VerbTakenForNoun(Dependencies tree, int t)
    {
        // "The Kremlin's plans to hold …", "the plans to hold": a possessor or a determiner right before it keeps it a noun
        if (tree.Head(t) >= 0 || tree.Upos(t) != "NOUN" || tree.Child(t, "nmod:poss") >= 0 || t > 0 && tree.Head(t - 1) == t && tree.Is(t - 1, "det")) return false;
        int complement = tree.Child(t, "xcomp");
        return complement > t && tree.Upos(complement) == "VERB" && tree.Child(complement, "mark") is >= 0 and var mark && mark == t + 1;
    }

    private Stance? FromCue(Quote[] quotes, TokenText words, TopicReader topics, TopicCheck check, TreeHolder treeHolder, Assertion assertion, ActorPhrases phrases, MentionIndex? index,
        Sentence sentence, CueMatch match, out int end)
    {
        end = match.End;
        var cue = match.Cue;
        // "lobbied Turkey to oppose the memorandum", "urged allies not to back the plan": the addressee is asked to take a
        // position, which is the holder's (turned round by "not to")
        string? asked = null;
        int readFrom = match.End;
        bool verbExpected = cue.EndsInVerbIntroducer;
        if (match.SlotStart >= 0 && cue.Words[^1] == "to" && !cue.IsAction && match.End < sentence.EndToken
            && Match(words, treeHolder.Tree, match.End, sentence.EndToken) is { SlotStart: < 0, Cue.IsAction: false, Cue.Topics: CueTopics.Any } inner
            && !(inner.Cue.Polarity == StancePolarity.Support && _nouns.Of(words[match.End]) is not null)) // "urged Peru to approve the treaty": its approval
        {
            asked = cue.Polarity == StancePolarity.Oppose ? Opposite(inner.Cue.Polarity) : inner.Cue.Polarity;
            readFrom = inner.End;
            verbExpected = inner.Cue.EndsInVerbIntroducer;
        }
        var read = cue.IsAction ? topics.Action(match.Start, sentence.EndToken) : topics.Read(readFrom, sentence.EndToken, verbExpected);
        if (read is null) return null;
        end = read.EndToken;
        var kind = check.Check(read, out var topic);
        string? blamed = null;
        // "condemned Russia for the strikes", "criticised Israel over the settlements": the actor is the target, the deed the topic
        if (kind == TopicKind.ActorsOnly && check.ActorAt(read.PhraseStart) is { } actor && actor.EndToken + 1 < sentence.EndToken
            && words[actor.EndToken] is "for" or "over" && topics.Read(actor.EndToken + 1, sentence.EndToken, verbExpected: false) is { } deed)
        {
            kind = check.Check(deed, out topic);
            blamed = actor.ActorId;
            end = Math.Max(end, deed.EndToken);
        }
        // "called for the talks to resume", "pushed for Russia to withdraw its troops": what the topic is to do is the issue
        if (cue.Words[^1] == "for" && kind is TopicKind.Issue or TopicKind.ActorsOnly && end + 1 < sentence.EndToken && words[end] == "to"
            && _nouns.Of(words[end + 1]) is { } act)
        {
            bool hasObject = end + 2 < sentence.EndToken && words.IsWord(end + 2) && !LeadingPrepositions.Contains(words[end + 2]) && !TopicPrepositions.Contains(words[end + 2]);
            if (hasObject && topics.Action(end + 1, sentence.EndToken) is { } done && done.PhraseStart > end + 2 && check.Check(done, out var acted) == TopicKind.Issue)
            {
                if (kind == TopicKind.ActorsOnly) blamed ??= check.ActorAt(read.PhraseStart)?.ActorId;
                topic = acted;
            }
            else if (kind == TopicKind.Issue)
                topic = topic with { Text = act.Split(' ')[0] + " of " + topic.Text, EndToken = end + 2 };
            else return null;
            kind = TopicKind.Issue;
            end = Math.Max(end, topic.EndToken);
        }
        if (kind == TopicKind.NotATopic) return null;
        if (_lexicon.NotTopics.Contains(words[topic.EndToken - 1])) return null;
        // "asked for anonymity due to …": a head that is no topic, whatever follows it
        if (topic.PhraseStart < topic.EndToken && _lexicon.NotTopics.Contains(words[topic.PhraseStart])) return null;
        if (cue.IsWithdrawal && !NamesAnAgreement(words, topic)) return null;
        if (cue.Topics == CueTopics.Issues && !check.HeadNamesAnIssue(topic)) return null;
        // "urged Beijing to exercise restraint": what an addressee is asked to do is a stance only when it names an
        // issue through its noun ("to reopen the border" -> "reopening of the border")
        if (asked is null && match.SlotStart >= 0 && !cue.IsAction && cue.Words[^1] == "to" && (topic.FirstToken == match.End || topic.Noun is null) && !words.IsCapitalised(topic.FirstToken) && _nouns.Of(words[topic.FirstToken]) is null
            && topic.Text.StartsWith(words[topic.FirstToken], StringComparison.OrdinalIgnoreCase)) return null;

        var quote = QuoteAround(quotes, words.Tokens[match.Start].Start);
        int from = sentence.FirstToken;
        if (quote is { Kind: QuoteKind.Direct } && words.AtOrAfter(quote.Start) > from) from = words.AtOrAfter(quote.Start);
        if (quote is { Kind: QuoteKind.Indirect } && words.AtOrAfter(quote.Start) > from) from = words.AtOrAfter(quote.Start);
        var subject = phrases.SubjectBefore(from, SubjectEnd(words, from, match.Start));

        // "bureaucrats who want to turn …": the cue belongs to a restrictive relative clause, whose subject is not the holder
        for (int k = (subject?.EndToken ?? from); k < match.Start; k++)
            if (words[k] is "who" or "that" or "which" && k > from && words[k - 1] != "," && !HasOwnSubject(words, k + 1, match.Start)) return null;

        int governor = Governor(treeHolder.Tree, match.Start);
        // "Few expect Belgrade to back the proposal", "Moscow wants Serbia to oppose it": the one named as the object of
        // another's verb declares nothing
        if (HolderIsObjectOfAnother(treeHolder.Tree, words, governor)) return null;
        string? holder = treeHolder.Of(governor)?.ActorId ?? (treeHolder.SubjectIsOwnedThing(governor) ? null : subject?.ActorId);
        if (holder is null && subject is { IsPronoun: true } && index?.AtToken(subject.FirstToken) is { } resolved) holder = resolved.ActorId;
        if (holder is null && quote?.Speaker is not null && (subject is null || subject.IsPronoun || FirstPerson.Contains(words[subject.FirstToken])))
            holder = quote.Speaker;
        if (holder is null && subject is { IsPronoun: true } && index is not null)
            holder = FirstActorBefore(index, sentence.FirstToken, match.Start);
        if (holder is null) return null;
        // "If Canada backs the plan", "is expected to veto", "Analysts say France could oppose": no declared position
        if (assertion.IsUnasserted(governor, holder, sentence.EndToken)) return null;

        var polarity = asked ?? cue.Polarity;
        // "Neither France nor Italy backed the resolution" is "did not back"
        if (assertion.SubjectNegated(governor))
        {
            if (polarity == StancePolarity.Oppose) return null;
            polarity = StancePolarity.Oppose;
        }
        // "Peru refused to recognise": the subject reader may take the refusal into the subject's phrase
        for (int k = Math.Max(sentence.FirstToken, match.Start - 3); k < (subject?.EndToken ?? sentence.FirstToken); k++)
            if (Refuses(words, k, match.Start)) polarity = polarity == StancePolarity.Support ? StancePolarity.Oppose : StancePolarity.Support;
        int negFrom = subject?.EndToken ?? Math.Max(sentence.FirstToken, match.Start - 3);
        for (int k = Math.Max(negFrom, match.Start - 4); k < match.Start; k++)
            if (Negations.Contains(words[k]) || Refuses(words, k, match.Start))
            {
                if (polarity == StancePolarity.Oppose) return null;
                polarity = StancePolarity.Oppose;
            }

        string? target = null;
        if (index is not null)
        {
            var inSlot = match.SlotStart >= 0 ? index.InTokens(match.SlotStart, match.SlotEnd).FirstOrDefault() : null;
            var atTopic = index.AtToken(topic.FirstToken) is { } m && m.FirstToken == topic.FirstToken ? m : null;
            target = blamed ?? (inSlot ?? atTopic)?.ActorId;
            if (target == holder) target = null;
        }
        var topicText = topic.Text;
        // "a staunch supporter of Israel" describes an ally; a role noun holds a stance only on an issue
        if (RoleNouns.Contains(words[match.Start]) && index?.AtToken(topic.FirstToken) is not null) return null;
        // "stood with Denmark and Greenland": support for actors themselves is solidarity with them
        if (kind == TopicKind.ActorsOnly)
        {
            if (polarity != StancePolarity.Support || index?.AtToken(topic.FirstToken) is null) return null; // "opposes Hamas" is a relation, not a stance
            // "welcomed the Chinese foreign minister", "embraced the president": a visitor received, no solidarity
            if (!SolidarityCues.Contains(words[match.Start])) return null;
            topicText = "solidarity with " + topicText;
        }
        // support for "an end to the mission" is opposition to the mission
        foreach (var prefix in EndPrefixes)
            if (topicText.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && topicText.Length > prefix.Length + 2)
            {
                topicText = topicText[prefix.Length..].Trim();
                foreach (var det in new[] { "the ", "a ", "an ", "its ", "their " })
                    if (topicText.StartsWith(det, StringComparison.OrdinalIgnoreCase)) { topicText = topicText[det.Length..]; break; }
                polarity = polarity == StancePolarity.Support ? StancePolarity.Oppose : StancePolarity.Support;
                // "an end to the mission" where the mission is an actor: the issue is its presence, not the actor
                int endOffset = words.Tokens[topic.EndToken - 1].End, startOffset = endOffset - topicText.Length;
                if (startOffset >= 0 && check.NamesOnlyActors(words.AtOrAfter(startOffset), topic.EndToken)) topicText = "presence of the " + topicText;
                break;
            }
        return new Stance
        {
            Holder = holder, Topic = topicText, Target = target, Polarity = polarity,
            Evidence = new Evidence(words.Tokens[match.Start].Start, words.Tokens[Math.Max(topic.EndToken, match.End) - 1].End),
        };
    }

    private static readonly HashSet<string> WithdrawalTopicHeads = StanceWords.Default.Set("withdrawal-topic-heads");

    /// <summary>Whether the topic's head, among its words before a preposition, names talks or an agreement ("peace
    /// talks with the ELN", "the fisheries agreement with Chile"; not "flights to the island").</summary>
    private static bool NamesAnAgreement(TokenText words, Topic topic)
    {
        for (int k = topic.PhraseStart; k < topic.EndToken && !TopicPrepositions.Contains(words[k]); k++)
            if (WithdrawalTopicHeads.Contains(TopicKeys.Singular(words[k]))) return true;
        return false;
    }

    private static string Opposite(string polarity) => polarity == StancePolarity.Support ? StancePolarity.Oppose : StancePolarity.Support;

    /// <summary>
    /// The actors coordinated with a subject phrase: "Finland, Iceland and Norway", "Israel, which accuses the force of
    /// failing, and the United States" (a relative clause between commas is skipped).
    /// </summary>
    private static List<string> CoordinatedActors(TokenText words, MentionIndex index, int first, int end, int sentenceStart, int limit)
    {
        var result = new List<string>();
        // inside the phrase: "Armenia and Azerbaijan" read as one subject
        for (int j = first; j + 1 < end; j++)
        {
            if (words[j] is not ("and" or ",")) continue;
            int next = words[j + 1] == "the" ? j + 2 : j + 1;
            if (next < end && index.AtToken(next) is { } inner && (inner.FirstToken == next || inner.FirstToken == j + 1)) result.Add(inner.ActorId);
        }
        // to the right: ", Iceland", "and Norway"
        int k = end;
        while (k < limit && words[k] is "," or "and")
        {
            int next = k + 1;
            if (words[k] == "," && next < limit && words[next] == "and") next++;
            if (next < limit && words[next] == "the") next++;
            if (index.AtToken(next) is not { } m || m.FirstToken != next && !(next > 0 && words[next - 1] == "the" && m.FirstToken == next - 1)) break;
            // "Russia, Armenia's nominal ally,": an owner in an apposition is no coordinated holder
            if (m.EndToken < limit && words[m.EndToken] is "'s" or "’s" or "'" or "’") break;
            result.Add(m.ActorId);
            k = m.EndToken;
        }
        // to the left: "Finland, Iceland and", "Israel, which …, and" (a list that opens the sentence: in "… to join NATO,
        // and Finland supports" NATO ends another clause)
        int rightCount = result.Count;
        k = first - 1;
        if (k >= sentenceStart && words[k] == "the") k--;
        while (k >= sentenceStart && words[k] is "," or "and")
        {
            int prev = k - 1;
            if (words[k] == "and" && prev >= sentenceStart && words[prev] == ",") prev--;
            // skip ", which accuses the force of failing,"
            int open = prev;
            while (open >= sentenceStart && open > prev - 14 && words[open] != ",") open--;
            if (open >= sentenceStart && open < prev && open + 1 <= prev && words[open + 1] is "which" or "who") prev = open - 1;
            if (prev < sentenceStart || index.AtToken(prev) is not { } m) break;
            result.Add(m.ActorId);
            k = m.FirstToken - 1;
        }
        if (result.Count > rightCount && !OpensSentence(words, k + 1, sentenceStart)) result.RemoveRange(rightCount, result.Count - rightCount);
        return result;
    }

    /// <summary>Whether the cue is the infinitive of another verb that has an object ("expect | Belgrade | to back").</summary>
    private static bool HolderIsObjectOfAnother(Dependencies? tree, TokenText words, int cue)
    {
        if (tree is null || cue <= 0 || cue >= tree.Count || words[cue - 1] != "to" || !tree.Is(cue, "xcomp")) return false;
        int head = tree.Head(cue);
        return head >= 0 && tree.Child(head, "obj") is >= 0 and var obj && obj < cue;
    }

    /// <summary>Whether only an article or "both"/"neither"/"either" stands before the token in its sentence.</summary>
    private static bool OpensSentence(TokenText words, int t, int sentenceStart)
    {
        for (int k = sentenceStart; k < t; k++)
            if (words.IsWord(k) && words[k] is not ("the" or "both" or "neither" or "either")) return false;
        return true;
    }

    /// <summary>Whether a relative clause names its own subject before the verb ("in which he offered").</summary>
    private static bool HasOwnSubject(TokenText words, int from, int verb)
    {
        for (int k = from; k < verb; k++)
            if (words[k] is "he" or "she" or "they" or "it" or "we" or "i" or "you" || words.IsCapitalised(k)) return true;
        return false;
    }

    private static readonly HashSet<string> FloatingQuantifiers = StanceWords.Default.Set("floating-quantifiers");

    /// <summary>Where the subject before a cue ends: before a floating quantifier ("Armenia and Azerbaijan | both back").</summary>
    private static int SubjectEnd(TokenText words, int from, int cue)
    {
        int end = cue;
        while (end - 1 > from && FloatingQuantifiers.Contains(words[end - 1])) end--;
        return end;
    }

    private static string? FirstActorBefore(MentionIndex index, int first, int before) =>
        index.InTokens(first, before).FirstOrDefault()?.ActorId;

    /// <summary>The word a cue that starts with an auxiliary or a copula serves ("have been critical of": "critical"), else the cue's word.</summary>
    private static int Governor(Dependencies? tree, int t) =>
        tree is not null && t < tree.Count && tree.Relation(t) is "aux" or "cop" && tree.Head(t) >= 0 ? tree.Head(t) : t;

    /// <summary>The quote (of quotes ordered by start) that holds the offset, or null.</summary>
    internal static Quote? QuoteAround(Quote[] quotes, int offset)
    {
        // quotes ordered by start do not overlap: the last one that starts at or before the offset is the only candidate
        int lo = 0, hi = quotes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (quotes[mid].Start <= offset) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && offset < quotes[lo - 1].End ? quotes[lo - 1] : null;
    }

    private static readonly HashSet<string> LeadingPrepositions = StanceWords.Default.Set("leading-prepositions", ignoreCase: true);

    /// <summary>Words that are never a topic on their own: pronouns and amounts ("it", "them", "190 million").</summary>
    private static readonly System.Text.RegularExpressions.Regex PronounOrAmount = new(
        @"^(it|them|this|that|these|those|him|her|us|me|you|what|which|something|everything|anything|nothing|itself|themselves|[$€£]?\s*[\d.,]+\s*(%|percent|per cent|million|billion|trillion|thousand|hundred|bn|m)?(\s+(million|billion|dollars?|euros?|people))?)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A topic names an issue: not a stray prepositional phrase ("on Tuesday", "of the United Nations") nor a
    /// reciprocal pronoun ("each other of massing troops").
    /// </summary>
    internal static bool NamesAnIssue(string topic)
    {
        var t = topic.AsSpan().Trim();
        if (t.Length < 3) return false;
        int space = t.IndexOf(' ');
        var first = space < 0 ? t : t[..space];
        if (LeadingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)) return false;
        if (PronounOrAmount.IsMatch(t)) return false; // on the span: no copy of the topic a call
        return !t.StartsWith("each other", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("one another", StringComparison.OrdinalIgnoreCase);
    }
}
