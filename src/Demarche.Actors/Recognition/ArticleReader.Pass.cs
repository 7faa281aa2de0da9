using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    /// <summary>Reads the whole article once, left to right.</summary>
    public void Run()
    {
        for (int i = 0; i < _tok.Length; i++)
        {
            if (_covered[i] || _tok[i].Kind != TokenKind.Word) continue;
            int next = TryTitledPerson(i);
            if (next < 0) next = TryCompany(i);
            if (next < 0) next = TryName(i);
            if (next < 0) next = TryGazetteerPlace(i);
            if (next < 0) next = TryUnknownPerson(i);
            if (next < 0) next = TryLocatedSector(i);
            if (next < 0) next = TryUnattributedAttacker(i);
            if (next < 0) next = TryArmedTargetModifier(i);
            if (next < 0) next = TryWordReference(i);
            if (next > i) i = next - 1;
        }
    }

    /// <summary>A dictionary name at token i: a person, organisation or state (with its sector from context).</summary>
    private int TryName(int i)
    {
        if (_nameLen[i] == 0) return -1;
        int len = _nameLen[i];
        var vals = _nameVals[i]!;
        Lexeme? org = null, state = null;
        foreach (var v in vals)
        {
            if (org is null && v.Kind is LexKind.Organisation or LexKind.OrganisationAdjective) org = v;
            if (state is null && v.IsState) state = v;
        }
        if (org is not null) return HandleOrganisation(i, i + len, org.Target, ownerStart: i);
        var person = BestPerson(vals);
        if (person is not null && (len > 1 || SurnameAliasHolds(i, person))) return HandleKnownPerson(i, i + len, person);
        return state is null ? -1 : HandleState(i, len, state);
    }

    /// <summary>Of several persons a name can mean ("Bush"), the one met before, else the one in office on the date.</summary>
    private string? BestPerson(List<Lexeme> vals)
    {
        string? first = null;
        foreach (var v in vals)
        {
            if (v.Kind != LexKind.Person) continue;
            if (_book.Find(v.Target) is not null) return v.Target;
            first ??= v.Target;
        }
        if (first is null) return null;
        foreach (var v in vals)
            if (v.Kind == LexKind.Person && HoldsOffice(_data.Persons[v.Target])) return v.Target;
        return first;
    }

    /// <summary>
    /// A surname alone ("Masisi") is the dictionary's person only when the article met them already, or they are in
    /// office on the date, or the word acts ("Masisi said"); never after "in", "near" (a place of that name).
    /// </summary>
    private bool SurnameAliasHolds(int i, string personId)
    {
        if (IsAny(i - 1, PlacePrepositions) || Is(i - 1, "of") || Is(i - 1, "from")) return false;
        if (_book.Find(personId) is not null) return true;
        if (IsAny(i + 1, PersonVerbs) || IsPossessive(i + 1) && IsAny(i + 2, StopWords) == false && IsCap(i + 2) == false) return true;
        var entry = _data.Persons[personId];
        return HoldsOffice(entry);
    }

    /// <summary>Whether the person holds an office on the article's date (without a date: one that has not ended); a loop, not Any (a delegate a call).</summary>
    private bool HoldsOffice(Demarche.Actors.Lexicon.PersonEntry entry)
    {
        foreach (var o in entry.Offices)
            if (_date is { } d ? o.InForceOn(d) : o.To is null) return true;
        return false;
    }

    private int HandleKnownPerson(int i, int end, string personId)
    {
        var entry = _data.Persons[personId];
        // a title and owner in apposition: "Benjamin Netanyahu, the prime minister,"
        var (title, owner, appEnd) = ReadApposition(end);
        var actor = PersonActor(personId, entry.Name, title, owner);
        Mention(actor, i, end, "dictionary");
        Cover(i, end);
        if (appEnd > end) Cover(end, appEnd);
        return ExtendToGovernment(actor, i, end) is var g && g > 0 ? g : Math.Max(end, appEnd);
    }

    /// <summary>
    /// "Trump's administration", "the Netanyahu government": the person's state's government; "Zelensky's chief of
    /// staff", "Putin's spokesman": the sector of the title's office in the person's state (not the person), unless a
    /// name follows that says who holds it ("Trump's envoy Steve Witkoff").
    /// </summary>
    private int ExtendToGovernment(Actor person, int first, int end)
    {
        int k = end;
        if (IsPossessive(k)) k++;
        if (person.Country is not null && k > end && WordOf(k, LexKind.Title) is { } title && !IsCap(k + _wordLen[k]))
        {
            int titleEnd = k + _wordLen[k];
            Mention(SectorActor(person.Country, SectorOfTitle(title.Target)), first, titleEnd, "person-office");
            Cover(first, titleEnd);
            return titleEnd;
        }
        if (person.Country is null || !(Is(k, "administration") || Is(k, "government") || Is(k, "cabinet"))) return -1;
        Mention(SectorActor(person.Country, "GOV"), first, k + 1, "person-government");
        Cover(first, k + 1);
        return k + 1;
    }

    private int HandleOrganisation(int i, int end, string orgId, int ownerStart)
    {
        var actor = OrgActor(orgId);
        var ctx = ScanRight(end);
        if (ctx.Document is { } docNoun)
        {
            Mention(actor, i, end, "dictionary", "author");
            var doc = DocumentActor(docNoun, orgId);
            Mention(doc, ownerStart, ctx.End, "document");
            Cover(ownerStart, ctx.End);
            return ctx.End;
        }
        if (ctx.Title is { } title && !IsNameStart(ctx.End))
        {
            // "the UN envoy said": the person of the organisation who holds that title
            var p = FindTitledPerson(title, orgId) ?? HolderOf(title, orgId);
            if (p is not null)
            {
                Mention(actor, i, end, "dictionary", "owner");
                Mention(p, ownerStart, ctx.End, "title");
                Cover(ownerStart, ctx.End);
                return ctx.End;
            }
        }
        int stop = ctx.Sector is not null ? ctx.End : end;
        Mention(actor, ownerStart, stop, "dictionary");
        Cover(ownerStart, stop);
        return stop;
    }

    private static readonly WordSet PlacePrepositions = ClosedClasses.PlacePrepositions;

    private static readonly WordSet PlaceNouns = WordList.Set("actors", "words", "place-nouns.txt");

    /// <summary>Heads of the names of seas, gulfs and rivers that may hold a state's name: data/actors/words/water-bodies.txt.</summary>
    private static readonly WordSet WaterBodies = WordList.Set("actors", "words", "water-bodies.txt");

    /// <summary>"the South China Sea", "the Persian Gulf", "the Gulf of Mexico", "Lake Chad": a state's word inside the name of a water.</summary>
    private bool InWaterName(int i, int end)
    {
        int before = Is(i - 1, "of") ? i - 2 : i - 1;
        return IsWaterHead(end) || IsWaterHead(before);
    }

    private bool IsWaterHead(int k) => k >= 0 && IsCap(k) && InSet(WaterBodies, Span(k));

    /// <summary>Regions of several states named with one state's word: data/actors/words/region-names.txt.</summary>
    private static readonly WordSet RegionNames = WordList.Set("actors", "words", "region-names.txt");

    /// <summary>"South America", "Latin American", "the Korean Peninsula": the state's word with the word before or after it
    /// names a region of several states.</summary>
    private bool InRegionName(int i, int end) =>
        (IsWord(i - 1) && InSet(RegionNames, LowRange(i - 1, end))) || (IsWord(end) && InSet(RegionNames, LowRange(i, end + 1)));

    private int HandleState(int i, int len, Lexeme lx)
    {
        var st = _data.States[lx.Target];
        int end = i + len;
        if (InWaterName(i, end) || InRegionName(i, end)) { Cover(i, end); return end; }
        if (!StateReadingHolds(i, end, lx, st.Ambiguous)) return -1;
        string code = st.Code;
        switch (lx.Kind)
        {
            case LexKind.StatePlace:
                Mention(StateActor(code), i, end, "dictionary", "place");
                Cover(i, end);
                return end;
            case LexKind.StateMilitary:
                Mention(SectorActor(code, "MIL"), i, end, "dictionary");
                Cover(i, end);
                return end;
            case LexKind.StateSeat:
                if (IsPartOfAName(i, end)) { Cover(i, end); return end; }
                if (IsPlaceContext(i, end))
                    Mention(StateActor(code), i, end, "dictionary", "place");
                else
                    Mention(SectorActor(code, "GOV"), i, end, "seat");
                Cover(i, end);
                return end;
        }
        // "ethnic Albanians demonstrated in Serbia": a people named by its ethnicity, not the state's, are the civilians of
        // the state the sentence places them in, else of no state named
        if (lx.Kind == LexKind.StateAdjective && Is(i - 1, "ethnic"))
        {
            if (PlacedState(SentenceStartToken(i), SentenceEnd(i), i - 1, end) is { } placed)
                Mention(SectorActor(placed, CivilianSector), i - 1, end, "unattributed");
            Cover(i, end);
            return end;
        }
        // "Bosnian Serbs", "Kosovo Serbs", "Iraqi Kurds": the first word says where this people lives, the state whose
        // civilians they are; "Turkish Cypriots" are Cyprus's (data/actors/words/civic-demonyms.txt)
        if (lx.Kind is LexKind.StateAdjective or LexKind.StateName && PeopleOfAnotherState(end, code) is { End: > 0 } people)
        {
            string whose = people.Citizens ?? code;
            if (people.Citizens is null) Mention(StateActor(code), i, end, "dictionary", "owner");
            Mention(SectorActor(whose, CivilianSector), i, people.End, "sector", TextOf(end, people.End).ToLowerInvariant());
            Cover(i, people.End);
            return people.End;
        }
        if (lx.Kind is LexKind.StateAdjective or LexKind.StateName && SectorAfterAdjectiveList(end) is { Sector: { } shared } listed)
        {
            // "Chinese and Russian warships", "US, British and French troops": each state's sector
            Mention(SectorActor(code, shared), i, end, "sector", listed.SectorWord);
            Cover(i, end);
            return end;
        }
        var ctx = ScanRight(end);
        if (ctx.Organisation is { } orgId)
        {
            // "Palestinian Hamas militants": the group, with its country as a modifier
            Mention(StateActor(code), i, end, "dictionary", "modifier");
            return HandleOrganisation(ctx.OrgStart, ctx.OrgEnd, orgId, ownerStart: i);
        }
        if (ctx.Document is { } noun)
        {
            Mention(StateActor(code), i, end, "dictionary", "author");
            Mention(DocumentActor(noun, code), i, ctx.End, "document");
            Cover(i, ctx.End);
            return ctx.End;
        }
        if (ctx.Title is { } title && !IsNameStart(ctx.End))
        {
            // "the Israeli prime minister said": that state's holder of the title
            var p = FindTitledPerson(title, code) ?? HolderOf(title, code);
            Mention(StateActor(code), i, end, "dictionary", "owner");
            if (p is not null) Mention(p, i, ctx.End, "title");
            else Mention(SectorActor(code, SectorOfTitle(title)), i, ctx.End, "title");
            Cover(i, ctx.End);
            return ctx.End;
        }
        if (ctx.Sector is { } sector)
        {
            // "Venezuelan authorities", "the Bolivian army": the words also name the state whose organ acts (as "the
            // Israeli prime minister" does), so an act on its own people has the state to be aimed at
            Mention(StateActor(code), i, end, "dictionary", "owner");
            Mention(SectorActor(code, sector), i, ctx.End, "sector", ctx.SectorWord);
            Cover(i, ctx.End);
            return ctx.End;
        }
        Mention(StateActor(code), i, end, "dictionary",
            lx.Kind == LexKind.StateAdjective ? "adjective" : IsAny(i - 1, PlacePrepositions) ? "place" : null);
        Cover(i, end);
        return end;
    }

    private const string CivilianSector = "CVL";

    /// <summary>Plural demonyms that name a state's citizens whatever their origin ("Turkish Cypriots" are Cypriots): data/actors/words/civic-demonyms.txt.</summary>
    private static readonly WordSet CivicDemonyms = WordList.Set("actors", "words", "civic-demonyms.txt");

    /// <summary>
    /// A plural demonym of another state than <paramref name="code"/>'s right after a state adjective or name: its end,
    /// and, when it names citizens (civic-demonyms.txt: "Turkish [Cypriots]"), their state; End is -1 when none follows.
    /// </summary>
    private (int End, string? Citizens) PeopleOfAnotherState(int k, string code)
    {
        if (k >= _tok.Length || _nameLen[k] == 0 || !IsCap(k)) return (-1, null);
        var people = NameOf(k, v => v.Kind == LexKind.StateAdjective);
        if (people is null || _data.States[people.Target].Code is var other && other == code) return (-1, null);
        int end = k + _nameLen[k];
        if (Low(end - 1) is not [.., 's']) return (-1, null);
        return (end, InSet(CivicDemonyms, Span(end - 1)) ? other : null);
    }

    /// <summary>
    /// After a state adjective (or a name used as one), the rest of a list of them and the sector word they share:
    /// "(Chinese) and Russian warships", "(US), British and French troops", "(US) and UK officials"; default when no
    /// list or no sector follows.
    /// </summary>
    private RightContext SectorAfterAdjectiveList(int end)
    {
        int k = end, adjectives = 0;
        while (k < _tok.Length && (Is(k, "and") || IsPunct(k, ',')))
        {
            if (IsPunct(k, ',') && Is(k + 1, "and")) k++;
            k++;
            if (k >= _tok.Length || _nameLen[k] == 0 || NameOf(k, v => v.Kind is LexKind.StateAdjective or LexKind.StateName) is null) return default;
            k += _nameLen[k];
            adjectives++;
        }
        if (adjectives == 0) return default;
        var ctx = ScanRight(k);
        return ctx.Sector is not null && ctx.Title is null && ctx.Document is null && ctx.Organisation is null ? ctx : default;
    }

    /// <summary>Rules out the state reading of an ambiguous name: "Israel Katz", "Michael Jordan", "Atlanta, Georgia",
    /// "the US state of Georgia", "Washington state".</summary>
    private bool StateReadingHolds(int i, int end, Lexeme lx, bool ambiguous)
    {
        if (lx.Kind is not (LexKind.StateName or LexKind.StateSeat)) return true;
        bool headline = _headline[_sentOf[i]];
        if (ambiguous || lx.Kind == LexKind.StateSeat)
        {
            if (!headline && IsUnknownCapWord(end) && !IsAllCapsWord(i)) return false;
            if (!headline && IsUnknownCapWord(i - 1)) return false;
        }
        if (ambiguous || lx.Kind == LexKind.StateSeat)
        {
            if (Is(i - 1, "of") && Is(i - 2, "state")) return false;
            if (Is(end, "state") && !IsPossessive(end)) return false;
            if (IsPunct(i - 1, ',') && IsUnknownCapWord(i - 2) && lx.Kind == LexKind.StateName) return false;
        }
        return true;
    }

    /// <summary>A capitalised word that no dictionary knows: part of a person's name.</summary>
    private bool IsUnknownCapWord(int i) =>
        IsCap(i) && _nameLen[i] == 0 && !HasWord(i) && !IsAllCapsWord(i) && !InSet(StopCapitals, Span(i));

    private bool IsPlaceContext(int i, int end)
    {
        if (IsAllCapsWord(i) && AtSentenceStart(i)) return true; // dateline
        if (IsAny(i - 1, PlacePrepositions)) return true;
        // "in central Nairobi", "in downtown Caracas", "in the capital Kyiv": words of place between
        int before = i - 1;
        while (before > i - 5 && before >= 0 && IsLowerWord(before) && IsAny(before, LocativeFillers)) before--;
        if (before < i - 1 && IsAny(before, PlacePrepositions)) return true;
        if (IsAny(end, NamedAfterPlace)) return true; // "the Pretoria agreement", "the Minsk talks"

        if (IsPossessive(end))
        {
            for (int k = end + 1; k < end + 4 && k < _tok.Length; k++)
            {
                if (IsAny(k, PlaceNouns)) return true;
                if (!IsLowerWord(k)) break;
            }
        }
        return false;
    }

    private static readonly WordSet NamedAfterPlace = WordList.Set("actors", "words", "named-after-place.txt");

    /// <summary>
    /// A seat of government that names an agreement or a meeting ("the Minsk agreements", "the Paris climate agreement",
    /// "the Doha peace talks"): neither a government nor a place where something happens, so no mention at all.
    /// </summary>
    private bool IsPartOfAName(int i, int end)
    {
        if (!Is(i - 1, "the")) return false;
        for (int k = end; k < end + 3; k++)
        {
            if (IsAny(k, NamedAfterPlace)) return true;
            if (!IsLowerWord(k) || IsAny(k, StopWords)) return false;
        }
        return false;
    }

    private static readonly WordSet StopWords = ClosedClasses.StopWords;

    private readonly record struct RightContext(int End, string? Sector, string? SectorWord, string? Document, string? Title,
        string? Organisation, int OrgStart, int OrgEnd);

    /// <summary>
    /// Looks right of a state or organisation name for what it modifies: a sector word ("troops", "health ministry"),
    /// a title ("foreign minister"), a speaking document ("cable") or a group's name ("Hamas"), over at most two
    /// plain words ("far-right", "senior").
    /// </summary>
    private RightContext ScanRight(int k)
    {
        if (IsPossessive(k)) k++;
        int plain = 0;
        while (k < _tok.Length && plain <= 2)
        {
            if (_wordLen[k] > 0 && _wordVals[k] is { } wv)
            {
                int e = k + _wordLen[k];
                var doc = WordOf(k, LexKind.DocumentNoun);
                var title = WordOf(k, LexKind.Title);
                var sector = WordOf(k, LexKind.SectorWord);
                if (doc is not null) return new RightContext(e, null, null, doc.Target, null, null, 0, 0);
                if (title is not null && (sector is null || IsNameStart(e) || IsSingularTitle(k, e)))
                    return new RightContext(e, null, null, null, title.Target, null, 0, 0);
                if (sector is not null) return new RightContext(e, sector.Target, TextOf(k, e).ToLowerInvariant(), null, null, null, 0, 0);
            }
            if (_nameLen[k] > 0 && NameOf(k, v => v.Kind is LexKind.Organisation or LexKind.OrganisationAdjective) is { } org
                && _data.Organisations[org.Target].Kind is not ("igo" or "media"))
                return new RightContext(k, null, null, null, null, org.Target, k, k + _nameLen[k]);
            if (IsPunct(k, '-') && Adjacent(k - 1, k) && Adjacent(k, k + 1)) { k++; continue; }
            if (!IsLowerWord(k) || IsAny(k, StopWords)) break;
            var w = Low(k);
            if (IsVerbForm(k)) break; // "Kenyan-led", "European Union summoned", "China sent warships"
            if (w is "led" or "backed" or "based" or "brokered" or "born" or "made" or "run" or "owned") break;
            if (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && !(Adjacent(k, k + 1) && IsPunct(k + 1, '-'))) break; // a plural noun heads its own phrase
            plain++;
            k++;
        }
        return default;
    }

    private bool IsSectorish(int k) => WordOf(k, LexKind.SectorWord) is not null;

    /// <summary>Irregular past forms and participles of verbs ("sent", "met", "held"): data/lexicon/pos-irregular.tsv.</summary>
    private static readonly WordSet IrregularVerbForms = new(TsvFile.Read(DataDirectory.File("lexicon", "pos-irregular.tsv"), 3, "form, lemma, class")
        .Where(r => r[2] == "v" && r[0] != r[1] && !r[0].EndsWith("ing", StringComparison.Ordinal)).Select(r => r[0]));

    /// <summary>
    /// A lower-case word that is a verb's past form or participle, which no name or title phrase runs across ("Indian
    /// police detained opposition leader …", "China sent warships"): an -ed word that is no sector word, or an
    /// irregular form.
    /// </summary>
    private bool IsVerbForm(int k)
    {
        if (!IsLowerWord(k)) return false;
        var w = Low(k);
        return w.Length > 2 && w.EndsWith("ed") && !IsSectorish(k) || InSet(IrregularVerbForms, w);
    }

    /// <summary>"minister" (a title) rather than "ministers" (a sector word): a single person is meant.</summary>
    private bool IsSingularTitle(int k, int e)
    {
        var w = Low(e - 1);
        return !(w.Length > 3 && w[^1] == 's');
    }
}
