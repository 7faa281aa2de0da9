using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;

using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    private enum PronounKind { None, Person, Thing, Plural }

    /// <summary>A pronoun that may stand for an actor (asked for nearly every token: a switch, not a set).</summary>
    private static PronounKind PronounOf(ReadOnlySpan<char> lower) => lower switch
    {
        "he" or "she" or "him" or "his" or "her" => PronounKind.Person,
        "it" or "its" => PronounKind.Thing,
        "they" or "them" or "their" => PronounKind.Plural,
        _ => PronounKind.None,
    };
    /// <summary>Verbs whose object is a text someone else wrote: data/actors/words/answering-verbs.txt.</summary>
    internal static readonly WordSet AnsweringVerbs = WordList.Set("actors", "words", "answering-verbs.txt");
    private static readonly WordSet Determiners = new(ClosedClasses.Determiners.Concat(WordList.Read(DataDirectory.File("actors", "words", "document-modifiers.txt"))));
    private static readonly WordSet PlaceAnaphors = WordList.Set("actors", "words", "place-anaphors.txt");
    /// <summary>Those who act for a state and go where it sends them ("its troops"): data/actors/words/own-agent-nouns.txt.</summary>
    private static readonly WordSet OwnAgentNouns = WordList.Set("actors", "words", "own-agent-nouns.txt");
    private static readonly WordSet NonSubjectRoles = new() { "owner", "modifier", "author", "place" };

    /// <summary>
    /// "Philippine and American troops began their joint exercises": a plural pronoun whose antecedent, in its sentence,
    /// is joined by "and" to an actor of another country refers to both, so to neither alone.
    /// </summary>
    private bool IsJoinedWithAnotherSide(int pronoun, Actor a)
    {
        var m = MostRecent(pronoun, a.Id, static (x, mm, id) => x.Id == id);
        if (m is null || m.FirstToken < SentenceStartToken(pronoun)) return false;
        var mentions = _book.Mentions;
        for (int k = mentions.Count - 1; k >= LookBackStart; k--)
        {
            var other = mentions[k];
            if (other.FirstToken < m.FirstToken - 40) break;
            if (other.FirstToken >= pronoun) continue;
            bool joined = other.EndToken + 1 == m.FirstToken && Is(other.EndToken, "and") || m.EndToken + 1 == other.FirstToken && Is(m.EndToken, "and");
            if (joined && _book.ActorAt(k) is { } b && b.Id != a.Id && (b.Country ?? b.Id) != (a.Country ?? a.Id)) return true;
        }
        return false;
    }

    /// <summary>Pronouns, "the prime minister", "the government", "the agency", "the enclave", "the cable".</summary>
    private int TryWordReference(int i)
    {
        var pronoun = PronounOf(Low(i));
        // "expelled two French diplomats, accusing them of …": the object of a participle after a comma is the object of
        // the clause before it, never that clause's subject (who does the accusing)
        if (pronoun is PronounKind.Person or PronounKind.Plural && ObjectOfClauseBefore(i, pronoun) is { } obj)
        {
            Mention(obj, i, i + 1, "pronoun");
            return i + 1;
        }
        if (pronoun == PronounKind.Person)
        {
            var p = ResolvePersonSubject(i);
            if (p is null) return -1;
            Mention(p, i, i + 1, "pronoun");
            return i + 1;
        }
        if (pronoun == PronounKind.Thing)
        {
            // "it" before a clause ("it is", "it was") is often no actor: only take "it"/"its" as a subject or owner
            var a = OwnerOfLocalVerb(i) ?? SayerOfReportedClause(i, static (x, m) => IsThingActor(x, m)) ?? ResolveSubject(i, (x, m) => IsThingActor(x, m));
            if (a is null) return -1;
            if (OwnMilitary(i, a) is int end) return end;
            Mention(a, i, i + 1, "pronoun");
            return i + 1;
        }
        if (pronoun == PronounKind.Plural)
        {
            var a = SayerOfReportedClause(i, FitsPlural) ?? ResolveSubject(i, FitsPlural);
            if (a is null || IsJoinedWithAnotherSide(i, a)) return -1;
            if (OwnMilitary(i, a) is int end) return end;
            Mention(a, i, i + 1, "pronoun");
            return i + 1;
        }
        if (Is(i, "the")) return TryDefiniteReference(i);
        if (WordOf(i, LexKind.DocumentNoun) is { } doc) return TryDocument(i, doc.Target);
        return -1;
    }

    /// <summary>
    /// "Algeria denied that its army had crossed into Moroccan territory", "Russia said its troops …": a possessive
    /// pronoun of a state before a word of its military (roles.yaml military-anaphors) names that state's military;
    /// the mention covers both words. Returns the token after them, or null when the pronoun is not such an owner.
    /// </summary>
    private int? OwnMilitary(int i, Actor owner)
    {
        if (!(Is(i, "its") || Is(i, "their")) || owner.Kind != ActorKind.State || i + 1 >= _tok.Length || !IsMilitaryWord(i + 1)) return null;
        // "its military support", "their army chiefs": a word that goes on with a noun describes it
        int after = i + 1 + _wordLen[i + 1];
        if (IsLowerWord(after) && !(IsAny(after, ClauseAuxiliaries) || IsVerbForm(after) || IsAny(after, StopWords) || IsAny(after, ClosedClasses.Prepositions))) return null;
        return MentionAndCover(SectorActor(owner.Country ?? owner.Id, "MIL"), i, i + 1 + _wordLen[i + 1], "pronoun");
    }

    /// <summary>
    /// "France said Kosovo withdrew its police from the town": "its" right after a past verb (with "has" or "had"
    /// before it) and before a noun of those who act for a state (data/actors/words/own-agent-nouns.txt) is of that
    /// verb's subject when an actor's name ends right before the verb, not of the sentence's first actor; null otherwise.
    /// </summary>
    private Actor? OwnerOfLocalVerb(int i)
    {
        if (!Is(i, "its") || i < 2 || !IsVerbForm(i - 1) || !IsAny(i + 1, OwnAgentNouns)) return null;
        int end = i - 1;
        if (Is(end - 1, "has") || Is(end - 1, "had") || Is(end - 1, "have")) end--;
        var mentions = _book.Mentions;
        int sentenceStart = SentenceStartToken(i);
        for (int k = mentions.Count - 1; k >= LookBackStart; k--)
        {
            var m = mentions[k];
            if (m.FirstToken < sentenceStart) break;
            if (m.EndToken != end || NonSubjectRoles.Contains(m.Role ?? "")) continue;
            var a = _book.ActorAt(k);
            return IsThingActor(a) ? a : null;
        }
        return null;
    }

    /// <summary>Verbs of saying (data/lexicon/reporting-verbs.txt) after which a subject pronoun opens the reported clause.</summary>
    private static readonly WordSet ReportingVerbs = WordList.Set("lexicon", "reporting-verbs.txt");

    /// <summary>Auxiliaries and modals that may follow the subject pronoun of a reported clause ("said it had", "said they would").</summary>
    private static readonly WordSet ClauseAuxiliaries = ClosedClasses.FiniteAuxiliaries;

    /// <summary>
    /// "… after Algeria's army said it had shot down a Malian drone", "the rebels said they would": "it" or "they" right
    /// after a verb of saying (or its "that") and before a verb or auxiliary is the subject of the reported clause, and
    /// stands for the one who said it, named right before the verb (or before a relative clause set off by commas before
    /// it) in the same sentence, not for the sentence's first actor; null when no fitting actor ends there (the caller
    /// then looks further back).
    /// </summary>
    private Actor? SayerOfReportedClause(int i, Func<Actor, ActorMention, bool> ok)
    {
        int verb = Is(i - 1, "that") ? i - 2 : i - 1;
        if (verb < 1 || !IsAny(verb, ReportingVerbs) || i + 1 >= _tok.Length || !(IsAny(i + 1, ClauseAuxiliaries) || IsVerbForm(i + 1))) return null;
        int sentenceStart = SentenceStartToken(i);
        // "Uganda, which has troops in Somalia, said it …": the sayer is named before a relative clause set off by commas
        int end = verb;
        if (IsPunct(verb - 1, ','))
            for (int k = verb - 2; k > sentenceStart; k--)
                if ((Is(k, "which") || Is(k, "who")) && IsPunct(k - 1, ',')) { end = k - 1; break; }
        var mentions = _book.Mentions;
        for (int k = mentions.Count - 1; k >= LookBackStart; k--)
        {
            var m = mentions[k];
            if (m.FirstToken < sentenceStart) break;
            if (m.EndToken != end) continue;
            // "Indian claims that it …": a people's adjective before a noun of saying names no sayer
            if (m.Role is "adjective" || NonSubjectRoles.Contains(m.Role ?? "")) return null;
            var a = _book.ActorAt(k);
            return ok(a, m) ? a : null;
        }
        return null;
    }

    /// <summary>
    /// For "him" or "them" right after a participle that follows a comma ("…, accusing them of", "…, calling him"), the
    /// latest mention of the fitting kind in the sentence before the comma other than its first one (the subject of
    /// the clause, who also does what the participle says); null when the pronoun stands elsewhere or none fits.
    /// </summary>
    private Actor? ObjectOfClauseBefore(int i, PronounKind pronoun)
    {
        if (!(Is(i, "him") || Is(i, "them")) || i < 2 || !IsPunct(i - 2, ',') || !IsLowerWord(i - 1) || !Low(i - 1).EndsWith("ing")) return null;
        int start = SentenceStartToken(i);
        ActorMention? subject = null, latest = null;
        var mentions = _book.Mentions;
        // mentions are recorded left to right (owners just after their phrase): walk back to a little before the sentence
        for (int k = mentions.Count - 1; k >= LookBackStart; k--)
        {
            var m = mentions[k];
            if (m.FirstToken < start) { if (m.FirstToken < start - 40) break; continue; }
            if (m.FirstToken >= i - 2 || NonSubjectRoles.Contains(m.Role ?? "")) continue;
            if (subject is null || m.FirstToken < subject.FirstToken) subject = m;
            var a = _book.ActorAt(k);
            bool fits = pronoun == PronounKind.Person ? a.Kind == ActorKind.Person : FitsPlural(a, m);
            if (fits && (latest is null || m.FirstToken > latest.FirstToken)) latest = m;
        }
        return latest is null || latest.FirstToken == subject!.FirstToken ? null : _book.Find(latest.ActorId);
    }

    /// <summary>What "they"/"them" may stand for: a group, organisation or organ, or a state named by its adjective.</summary>
    private static bool FitsPlural(Actor a, ActorMention m) => IsThingActor(a, m) && (a.Kind is not (ActorKind.State or ActorKind.Igo) || m.Role is "adjective");

    private static bool IsThingActor(Actor a) => a.Kind is not (ActorKind.Person or ActorKind.Document);
    private static bool IsThingActor(Actor a, ActorMention m) => IsThingActor(a) && !NonSubjectRoles.Contains(m.Role ?? "");

    private Actor? ResolvePersonSubject(int i) => ResolveSubject(i, (a, m) => a.Kind == ActorKind.Person);

    /// <summary>
    /// The subject a reference stands for: the first fitting mention before it in its sentence, else the first one
    /// of the previous sentence, else of the one before that.
    /// </summary>
    private Actor? ResolveSubject(int i, Func<Actor, ActorMention, bool> ok)
    {
        int s = _sentOf[i];
        int oldest = Math.Max(0, s - 2);
        int limit = _sentences.Count == 0 ? 0 : _sentences[oldest].FirstToken;
        // mentions are recorded left to right (owners just after their phrase), so walk back until the window ends,
        // keeping the first fitting mention of this sentence, of the one before, and of the one before that
        ActorMention? best0 = null, best1 = null, best2 = null;
        var mentions = _book.Mentions;
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.FirstToken >= i) continue;
            if (m.FirstToken < limit) { if (m.FirstToken < limit - 40) break; continue; }
            int back = s - _sentOf[m.FirstToken];
            if (back is < 0 or > 2) continue;
            var held = back == 0 ? best0 : back == 1 ? best1 : best2;
            if (held is not null && held.FirstToken <= m.FirstToken) continue;
            var a = _book.ActorAt(k);
            if (!ok(a, m)) continue;
            if (back == 0) best0 = m; else if (back == 1) best1 = m; else best2 = m;
        }
        var found = best0 ?? best1 ?? best2;
        return found is null ? null : _book.Find(found.ActorId);
    }

    /// <summary>
    /// How many of the mentions recorded last a reference looks back over: the whole of any article, and a bound
    /// that keeps a document of a million words linear (without it each reference scanned every earlier mention).
    /// </summary>
    private const int LookBackMentions = 2000;

    /// <summary>The first of the mentions a look-back scans (see <see cref="LookBackMentions"/>).</summary>
    private int LookBackStart => Math.Max(0, _book.Mentions.Count - LookBackMentions);

    private ActorMention? MostRecent(int before, Func<Actor, ActorMention, bool> ok) => MostRecent(before, ok, static (a, m, ok) => ok(a, m));

    /// <summary>As <see cref="MostRecent(int, Func{Actor, ActorMention, bool})"/>, with what the test needs passed in (a static lambda: no closure a call).</summary>
    private ActorMention? MostRecent<TState>(int before, TState state, Func<Actor, ActorMention, TState, bool> ok)
    {
        ActorMention? best = null;
        var mentions = _book.Mentions;
        for (int k = mentions.Count - 1; k >= LookBackStart; k--)
        {
            var m = mentions[k];
            if (m.FirstToken >= before) continue;
            if (best is not null && m.FirstToken < best.FirstToken - 40) break;
            if (best is not null && m.FirstToken <= best.FirstToken) continue;
            var a = _book.ActorAt(k);
            if (!ok(a, m, state)) continue;
            best = m;
        }
        return best;
    }

    private string? ResolveOwnerPronoun(int i)
    {
        if (Is(i, "his") || Is(i, "her"))
        {
            var p = ResolvePersonSubject(i);
            return p is null ? null : p.Affiliation ?? p.Country;
        }
        var a = ResolveSubject(i, (x, m) => IsThingActor(x, m));
        return a is null ? null : a.Kind is ActorKind.State or ActorKind.Igo or ActorKind.Ngo or ActorKind.ArmedGroup or ActorKind.PoliticalParty or ActorKind.Media
            ? a.Id : AffiliationOf(a.Id);
    }

    /// <summary>The halves of divided countries: data/actors/words/divided-states.tsv (word, state, states named before).</summary>
    private static readonly Dictionary<string, (string State, string[] NamedBefore)>.AlternateLookup<ReadOnlySpan<char>> DividedStateHalves =
        TsvFile.Read(DataDirectory.File("actors", "words", "divided-states.tsv"), 3, "word, state, states named before")
            .ToDictionary(r => r[0], r => (r[1], r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"the North" after a mention of either Korea: the half of a divided country the compass word names.</summary>
    private int TryDividedStateHalf(int i)
    {
        int pos = i + 1;
        if (!IsCap(pos) || _nameLen[pos] > 0 || !DividedStateHalves.TryGetValue(Span(pos), out var half)) return -1;
        if (IsCap(pos + 1) || !_data.States.ContainsKey(half.State)) return -1;
        var named = MostRecent(i, half.NamedBefore, static (a, m, namedBefore) => a.Country is { } c && namedBefore.Contains(c));
        return named is null ? -1 : MentionAndCover(StateActor(half.State), i, pos + 1, "anaphor");
    }

    /// <summary>"the prime minister", "the Republican president", "the government", "the agency", "the enclave", "the country".</summary>
    private int TryDefiniteReference(int i)
    {
        int pos = i + 1, mods = 0;
        if (pos < _tok.Length && _nameLen[pos] > 0) return -1;
        if (TryDividedStateHalf(i) is var half and >= 0) return half;
        // skip up to two modifiers ("the Republican president", "the military junta") but stop at a head word
        while (mods < 2 && pos < _tok.Length && !IsReferenceHead(pos)
               && (IsLowerWord(pos) && !IsAny(pos, StopWords) || IsCap(pos) && _nameLen[pos] == 0 && !HasWord(pos)))
        { pos++; mods++; }
        if (pos >= _tok.Length || !IsReferenceHead(pos)) return -1;
        int end;
        // a title: the most recent person with it, else the dictionary's holder for the state in view
        if (WordOf(pos, LexKind.Title) is { } title && WordOf(pos, LexKind.SectorWord) is null || WordOf(pos, LexKind.Title) is { } t2 && IsSingularTitle(pos, pos + _wordLen[pos]) && !IsGovernmentWord(pos))
        {
            var tt = WordOf(pos, LexKind.Title)!.Target;
            end = pos + _wordLen[pos];
            if (IsNameStart(end)) return -1;
            string? owner = OwnerAfter(ref end);
            // "Kenyan protesters demanded the president's resignation": the state of a people named before in the
            // sentence is the one whose office it is, when no state was named
            string? recent = owner is null ? RecentStateCode(i) : null;
            string? inView = owner ?? recent ?? RecentPeopleCountry(i);
            var p = FindTitledPerson(tt, owner) ?? HolderOf(tt, inView);
            if (p is null)
            {
                // with no holder listed for a state's office (one the dictionary's persons hold: not "the mayor"), the
                // office of a state named in the same sentence (not "the leader of an opposition party": an office of
                // what its "of" phrase names)
                bool stateOffice = _lex.OfficeHolders.ContainsKey(tt) && !Is(end, "of");
                string? state = owner ?? (stateOffice ? RecentStateCode(i, sameSentence: true) ?? (recent is null ? inView : null) : null);
                return state is null ? -1 : MentionAndCover(SectorActor(state, SectorOfTitle(tt)), i, end, "title");
            }
            return MentionAndCover(p, i, end, "title");
        }
        // the government / the army
        if (IsGovernmentWord(pos) || IsMilitaryWord(pos))
        {
            bool mil = IsMilitaryWord(pos);
            end = pos + _wordLen[pos];
            string? owner = OwnerAfter(ref end) ?? (mil ? GovernmentCountryInSentence(i) ?? RecentMilitaryCountry(i) : null)
                ?? RecentStateCode(i, sameSentence: true) ?? RecentPeopleCountry(i) ?? SalientState(i);
            if (owner is null || !_data.States.ContainsKey(owner)) return -1;
            return MentionAndCover(SectorActor(owner, mil ? "MIL" : "GOV"), i, end, "anaphor");
        }
        // "the Commission", "the Council": a capitalised noun of an organisation named before
        if (!IsLowerWord(pos) && !IsCapitalNoun(pos)) return -1;
        var noun = Low(pos);
        end = pos + 1;
        // "the state of emergency", "the state of the economy": a state noun with an "of" phrase after it is no reference
        if (InSet(_data.Roles.StateAnaphors, noun) && !Is(end, "of"))
        {
            var m = MostRecent(i, (a, mm) => a.Kind == ActorKind.State && mm.Role != "place");
            return m is null ? -1 : MentionAndCover(_book.Find(m.ActorId)!, i, end, "anaphor");
        }
        if (InSet(PlaceAnaphors, noun))
        {
            var m = MostRecent(i, (a, mm) => mm.Role == "place");
            if (m is null) return -1;
            var a = _book.Find(m.ActorId)!;
            var mention = Mention(a, i, end, "anaphor", "place");
            Cover(i, end);
            return end;
        }
        if (IsCompanyNoun(pos) && MostRecent(i, (a, mm) => IsCompany(a)) is { } company)
            return MentionAndCover(_book.Find(company.ActorId)!, i, end, "anaphor");
        if (_lex.NounLookup.TryGetValue(noun, out var ids))
        {
            var m = MostRecentNamedBy(i, ids);
            return m is null ? -1 : MentionAndCover(_book.Find(m.ActorId)!, i, end, "anaphor");
        }
        if (WordOf(pos, LexKind.DocumentNoun) is { } doc) return TryDocument(pos, doc.Target, i);
        return -1;
    }

    /// <summary>
    /// The most recent mention before token <paramref name="before"/> of an actor a noun can mean (<paramref name="ids"/>),
    /// or of a state whose country is one of them. (A method of its own: a closure over a local of the callers was made
    /// at each of their calls, before their first test.)
    /// </summary>
    private ActorMention? MostRecentNamedBy(int before, List<string> ids) =>
        MostRecent(before, ids, static (a, mm, ids) => ids.Contains(a.Id) || a.Kind == ActorKind.State && a.Country is { } c && ids.Contains(c));

    private bool IsCapitalNoun(int pos) => IsCap(pos) && _nameLen[pos] == 0 && !IsAllCapsWord(pos) && _lex.NounLookup.ContainsKey(Low(pos));

    private bool IsReferenceHead(int pos) =>
        IsCapitalNoun(pos) || WordOf(pos, LexKind.Title) is not null || WordOf(pos, LexKind.DocumentNoun) is not null || IsGovernmentWord(pos) || IsMilitaryWord(pos)
        || IsLowerWord(pos) && (HasNoun(pos) || IsCompanyNoun(pos) || InSet(_data.Roles.StateAnaphors, Low(pos)) || InSet(PlaceAnaphors, Low(pos)));

    /// <summary>
    /// "the agency" as an owner ("the agency's director", "the head of the agency"): the organisation (or state) most
    /// recently named that the noun can mean, or the article's company for "the company"; with the phrase's end.
    /// </summary>
    private (string Id, int End)? OwnerByNoun(int i)
    {
        if (!Is(i, "the")) return null;
        int pos = i + 1, mods = 0;
        while (mods < 2 && IsLowerWord(pos) && !HasNoun(pos) && !IsCompanyNoun(pos) && !IsAny(pos, StopWords) && WordOf(pos, LexKind.Title) is null)
        { pos++; mods++; }
        if (!IsLowerWord(pos)) return null;
        ActorMention? m = null;
        if (IsCompanyNoun(pos)) m = MostRecent(i, (a, mm) => IsCompany(a));
        else if (_lex.NounLookup.TryGetValue(Low(pos), out var ids))
            m = MostRecentNamedBy(i, ids);
        return m is null ? null : (m.ActorId, pos + 1);
    }

    /// <summary>"company", "firm" (not "group", which may be an armed group) when the article has named a company.</summary>
    private bool IsCompanyNoun(int pos) => _companyNames.Count > 0 && IsAny(pos, Companies.Heads);

    private bool HasNoun(int pos) => IsLowerWord(pos) && _lex.NounLookup.ContainsKey(Low(pos));

    private bool IsGovernmentWord(int pos) => _wordLen[pos] > 0 && InSet(_data.Roles.GovernmentAnaphors, LowRange(pos, pos + _wordLen[pos]));
    private bool IsMilitaryWord(int pos) => _wordLen[pos] > 0 && InSet(_data.Roles.MilitaryAnaphors, LowRange(pos, pos + _wordLen[pos]));

    private int MentionAndCover(Actor a, int from, int to, string via)
    {
        Mention(a, from, to, via);
        Cover(from, to);
        return to;
    }

    /// <summary>
    /// "… of France", "… of the African Union": the owner named after a title or noun; moves end past it. A region or
    /// town that only the gazetteer knows names its state ("the government of Sindh province", "the governor of
    /// Helmand"), as the event datasets code a province's government as its state's.
    /// </summary>
    private string? OwnerAfter(ref int end)
    {
        if (!Is(end, "of")) return null;
        int k = end + 1;
        if (Is(k, "the")) k++;
        if (k >= _tok.Length) return null;
        if (_nameLen[k] > 0 && NameOf(k, v => v.IsState && v.Kind != LexKind.StatePlace || v.Kind == LexKind.Organisation) is { } lx)
        {
            var actor = OwnerActor(lx.Target)!;
            Mention(actor, k, k + _nameLen[k], "owner", "owner");
            end = k + _nameLen[k];
            return lx.Target;
        }
        if (GazetteerPlaceAt(k, out int placeEnd) is { } country)
        {
            Mention(StateActor(country), k, placeEnd, "gazetteer", "place");
            end = placeEnd;
            return country;
        }
        return null;
    }

    private string? RecentStateCode(int before, bool sameSentence = false)
    {
        var m = MostRecent(before, (a, mm) => a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military && a.Country is not null && mm.Role != "place");
        if (m is null || sameSentence && _sentOf[m.FirstToken] != _sentOf[before]) return null;
        return _book.Find(m.ActorId)!.Country;
    }

    /// <summary>
    /// "Myanmar's military … the envoy urged the military to halt air strikes": the country of the armed forces the
    /// article named last, which "the military" or "the army" goes on naming; null when none was named before.
    /// </summary>
    private string? RecentMilitaryCountry(int before)
    {
        var m = MostRecent(before, (a, mm) => a.Kind == ActorKind.Military && a.Country is not null && mm.Role != "place");
        return m is null ? null : _book.Find(m.ActorId)!.Country;
    }

    /// <summary>
    /// "Georgian students marched against the government": the state of a people named earlier in the same sentence
    /// (a state's civilians, students, workers, opposition), whose government "the government" then is; null when none.
    /// </summary>
    /// <summary>
    /// "… and in August the cabinet asked the army to draw up a plan": a government named right before a verb of
    /// command (data/actors/words/command-verbs.txt) commands its own army, whichever army the article named last;
    /// null otherwise ("the envoy urged the military", "officials in Oman said the military …" keep the army of the article).
    /// </summary>
    private string? GovernmentCountryInSentence(int before)
    {
        if (!IsAny(before - 1, CommandVerbs)) return null;
        var m = MostRecent(before, (a, mm) => mm.Role != "place");
        if (m is null || m.EndToken != before - 1) return null;
        var a = _book.Find(m.ActorId)!;
        return a.Kind == ActorKind.Government ? a.Country : null;
    }

    /// <summary>Verbs by which a government commands forces: data/actors/words/command-verbs.txt.</summary>
    private static readonly WordSet CommandVerbs = WordList.Set("actors", "words", "command-verbs.txt");

    private string? RecentPeopleCountry(int before)
    {
        var m = MostRecent(before, (a, mm) => a.Kind is ActorKind.Group && a.Country is not null && mm.Role != "place");
        return m is null || _sentOf[m.FirstToken] != _sentOf[before] ? null : _book.Find(m.ActorId)!.Country;
    }

    /// <summary>The state the article has named most often so far (ties: the first named).</summary>
    private readonly Dictionary<string, int> _stateCounts;

    private string? SalientState(int before)
    {
        var counts = _stateCounts;
        counts.Clear();
        string? best = null;
        int bestCount = 0;
        var mentions = _book.Mentions;
        for (int k = LookBackStart; k < mentions.Count; k++)
        {
            if (mentions[k].FirstToken >= before) continue;
            var a = _book.ActorAt(k);
            if (a.Country is null || a.Kind is not (ActorKind.State or ActorKind.Government or ActorKind.Military)) continue;
            int c = counts[a.Country] = counts.GetValueOrDefault(a.Country) + 1;
            if (c > bestCount) { best = a.Country; bestCount = c; }
        }
        return best;
    }

    /// <summary>
    /// The state a title without an owner belongs to ("Prime Minister Abiy Ahmed said Ethiopia…"): a state named
    /// earlier in the sentence, else later in it, else in the previous sentence, else the article's main state.
    /// </summary>
    private string? ContextState(int i)
    {
        var here = RecentStateCode(i, sameSentence: true);
        if (here is not null) return here;
        int end = SentenceEnd(i);
        for (int k = i; k < end; k++)
            if (_nameLen[k] > 0 && NameOf(k, v => v.Kind is LexKind.StateName or LexKind.StateAdjective or LexKind.StateSeat) is { } lx
                && _data.States.TryGetValue(lx.Target, out var st) && !st.Ambiguous)
                return lx.Target;
        int s = _sentOf[i];
        if (s > 0)
        {
            var m = MostRecent(i, (a, mm) => a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military && a.Country is not null);
            if (m is not null && _sentOf[m.FirstToken] == s - 1) return _book.Find(m.ActorId)!.Country;
        }
        return SalientState(i);
    }

    /// <summary>
    /// "the cable", "a joint statement", "the communique from ECOWAS": a speaking document. Its author is named after
    /// it (from/by/of X), else it is the same document met before, else the sentence's subject, else the author of
    /// the last document.
    /// </summary>
    private int TryDocument(int k, string noun, int from = -1)
    {
        int start = from >= 0 ? from : k;
        if (from < 0)
        {
            int b = k - 1, steps = 0;
            while (b >= 0 && steps < 3 && !_covered[b] && !IsAny(b, Determiners) && (IsLowerWord(b) || IsPunct(b, '-'))) { b--; steps++; }
            if (b < 0 || !IsAny(b, Determiners) && !(IsCap(b) && IsAny(b, Determiners))) return -1;
            if (!_covered[b] && !IsPossessive(b)) start = b; else start = b + 1;
        }
        int end = k + _wordLen[k];
        // plural or verb uses ("reports say") are not documents
        string? author = null;
        if (Is(end, "from") || Is(end, "by") || Is(end, "of"))
        {
            int a = end + 1;
            if (Is(a, "the")) a++;
            if (a < _tok.Length && _nameLen[a] > 0 && NameOf(a, v => v.IsState && v.Kind != LexKind.StatePlace || v.Kind == LexKind.Organisation) is { } lx)
                author = lx.Target;
        }
        Actor? doc = null;
        if (author is null)
        {
            var prefix = "doc:" + Demarche.Actors.Lexicon.TextFold.Slug(noun);
            var prev = MostRecent(k, (a, m) => a.Kind == ActorKind.Document && a.Id.StartsWith(prefix, StringComparison.Ordinal));
            if (prev is not null) doc = _book.Find(prev.ActorId);
        }
        // "Hungary vetoed a statement criticising China": after a verb that answers another's text, no author is guessed
        if (doc is null && author is null && !IsAny(start - 1, AnsweringVerbs))
        {
            var subj = ResolveSubjectInSentence(k);
            if (subj is not null) author = AffiliationOf(subj.Id);
            else if (NameLaterInSentence(end) is { } later) author = later;
            else
            {
                var lastDoc = MostRecent(k, (a, m) => a.Kind == ActorKind.Document && a.Affiliation is not null);
                if (lastDoc is not null) author = _book.Find(lastDoc.ActorId)!.Affiliation;
            }
        }
        doc ??= DocumentActor(noun, author);
        return MentionAndCover(doc, start, end, "document");
    }

    /// <summary>"In a communique issued on Monday, the AU said": the first state or organisation named after k.</summary>
    private string? NameLaterInSentence(int k)
    {
        int end = SentenceEnd(k);
        for (int m = k; m < end; m++)
        {
            if (IsPunct(m, '\u201C') || IsPunct(m, '"')) return null;
            if (_nameLen[m] > 0 && NameOf(m, v => v.Kind == LexKind.Organisation || v.IsState && v.Kind != LexKind.StatePlace) is { } lx) return lx.Target;
        }
        return null;
    }

    private Actor? ResolveSubjectInSentence(int k)
    {
        int s = _sentOf[k];
        ActorMention? best = null;
        Actor? bestActor = null;
        var mentions = _book.Mentions;
        for (int j = LookBackStart; j < mentions.Count; j++)
        {
            var m = mentions[j];
            if (_sentOf[m.FirstToken] != s || m.FirstToken >= k || NonSubjectRoles.Contains(m.Role ?? "")) continue;
            var a = _book.ActorAt(j);
            if (a.Kind == ActorKind.Document) continue;
            if (best is null || m.FirstToken < best.FirstToken) (best, bestActor) = (m, a);
        }
        return bestActor;
    }
}
