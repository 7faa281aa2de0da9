using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    /// <summary>Nouns of an attack's means or unnamed authors (data/actors/words/unattributed-attackers.txt).</summary>
    private static readonly WordSet AttackerNouns = WordList.Set("actors", "words", "unattributed-attackers.txt");

    /// <summary>Words between a locative word and a place name ("in the eastern city of"): data/places/words/locative-fillers.txt.</summary>
    private static readonly WordSet LocativeFillers = WordList.Set("places", "words", "locative-fillers.txt");

    /// <summary>Words after which a phrase stands where an act's author does: "by gunmen", "when a car bomb exploded", "said a bomb killed".</summary>
    private static readonly WordSet AuthorOpeners = new() { "by", "when", "as", "after", "where", "that", "said", "says", ",", "while", "before" };

    /// <summary>Counts that may open the phrase: "two car bombs", "several gunmen".</summary>
    private static readonly WordSet AttackCountWords = new() { "two", "three", "four", "five", "six", "several", "multiple", "twin" };

    /// <summary>The police sector: police are always the police of the place they act in ("Riot police used water cannon in Tbilisi").</summary>
    private const string PoliceSector = "COP";

    private const string GoverningSector = "GOV";

    /// <summary>
    /// Whether the sector word at k names those who act where they belong: the police ("Riot police used water cannon in
    /// Tbilisi"), or a state's governing body (data/actors/words/governing-bodies.txt: "Authorities imposed a curfew in
    /// Dhaka").
    /// </summary>
    private bool ActsWhereItBelongs(int k) =>
        WordOf(k, LexKind.SectorWord) is { } sw && (sw.Target == PoliceSector || sw.Target == GoverningSector && GoverningBodies.Contains(LowRange(k, k + _wordLen[k])));

    private bool IsPoliceWord(int k) => WordOf(k, LexKind.SectorWord) is { Target: PoliceSector };

    /// <summary>The state the sentence before the one of token <paramref name="i"/> places its act in, or null.</summary>
    private string? StatePlacedBefore(int i)
    {
        int here = SentenceStartToken(i);
        return here > 0 ? PlacedState(SentenceStartToken(here - 1), here, -1, -1) : null;
    }

    /// <summary>The first comma or other punctuation from <paramref name="from"/> on, else the sentence's end.</summary>
    private int ClauseEnd(int from, int sentenceEnd)
    {
        for (int k = from; k < sentenceEnd; k++) if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, '.')) return k;
        return sentenceEnd;
    }

    /// <summary>Whether a token from <paramref name="from"/> up to <paramref name="to"/> is a verb's form ("met", "said").</summary>
    private bool AnyVerbForm(int from, int to)
    {
        for (int j = from; j < to; j++) if (IsVerbForm(j)) return true;
        return false;
    }

    /// <summary>Whether the sector word at k names people who act together where they live (<see cref="PeopleSectors"/>).</summary>
    private bool IsPeopleWord(int k) => WordOf(k, LexKind.SectorWord) is { } sw && PeopleSectors.Contains(sw.Target);

    /// <summary>Sectors of roles.yaml whose bare words are armed attackers ("gunmen", "militants", "militias").</summary>
    private static readonly HashSet<string> ArmedSectors = new(StringComparer.Ordinal) { "REB", "UAF", "INS" };

    /// <summary>
    /// "A car bomb killed twelve people in Baghdad", "Gunmen attacked a police station in Nigeria", "were wounded by
    /// a roadside bomb near Kandahar": an attack's means or its unnamed authors, said without anything that names
    /// whose they are, in the place of the act's author (the start of a sentence or clause, after "by", or after a
    /// passive "were killed in"), stand for unidentified armed attackers of the state the sentence places them in
    /// (CAMEO's UAF, or the armed sector of the word: "militants" are REB). Nothing when the sentence names no place
    /// of a known state; "the blast" (a reference back) and "an Israeli airstrike" (a named side) are left alone.
    /// People named by their sector alone at the start of a sentence or clause ("Thousands of students marched in
    /// Tbilisi", "Prisoners rioted at a jail in Dili") are likewise that state's students or civilians, and police
    /// ("Riot police fired tear gas in Tbilisi") its police.
    /// </summary>
    private int TryUnattributedAttacker(int i)
    {
        // "Indian police detained opposition leaders": a verb's past form right after a named actor is its verb, not
        // the first word of the people it acts on
        if (i > 0 && _covered[i - 1] && IsVerbForm(i)) return -1;
        // "any attack on its facilities would be met with force", "no bombing": an attack named as one that may come
        // or none has no authors
        if (Is(i, "any") || Is(i, "no")) return -1;
        int k = i, mods = 0;
        if (Is(k, "a") || Is(k, "an") || IsAny(k, AttackCountWords) || _tok[k].Kind == TokenKind.Number) k++;
        else k = AfterCrowdCount(k);
        int sentenceEnd = SentenceEnd(i);
        int headEnd = -1;
        string? placedBefore = null; // the state the sentence before places its act in, once looked up
        string? sector = null;
        // "The police fired tear gas at protesters in Nairobi", "The authorities imposed a curfew in Dhaka", "The
        // opposition demanded the resignation of the Peruvian president": police, a governing body or people named with
        // "the" before the article has named any state (after one, the references pass says whose they are)
        if (k == i && Is(k, "the") && AtSentenceStart(k) && k + 1 < sentenceEnd && (ActsWhereItBelongs(k + 1) || IsPeopleWord(k + 1))
            && (RecentStateCode(i) is null || IsPoliceWord(k + 1) && (placedBefore = StatePlacedBefore(i)) is not null)) k++;
        // "Tens of thousands marched in Tbilisi", "Thousands rallied in Belgrade": a crowd's size alone is its people
        if (k == i && BareCrowdEnd(i, sentenceEnd) is > 0 and var crowdEnd) { headEnd = crowdEnd; sector = "CVL"; k = sentenceEnd; }
        while (k < sentenceEnd)
        {
            // the sentence's first word is capitalised ("Gunmen killed …")
            if (_covered[k] || _nameLen[k] > 0 || !(IsLowerWord(k) || k == i && IsWord(k) && AtSentenceStart(k))) return -1;
            if (k + 1 < sentenceEnd && IsLowerWord(k + 1) && InSet(AttackerNouns, LowRange(k, k + 2))) { headEnd = k + 2; sector = "UAF"; break; }
            if (InSet(AttackerNouns, Low(k))) { headEnd = k + 1; sector = "UAF"; break; }
            if (WordOf(k, LexKind.SectorWord) is { } sw && (ArmedSectors.Contains(sw.Target) || PeopleSectors.Contains(sw.Target) || ActsWhereItBelongs(k)))
            {
                headEnd = k + _wordLen[k];
                if (NotLocalSectorWords.Contains(LowRange(k, headEnd))) return -1;
                sector = sw.Target;
                break;
            }
            if (mods == 2 || IsAny(k, StopWords) || HasWord(k)) return -1;
            mods++;
            k++;
        }
        // the position is checked last: the phrase itself fails first for nearly every word
        if (headEnd < 0 || sector is null) return -1;
        // "…, met junta chief Min Aung Hlaing": police or a governing body are no phrase of their own after a verb, nor
        // before the title or sector word they describe ("junta chief", "government forces")
        if ((sector == PoliceSector || sector == GoverningSector)
            && (AnyVerbForm(i, k) || IsLowerWord(headEnd) && (WordOf(headEnd, LexKind.Title) is not null || WordOf(headEnd, LexKind.SectorWord) is not null)))
            return -1;
        string? policed = null;
        if (!IsUnattributedStart(i))
        {
            // "Police in Dhaka fired tear gas at students", "its troops killed six militants in a raid in North Waziristan"
            if (PeopleSectors.Contains(sector)) policed = PoliceStateBefore(i, headEnd, sentenceEnd);
            else if (sector is "REB" or "INS" && ForceStateBefore(i) is { } force)
                policed = PlacedState(SentenceStartToken(i), sentenceEnd, i, headEnd) ?? force;
            if (policed is null) return -1;
        }
        // "an attack by Hamas", "rockets fired from Lebanon", "the bombing's victims": the phrase goes on to say whose
        if (Is(headEnd, "by") || Is(headEnd, "of") || Is(headEnd, "from") || IsPossessive(headEnd) || IsCap(headEnd) && _nameLen[headEnd] > 0) return -1;
        // "an attack on Guyana would have serious consequences": an attack on a state named as such is no act of armed
        // men inside it (that state is what it is aimed at, not where its authors are)
        if ((Is(headEnd, "on") || Is(headEnd, "against")) && headEnd + 1 < sentenceEnd && _nameLen[headEnd + 1] > 0
            && NameOf(headEnd + 1, v => v.IsState && v.Kind != LexKind.StatePlace) is not null) return -1;
        // "condemned the arrests as an attack on the Serb community": after "as" with no verb of its own before the clause
        // ends, the phrase names what was done, not who did it ("as a car bomb exploded" has its verb)
        if (Is(i - 1, "as") && !AnyVerbForm(headEnd, ClauseEnd(headEnd, sentenceEnd))) return -1;
        // "were killed in an airstrike": only a means after "in"; people only where they act ("Students marched in Tbilisi")
        if ((Is(i - 1, "in") || Is(i - 1, "during")) && sector != "UAF") return -1;
        if (PeopleSectors.Contains(sector) && !(AtSentenceStart(i) || AfterDateline(i) || IsPunct(i - 1, ',') || Is(i - 1, "said") || Is(i - 1, "that"))
            && (policed ??= PoliceStateBefore(i, headEnd, sentenceEnd)) is null) return -1;
        var state = policed ?? PlacedState(SentenceStartToken(i), sentenceEnd, i, headEnd);
        // with no place: "Two Malian soldiers were killed by jihadists": armed men are of the one state the sentence names;
        // "Protesters demanded the resignation of the Peruvian president": people who act on the one government the
        // sentence names are its people
        // (a governing body only where the sentence places its act: "the government criticised Russia" is no one's)
        if (sector != GoverningSector)
            state ??= PeopleSectors.Contains(sector) ? SoleGovernmentNamedAfter(headEnd, sentenceEnd) : SoleStateNamed(SentenceStartToken(i), sentenceEnd);
        // "Thousands marched in Nairobi on Tuesday. Police fired tear gas at them": police whose sentence places nothing act
        // where the sentence before placed the story
        if (sector == PoliceSector) state ??= placedBefore ?? StatePlacedBefore(i);
        if (state is null) return -1;
        Mention(SectorActor(state, sector), i, headEnd, "unattributed");
        Cover(i, headEnd);
        return headEnd;
    }

    /// <summary>
    /// "Police in Dhaka fired tear gas at thousands of students", "Kenyan police arrested dozens of protesters": people
    /// named by their sector alone whom a state's police act on earlier in the same sentence are that state's people
    /// (police act where they belong); null when the sentence names no police before them, or places the people after
    /// their phrase in another state ("arrested protesters in Jerusalem": the place says whose they are, or that it is
    /// not known; "Kenyan police opened fire on protesters in Nairobi" are Kenya's, unless the state is marked ambiguous
    /// in states.yaml, whose places hold other peoples too).
    /// </summary>
    private string? PoliceStateBefore(int i, int headEnd, int sentenceEnd)
    {
        var police = ForceStateBefore(i, military: false);
        for (int k = headEnd; k + 1 < sentenceEnd; k++)
            if (Is(k, "in") && (_nameLen[k + 1] > 0 || Is(k + 1, "the") && k + 2 < sentenceEnd && _nameLen[k + 2] > 0))
                return police is not null && _data.States.TryGetValue(police, out var st) && !st.Ambiguous && PlacedState(k, sentenceEnd, -1, -1) == police ? police : null;
        return police;
    }

    /// <summary>
    /// The state of the forces (its police, or with <paramref name="military"/> also its military) named earlier in the
    /// same sentence as a phrase at i: armed men whom a state's forces act on are fought in a state ("Nigerian troops
    /// killed 30 insurgents": Nigeria's, unless the sentence places them elsewhere); null when none were named before.
    /// </summary>
    private string? ForceStateBefore(int i, bool military = true)
    {
        // (two lambdas that capture nothing, made once, where one over "military" was made at each call)
        var m = military ? MostRecent(i, static (a, mm) => IsForce(a, mm, military: true)) : MostRecent(i, static (a, mm) => IsForce(a, mm, military: false));
        return m is null || _sentOf[m.FirstToken] != _sentOf[i] ? null : _book.Find(m.ActorId)!.Country;
    }

    private static bool IsForce(Demarche.Core.Model.Actor a, Demarche.Core.Model.ActorMention mm, bool military) => mm.Role != "place" && a.Country is not null && a.Code is { } code
        && (code.EndsWith(PoliceSector, StringComparison.Ordinal) || military && code.EndsWith("MIL", StringComparison.Ordinal));

    /// <summary>Nouns of an armed group's places and things that attacks aim at: data/actors/words/armed-target-nouns.txt.</summary>
    private static readonly WordSet ArmedTargetNouns = WordList.Set("actors", "words", "armed-target-nouns.txt");

    /// <summary>
    /// "The army shelled rebel positions in Amhara", "jets struck militant hideouts near Kandahar": a bare armed sector
    /// word before a noun of an armed group's places (data/actors/words/armed-target-nouns.txt) names the rebels or
    /// insurgents of the state the sentence places them in, else of the state named earlier in the sentence.
    /// </summary>
    private int TryArmedTargetModifier(int i)
    {
        if (!IsLowerWord(i) || _wordLen[i] == 0 || WordOf(i, LexKind.SectorWord) is not { } sw || sw.Target is not ("REB" or "INS")) return -1;
        int end = i + _wordLen[i];
        if (!IsLowerWord(end) || !(InSet(ArmedTargetNouns, Low(end)) || end + 1 < _tok.Length && InSet(ArmedTargetNouns, LowRange(end, end + 2)))) return -1;
        // "Houthi rebel positions": a name before the word says whose they are
        if (i > 0 && _covered[i - 1]) return -1;
        var state = PlacedState(SentenceStartToken(i), SentenceEnd(i), i, end) ?? RecentStateCode(i, sameSentence: true);
        if (state is null) return -1;
        Mention(SectorActor(state, sw.Target), i, end, "unattributed");
        Cover(i, end);
        return end;
    }

    /// <summary>Sectors of people who act together where they live: "Students marched in Tbilisi", "Workers struck in Serbia".</summary>
    private static readonly HashSet<string> PeopleSectors = new(StringComparer.Ordinal) { "CVL", "EDU", "LAB", "OPP", "HLH" };

    /// <summary>Words of a crowd's size before "of": "thousands of", "tens of thousands of", "some 500,000".</summary>
    private static readonly WordSet CrowdWords = new() { "some", "about", "around", "nearly", "almost", "over", "more", "than", "at", "least",
        "up", "to", "tens", "hundreds", "thousands", "dozens", "scores", "millions", "of", "a", "group", "crowd", "crowds" };

    /// <summary>The token after a crowd's size ("Tens of thousands of students": at "students"); k itself when there is none.</summary>
    private int AfterCrowdCount(int k)
    {
        int j = k, end = SentenceEnd(k);
        while (j < end && j < k + 6 && (IsAny(j, CrowdWords) || _tok[j].Kind == TokenKind.Number)) j++;
        // a size ends with "of" or a number: "thousands of", "some 500,000"
        return j > k && (Is(j - 1, "of") || _tok[j - 1].Kind == TokenKind.Number) ? j : k;
    }

    /// <summary>Plural nouns of a crowd's size that can stand for the crowd: "thousands marched", "tens of thousands rallied".</summary>
    private static readonly WordSet CrowdSizeNouns = new() { "hundreds", "thousands", "millions", "crowds" };

    /// <summary>
    /// The end of a crowd's size said alone at token i ("Tens of thousands marched", "Thousands rallied"): crowd words
    /// ending in a plural of size, with a lower-case word that is no "of" after it; -1 when there is none.
    /// </summary>
    private int BareCrowdEnd(int i, int sentenceEnd)
    {
        int j = i;
        while (j < sentenceEnd && j < i + 5 && IsAny(j, CrowdWords) && (IsLowerWord(j) || j == i && AtSentenceStart(j))) j++;
        if (j == i || !IsAny(j - 1, CrowdSizeNouns) || j >= sentenceEnd || !IsLowerWord(j) || Is(j, "of") || IsAny(j, StopWords)) return -1;
        return j;
    }

    /// <summary>
    /// The one state whose government or office holder a sentence names after a token: a state's name or adjective
    /// before a title or a word of government ("the Peruvian president", "the Russian government's refusal"), or a known
    /// person in a government office on the date; null when none or more than one.
    /// </summary>
    private string? SoleGovernmentNamedAfter(int from, int sentenceEnd)
    {
        string? found = null;
        for (int j = from; j < sentenceEnd; j++)
        {
            if (_nameLen[j] == 0) continue;
            string? country = null;
            if (NameOf(j, v => v.Kind is LexKind.StateName or LexKind.StateAdjective) is { } lx && _data.States.TryGetValue(lx.Target, out var st) && !st.Ambiguous)
            {
                int k = j + _nameLen[j];
                if (IsPossessive(k)) k++;
                // (not its mission abroad: "Students staged a sit-in outside the Indian embassy" are no Indians)
                if ((WordOf(k, LexKind.Title) is { } title && SectorOfTitle(title.Target) == "GOV" || WordOf(k, LexKind.SectorWord) is { Target: "GOV" })
                    && !IsNotLocalWord(k))
                    country = st.Code;
            }
            else if (NameOf(j, v => v.Kind == LexKind.Person) is { } person && _data.Persons.TryGetValue(person.Target, out var entry)
                && entry.Country is { } home && entry.OfficeOn(_date) is { } office && (_date is not { } d || office.InForceOn(d)) && SectorOfTitle(office.Role) == "GOV")
                country = home;
            if (country is null) continue;
            if (found is not null && found != country) return null;
            found = country;
        }
        return found;
    }

    /// <summary>The one state a sentence names (by name or adjective, not by a place in it), or null when none or several.</summary>
    private string? SoleStateNamed(int sentenceStart, int sentenceEnd)
    {
        string? found = null;
        for (int j = sentenceStart; j < sentenceEnd; j++)
        {
            if (_nameLen[j] == 0 || NameOf(j, v => v.Kind is LexKind.StateName or LexKind.StateAdjective) is not { } lx) continue;
            if (!_data.States.TryGetValue(lx.Target, out var st) || st.Ambiguous) continue;
            if (found is not null && found != lx.Target) return null;
            found = lx.Target;
        }
        return found;
    }

    /// <summary>Whether token i may open a phrase in an act's author's place (see <see cref="TryUnattributedAttacker"/>).</summary>
    private bool IsUnattributedStart(int i)
    {
        if (AtSentenceStart(i) || AfterDateline(i)) return true;
        int prev = i - 1;
        if (IsAny(prev, AuthorOpeners)) return true;
        // "were killed in a bombing", "was wounded during an ambush"
        return (Is(prev, "in") || Is(prev, "during")) && (IsAny(prev - 2, PassiveAuxiliaries) || IsAny(prev - 3, PassiveAuxiliaries));
    }

    private static readonly WordSet PassiveAuxiliaries = ClosedClasses.PassiveAuxiliaries;

    /// <summary>
    /// Whether token i follows the dash of a wire dateline that opens its sentence ("TBILISI, Nov 29 (Reuters) - Tens
    /// of thousands marched"): the sentence's first word is in capitals and no lower-case word stands before the dash.
    /// </summary>
    private bool AfterDateline(int i)
    {
        if (i < 2 || !(Is(i - 1, "-") || Is(i - 1, "—") || Is(i - 1, "–"))) return false;
        int first = SentenceStartToken(i);
        if (i - first > 16 || !IsWord(first)) return false;
        var w = _text.AsSpan(_tok[first].Start, _tok[first].End - _tok[first].Start);
        if (w.Length < 2) return false;
        foreach (var c in w) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        for (int k = first + 1; k < i - 1; k++) if (IsLowerWord(k)) return false;
        return true;
    }

    /// <summary>
    /// The state whose place the sentence names after a locative word ("in Baghdad", "near the town of Kandahar",
    /// "in northern Syria", "in Pakistan's Khyber province"): the first after the phrase, else the last before it.
    /// </summary>
    private string? PlacedState(int sentenceStart, int sentenceEnd, int phraseStart, int phraseEnd)
    {
        string? before = null;
        for (int j = sentenceStart; j < sentenceEnd; j++)
        {
            if (j >= phraseStart && j < phraseEnd) continue;
            if (_nameLen[j] == 0 && LocatedPlaceAt(j, out int placeEnd) is { } placed)
            {
                if (j >= phraseEnd) return placed;
                before = placed;
                j = placeEnd - 1;
                continue;
            }
            if (_nameLen[j] == 0 || HasName(j, v => v.Kind is LexKind.Person or LexKind.Organisation)) continue;
            var lx = NameOf(j, v => v.Kind is LexKind.StateName or LexKind.StatePlace or LexKind.StateSeat);
            int end = j + _nameLen[j];
            // "in the Georgian capital", "near a Syrian village": a state's adjective before a noun of a place
            if (lx is null && end < sentenceEnd && IsAny(end, AdjectivePlaceNouns) && IsLocated(j)
                && NameOf(j, v => v.Kind == LexKind.StateAdjective) is { } adjective && _data.States.TryGetValue(adjective.Target, out var adjectiveState)
                && !adjectiveState.Ambiguous)
            {
                if (j >= phraseEnd) return adjectiveState.Code;
                before = adjectiveState.Code;
                j = end;
                continue;
            }
            if (lx is null || !_data.States.TryGetValue(lx.Target, out var st)) continue;
            // "outside the US embassy in Baghdad": a state named before its mission or envoys is not where they are
            if (!IsLocated(j) || !StateReadingHolds(j, end, lx, st.Ambiguous) || end < sentenceEnd && IsNotLocalWord(end))
            { j = end - 1; continue; }
            if (j >= phraseEnd) return st.Code;
            before = st.Code;
            j = end - 1;
        }
        return before;
    }

    /// <summary>Nouns of a place a state's adjective places in that state ("the Georgian capital"): data/actors/words/adjective-place-nouns.txt.</summary>
    private static readonly WordSet AdjectivePlaceNouns = WordList.Set("actors", "words", "adjective-place-nouns.txt");

    /// <summary>A place name after a locative word, over the fillers between ("in the eastern city of").</summary>
    private bool IsLocated(int j)
    {
        int k = j - 1;
        for (int steps = 0; steps < 5 && k >= 0 && IsAny(k, LocativeFillers) && !IsAny(k, Locatives); steps++)
        {
            // "residential areas of Omdurman", "the outskirts of Kharkiv", "the town of Samarra": a place noun with "of"
            if (Is(k, "of") && IsAny(k - 1, PlaceNouns)) return true;
            k--;
        }
        return IsAny(k, Locatives) || Is(k, "on") || Is(k, "through");
    }

    private static readonly WordSet Locatives = ClosedClasses.Locatives;

    /// <summary>
    /// Words that name a town or region somewhere but are never taken for a place after a locative word: months and days
    /// ("in March", "on Monday"), institutions, compass adjectives ("from Western governments": Uganda has a Western
    /// region). data/places/words/not-places.txt, which the places stage reads too.
    /// </summary>
    private static readonly WordSet NotPlaceWords = WordList.Set("places", "words", "not-places.txt");

    /// <summary>
    /// "in Kandahar", "near the town of Samarra", "in Sindh province": a capitalised name that no dictionary knows,
    /// after a locative word, which the gazetteer places in one country (see <see cref="IPlaceCountries"/>); its
    /// country, with <paramref name="end"/> after the name (up to three words, the longest known). Null when none.
    /// </summary>
    private string? LocatedPlaceAt(int j, out int end)
    {
        end = j;
        // cheapest checks first: this runs for every capitalised word no dictionary knows
        if (_places is null || !IsCap(j) || _covered[j] || _nameLen[j] > 0 || !IsLocated(j) || AtSentenceStart(j)) return null;
        return GazetteerPlaceAt(j, out end, town: true);
    }

    /// <summary>
    /// A capitalised name of up to three words at <paramref name="j"/> that no dictionary knows and the gazetteer places in
    /// one country (the longest such name): that country, with <paramref name="end"/> after the name. Null when none.
    /// With <paramref name="town"/> (after a locative word) a town may be meant (<see cref="IPlaceCountries.CountryOfTown"/>),
    /// unless a possessive follows ("in Allen's view").
    /// </summary>
    private string? GazetteerPlaceAt(int j, out int end, bool town = false)
    {
        end = j;
        if (_places is null || !IsCap(j) || _covered[j] || _nameLen[j] > 0) return null;
        int last = j, words = 1, sentenceEnd = SentenceEnd(j);
        while (true)
        {
            if (HyphenJoinAt(last, sentenceEnd)) last += 2; // "Mazar-i-Sharif": the hyphen and the word after it
            else if (words < 3 && IsLowerWord(last + 1) && _tok[last + 1].Length <= 3 && !Adjacent(last, last + 1) && HyphenJoinAt(last + 1, sentenceEnd))
            { last += 3; words++; } // "Deir al-Balah", "Sharm el-Sheikh": a particle joined to the next word
            else if (last + 1 < sentenceEnd && words < 3 && IsCap(last + 1) && _nameLen[last + 1] == 0 && !Adjacent(last, last + 1)) { last++; words++; }
            else break;
        }
        for (int e = last + 1; e > j; e--)
            if (!IsPunct(e - 1, '-') && !(e == j + 1 && IsAny(j, NotPlaceWords))
                && (town && !IsPossessive(e) ? _places.CountryOfTown(TextOf(j, e)) : _places.CountryOf(TextOf(j, e))) is { } country
                && _data.States.ContainsKey(country))
            {
                end = e;
                return country;
            }
        return null;
    }

    /// <summary>
    /// A hyphen right after word <paramref name="k"/> and right before a word that no dictionary knows ("al-Balah",
    /// "ez-Zor", "Mazar-i-Sharif"): the name goes on over both.
    /// </summary>
    private bool HyphenJoinAt(int k, int sentenceEnd) =>
        k + 2 < sentenceEnd && IsPunct(k + 1, '-') && Adjacent(k, k + 1) && Adjacent(k + 1, k + 2) && IsWord(k + 2) && _nameLen[k + 2] == 0;

    /// <summary>A place the gazetteer knows, named after a locative word: a mention of its state as a place ("in Kandahar").</summary>
    private int TryGazetteerPlace(int i)
    {
        if (LocatedPlaceAt(i, out int end) is not { } country) return -1;
        Mention(StateActor(country), i, end, "gazetteer", "place");
        Cover(i, end);
        return end;
    }
}
