using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    /// <summary>Capitalised words that never start a person's name.</summary>
    private static readonly WordSet StopCapitals = WordList.Set("actors", "words", "stop-capitals.txt");

    private static readonly WordSet NameParticles = WordList.Set("actors", "words", "name-particles.txt");

    private static readonly WordSet TitleModifiers = WordList.Set("actors", "words", "title-modifiers.txt");

    private static readonly WordSet PersonVerbs = WordList.Set("actors", "words", "person-verbs.txt");

    /// <summary>Last words of organisations' names: "Horizon News Service" is not a person.</summary>
    private static readonly WordSet OrganisationWords = WordList.Set("actors", "words", "organisation-words.txt");

    private static readonly WordSet Pronouns = ClosedClasses.ThingPossessives;

    /// <summary>Is a person's name (capitalised, not a stop word) at token k, after an optional comma?</summary>
    private bool IsNameStart(int k)
    {
        if (IsPunct(k, ',')) k++;
        var (s, e, _) = ParseName(k);
        return e > s;
    }

    /// <summary>
    /// "Lebanese President Joseph Aoun", "Iran's deputy foreign minister Kazem Gharibabadi", "the US ambassador to
    /// Israel, Mike Huckabee", "UNIFIL spokesperson Marco Bellandi", "Its leader, Naim Qassem", "President Macron".
    /// </summary>
    private int TryTitledPerson(int i)
    {
        // an owner (at most a name and "'s") and three modifiers may stand before the title: none near, no person
        if (_nextTitle[i] - i > Math.Max(Math.Max(_nameLen[i], CompanyLength(i)), 1) + 4) return -1;
        int pos = i, ownerLen = 0;
        string? owner = null;
        if (Is(i, "its") || Is(i, "their") || Is(i, "his") || Is(i, "her"))
        {
            if (!TitleAhead(i + 1)) return -1;
            owner = ResolveOwnerPronoun(i);
            pos = i + 1;
        }
        else if (_nameLen[i] > 0 && NameOf(i, v => v.IsState || v.Kind is LexKind.Organisation or LexKind.OrganisationAdjective) is { } lx)
        {
            if (!TitleAhead(i + _nameLen[i] + (IsPossessive(i + _nameLen[i]) ? 1 : 0))) return -1;
            if (lx.Kind == LexKind.StatePlace) return -1;
            owner = lx.Target;
            pos = i + _nameLen[i];
            ownerLen = _nameLen[i];
            if (IsPossessive(pos)) pos++;
        }
        else if (CompanyAt(i) is { } company)
        {
            // "Orano's chief executive, Nicolas Maes"
            ownerLen = CompanyLength(i);
            if (!TitleAhead(i + ownerLen + (IsPossessive(i + ownerLen) ? 1 : 0))) return -1;
            owner = CompanyActor(company, i).Id;
            pos = i + ownerLen;
            if (IsPossessive(pos)) pos++;
        }
        else if (OwnerByNoun(i) is var (nounOwner, nounEnd) && IsPossessive(nounEnd) && TitleAhead(nounEnd + 1))
        {
            // "the agency's director, Jane Doe": the organisation the noun refers back to
            owner = nounOwner;
            ownerLen = nounEnd - i;
            pos = nounEnd + 1;
        }
        int modifiers = 0;
        while (modifiers < 3 && (IsModifier(pos) || owner is not null && IsPlainWord(pos) && WordOf(pos, LexKind.Title) is null)) { pos++; modifiers++; }
        var title = WordOf(pos, LexKind.Title);
        if (title is null) return -1;
        int afterTitle = pos + _wordLen[pos];
        // "junta chief Senior General Min Aung Hlaing": the last of a chain of titles
        for (int chain = 0; chain < 3; chain++)
        {
            int q = afterTitle, mods = 0;
            // "the Commission's chief trade negotiator, Anna Berg": with an owner, a plain word between two titles
            while (mods < 2 && (IsModifier(q) || IsCapModifier(q) || owner is not null && IsPlainWord(q) && WordOf(q, LexKind.Title) is null && WordOf(q + 1, LexKind.Title) is not null))
            { q++; mods++; }
            if (WordOf(q, LexKind.Title) is not { } t2 || IsNameStartStrict(q)) break;
            title = t2;
            afterTitle = q + _wordLen[q];
        }
        int k = afterTitle;
        // "ambassador to Israel", "president of France", "envoy for Libya"
        int named = Is(k + 1, "the") && (Is(k, "for") || Is(k, "of")) ? k + 2 : k + 1; // "spokesman for the Chinese commerce ministry"
        if ((Is(k, "of") || Is(k, "to") || Is(k, "for") || Is(k, "at") || Is(k, "on")) && _tok.Length > named && _nameLen[named] > 0
            && NameOf(named, v => v.IsState || v.Kind is LexKind.Organisation or LexKind.StateAdjective) is { } dest)
        {
            if (!Is(k, "to") && !Is(k, "on") && owner is null) owner = dest.Target;
            k = named + _nameLen[named];
            // "… ministry, Li Wei": the words of the owner's body up to the comma before the name
            int body = k;
            while (body < k + 3 && (WordOf(body, LexKind.SectorWord) is not null || IsPlainWord(body))) body++;
            if (body > k && IsPunct(body, ',')) k = body;
        }
        else if (Is(k, "of") && owner is null && OwnerByNoun(k + 1) is var (nounOwner, nounEnd) && !IsPossessive(nounEnd))
        {
            // "the head of the agency, Tom Rice"
            owner = nounOwner;
            k = nounEnd;
        }
        // "the agency's representative in Chad, Paul Mendy": the place of the post names no owner
        if (Is(k, "in") && owner is not null && k + 1 < _tok.Length && _nameLen[k + 1] > 0 && NameOf(k + 1, v => v.IsState) is not null
            && IsPunct(k + 1 + _nameLen[k + 1], ','))
            k += 1 + _nameLen[k + 1];
        int nameFrom = IsPunct(k, ',') ? k + 1 : k;
        var (ns, ne, personId) = ParseName(nameFrom);
        if (ne <= ns) return -1;
        // "Foreign Minister Israel Katz said": the name, not the state
        var name = NameText(ns, ne);
        personId ??= _surnames.GetValueOrDefault(name) ?? PersonIds.Of(name);
        if (owner is null) owner = OwnerFromContext(i, personId, title.Target);
        var person = PersonActor(personId, name, title.Target, owner);
        // the owner keeps a mention of its own (shorter, so the index still gives the person for its tokens)
        if (owner is not null && pos > i && ownerLen > 0 && OwnerActor(owner) is { } ownerActor)
            Mention(ownerActor, i, i + ownerLen, "owner", "owner");
        Mention(person, i, ne, "title");
        Cover(i, ne);
        // "Presidents Félix Tshisekedi and Paul Kagame": a second name under the same (plural) title
        if (Is(ne, "and") && ParseName(ne + 1) is var (s2, e2, id2) && e2 > s2 && !IsPossessive(e2))
        {
            var name2 = NameText(s2, e2);
            var pid2 = id2 ?? _surnames.GetValueOrDefault(name2) ?? PersonIds.Of(name2);
            var second = PersonActor(pid2, name2, title.Target, owner ?? OwnerFromContext(i, pid2, title.Target));
            Mention(second, s2, e2, "title");
            Cover(ne, e2);
            return e2;
        }
        int g = ExtendToGovernment(person, i, ne);
        return g > 0 ? g : ne;
    }

    /// <summary>
    /// A title with no owner ("Prime Minister Abiy Ahmed"): a known person keeps the dictionary's office when it is
    /// that title; otherwise a state's title belongs to the state in context. Organisations' titles have no default.
    /// </summary>
    private string? OwnerFromContext(int i, string personId, string title)
    {
        if (_book.Find(personId) is { Affiliation: not null }) return null;
        if (_data.Persons.TryGetValue(personId, out var entry))
        {
            // a military rank names no office ("General X" who heads a junta): the dictionary knows whom they
            // serve, and a state merely named nearby is a weaker guess; another office ("Defence Minister X" for a
            // prime minister's namesake) may be someone else, so the context decides
            var office = entry.OfficeOn(_date);
            if (office is null || TitlesMatch(office.Role, title) || entry.Country is not null && SectorOfTitle(title) == "MIL") return null;
        }
        if (OrganisationTitles.Contains(title)) return null;
        return ContextState(i);
    }

    private static bool TitlesMatch(string a, string b)
    {
        if (a.Length > 3 && a[^1] == 's') a = a[..^1];
        if (b.Length > 3 && b[^1] == 's') b = b[..^1];
        if (a == b) return true;
        string ha = a[(a.LastIndexOf(' ') + 1)..], hb = b[(b.LastIndexOf(' ') + 1)..];
        return ha == hb && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
    }

    private static readonly WordSet OrganisationTitles = WordList.Set("actors", "words", "organisation-titles.txt");

    private bool TitleAhead(int k)
    {
        for (int m = 0; m < 4 && k < _tok.Length; m++, k++)
        {
            if (WordOf(k, LexKind.Title) is not null) return true;
            if (!IsModifier(k) && !IsPlainWord(k)) return false;
        }
        return false;
    }

    private bool IsPlainWord(int k) => IsLowerWord(k) && !IsAny(k, StopWords) && !IsAny(k, PersonVerbs) && !IsVerbForm(k);
    private bool IsCapModifier(int k) => IsCap(k) && InSet(TitleModifiers, Low(k));

    /// <summary>A capitalised word that can start a name and is not a title itself.</summary>
    private bool IsNameStartStrict(int q) => IsCap(q) && WordOf(q, LexKind.Title) is null && !IsCapModifier(q) && _nameLen[q] == 0 && !InSet(StopCapitals, Span(q));

    private bool IsModifier(int k) =>
        IsAny(k, TitleModifiers) && WordOf(k, LexKind.Title) is null
        || IsPunct(k, '-') && Adjacent(k - 1, k) && Adjacent(k, k + 1);

    /// <summary>
    /// A person's name at k: capitalised words, particles (al, bin, von) and hyphenated parts ("Ching-te"), at most
    /// five words; a leading courtesy title is skipped. Returns the token range and a dictionary person's id if the
    /// name is known.
    /// </summary>
    private (int Start, int End, string? PersonId) ParseName(int k)
    {
        if (WordOf(k, LexKind.Honorific) is not null && IsCap(k + _wordLen[k])) k += _wordLen[k];
        if (CompanyLength(k) > 0) return (k, k, null); // "Orano said": the company the article introduced
        if (!IsCap(k) || InSet(StopCapitals, Span(k)) || IsAllCapsWord(k) || IsCapModifier(k)) return (k, k, null);
        if (_nameLen[k] > 0 && BestPerson(_nameVals[k]!) is { } known && !IsCap(k + _nameLen[k]))
        {
            if (_nameLen[k] > 1 || SurnameAliasHolds(k, known) || IsTitleBefore(k)) return (k, k + _nameLen[k], known);
            return (k, k, null);
        }
        int start = k, words = 0;
        while (k < _tok.Length && words < 5)
        {
            if (IsCap(k) && !InSet(StopCapitals, Span(k)) && !IsAllCapsWord(k) && WordOf(k, LexKind.Title) is null)
            {
                // a dictionary organisation or an unambiguous state ends the name ("Joseph Aoun Lebanon")
                if (words > 0 && _nameLen[k] > 0 && NameOf(k, v => v.Kind != LexKind.Person) is not null && !IsCap(k + 1)) break;
                words++; k++;
                continue;
            }
            if (words > 0 && IsAny(k, NameParticles) && IsCap(k + 1)) { k++; continue; }
            if (words > 0 && IsPunct(k, '-') && Adjacent(k - 1, k) && Adjacent(k, k + 1) && IsWord(k + 1)) { k += 2; continue; }
            break;
        }
        if (words == 0) return (start, start, null);
        // a lone word that is a state or organisation is not a name
        if (words == 1 && k - start == 1 && _nameLen[start] > 0 && NameOf(start, v => v.Kind != LexKind.Person) is not null) return (start, start, null);
        if (_nameLen[start] > 0 && _nameLen[start] == k - start && BestPerson(_nameVals[start]!) is { } p) return (start, k, p);
        if (InSet(OrganisationWords, Span(k - 1))) return (start, start, null);
        return (start, k, words >= 2 ? KnownBySurname(start, k - 1) : null);
    }

    /// <summary>
    /// A spelling of a dictionary person's name that the dictionary lacks ("Abdourahamane Tiani" for an entry
    /// spelt "Abdourahmane Tiani"): the last word is that person's surname and the first names begin alike.
    /// </summary>
    /// <summary>Dictionary persons the article spells its own way (<see cref="KnownBySurname"/>): id → the name as written.</summary>
    private readonly Dictionary<string, string> _writtenNames;

    private string? KnownBySurname(int first, int last)
    {
        if (_nameLen[last] != 1 || _nameVals[last] is not { } vals) return null;
        string? found = null;
        foreach (var v in vals)
        {
            if (v.Kind != LexKind.Person || !_data.Persons.TryGetValue(v.Target, out var entry)) continue;
            bool alike = FirstNamesAlike(Span(first), entry.Name);
            foreach (var alias in entry.Aliases) alike |= FirstNamesAlike(Span(first), alias);
            if (!alike) continue;
            if (found is not null && found != v.Target) return null; // two people fit: do not guess
            found = v.Target;
        }
        // the article's spelling names the actor (the dictionary's is another transliteration)
        if (found is not null) _writtenNames.TryAdd(found, NameText(first, last + 1));
        return found;
    }

    private static bool FirstNamesAlike(ReadOnlySpan<char> given, string name)
    {
        int space = name.IndexOf(' ');
        if (space < 3 || given.Length < 3) return false;
        var other = TextFold.RemoveDiacritics(name[..space]);
        var mine = TextFold.RemoveDiacritics(given.ToString());
        return mine.Length >= 3 && string.Compare(mine, 0, other, 0, 3, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private string NameText(int s, int e) => TextOf(s, e);

    private bool IsTitleBefore(int k)
    {
        for (int b = k - 1; b >= 0 && b >= k - 4; b--)
            if (WordOf(b, LexKind.Title) is { } t && b + _wordLen[b] == k) return true;
        return false;
    }

    /// <summary>
    /// After a name: ", the prime minister," / ", Iran's deputy foreign minister," / ", a Georgian student,".
    /// Returns the title, the owner (state or organisation) and the end of the apposition.
    /// </summary>
    private (string? Title, string? Owner, int End) ReadApposition(int k)
    {
        if (!IsPunct(k, ',')) return (null, null, k);
        // an age: "Nino Abashidze, 34, a software engineer"
        if (k + 2 < _tok.Length && _tok[k + 1].Kind == TokenKind.Number && IsPunct(k + 2, ',')) k += 2;
        int end = SentenceEnd(k);
        string? title = null, owner = null;
        int m = k + 1, last = k;
        for (int steps = 0; m < end && steps < 10; steps++)
        {
            if (IsPunct(m, ',') || IsPunct(m, '.') || IsPunct(m, ';') || IsAny(m, PersonVerbs) || IsAny(m, Relatives)) break;
            if (_nameLen[m] > 0 && NameOf(m, v => v.IsState && v.Kind != LexKind.StatePlace || v.Kind is LexKind.Organisation or LexKind.OrganisationAdjective) is { } lx)
            {
                if (owner is null && !Is(m - 1, "to")) owner = lx.Target;
                m += _nameLen[m]; last = m; continue;
            }
            if (_wordLen[m] > 0 && WordOf(m, LexKind.Title) is { } t && title is null)
            {
                title = t.Target; m += _wordLen[m]; last = m; continue;
            }
            if (_wordLen[m] > 0 && WordOf(m, LexKind.SectorWord) is not null && title is null && owner is not null) { m += _wordLen[m]; last = m; continue; }
            if (IsCap(m) && !InSet(StopCapitals, Span(m))) break;
            m++;
        }
        if (title is null && owner is null) return (null, null, k);
        return (title, owner, last);
    }

    private static readonly WordSet Relatives = ClosedClasses.RelativePronouns;

    /// <summary>
    /// A capitalised name no dictionary knows, acting as a person: "Ana Ruiz said", "said Ana Ruiz", "Ana Ruiz, the
    /// mayor,", or a surname of a person already met ("Ruiz").
    /// </summary>
    private int TryUnknownPerson(int i)
    {
        if (!IsCap(i) || _headline[_sentOf[i]]) return -1;
        var (s, e, known) = ParseName(i);
        if (e <= s) return -1;
        var name = NameText(s, e);
        int words = CountWords(s, e);
        string? id = known ?? _surnames.GetValueOrDefault(name) ?? (words == 1 && !IsCap(e) ? _firstNames.GetValueOrDefault(name) : null);
        bool honorific = s > i && WordOf(i, LexKind.Honorific) is not null; // "Mr Okafor": only persons take these
        if (id is null && words == 1 && !honorific)
        {
            // "Smith said": a lone capitalised word acting, not a plural, not a dictionary word
            var w = Low(s);
            bool acts = IsAny(e, PersonVerbs) || IsPunct(e, ',') && IsAny(e + 1, PersonVerbs);
            if (!acts || HasWord(s) || w.Length < 3 || w[^1] == 's' || IsAny(s - 1, StopWords)) return -1;
        }
        var (title, owner, appEnd) = ReadApposition(e);
        if (id is null)
        {
            bool acts = IsAny(e, PersonVerbs) || IsPunct(e, ',') && (IsAny(e + 1, PersonVerbs) || appEnd > e)
                || Is(s - 1, "by") && IsAny(s - 2, LeadVerbs)
                || words >= 2 && IsPossessive(e) && PossessedIsRole(e + 1)
                || Is(s - 1, "said") || Is(s - 1, "says") || Is(s - 1, "told") || Is(s - 1, "to") && Is(s - 2, "according")
                || words >= 2 && IsPunct(s - 1, ',') && SpeakerPhraseAfterVerb(s - 1) && (IsPunct(e, '.') || IsPunct(e, ','))
                || Is(e, "of") && _tok.Length > e + 1 && _nameLen[e + 1] > 0 && NameOf(e + 1, v => v.Kind == LexKind.Organisation) is not null;
            if (!honorific && (!acts || words < 2 && title is null && owner is null && !IsAny(e, PersonVerbs) && !(IsPunct(e, ',') && IsAny(e + 1, PersonVerbs)))) return -1;
            // "Marco Bellandi of UNIFIL"
            if (owner is null && Is(e, "of") && NameOf(e + 1, v => v.Kind == LexKind.Organisation) is { } org) owner = org.Target;
            id = PersonIds.Of(name);
        }
        if (owner is null && title is not null) owner = OwnerFromContext(s, id, title);
        var person = PersonActor(id, name, title, owner);
        if (honorific) s = i;
        Mention(person, s, e, known is not null ? "dictionary" : _surnames.ContainsKey(name) && person.Name != name ? "surname" : "name");
        Cover(s, e);
        if (appEnd > e) Cover(e, appEnd);
        int g = ExtendToGovernment(person, s, e);
        return g > 0 ? g : Math.Max(e, appEnd);
    }

    /// <summary>"said Orano's former partner, | Moussa Ali.": a short phrase after a verb of speech ends at this comma.</summary>
    private bool SpeakerPhraseAfterVerb(int comma)
    {
        for (int k = comma - 1; k >= 0 && k >= comma - 6; k--)
        {
            if (IsAny(k, PersonVerbs)) return k < comma - 1;
            if (!IsWord(k) && !IsPossessive(k)) return false;
        }
        return false;
    }

    private static readonly WordSet LeadVerbs = WordList.Set("actors", "words", "lead-verbs.txt");

    /// <summary>After "X Y's": a role or sector within two plain words ("Khalifa Haftar's forces", "Ana Ruiz's government").</summary>
    private bool PossessedIsRole(int k)
    {
        for (int m = 0; m < 3 && k < _tok.Length; m++, k++)
        {
            if (WordOf(k, LexKind.SectorWord) is not null || WordOf(k, LexKind.Title) is not null) return true;
            if (_nameLen[k] > 0 && NameOf(k, v => v.Kind == LexKind.Organisation) is not null) return true;
            if (!IsPlainWord(k)) return false;
        }
        return false;
    }

    private int CountWords(int s, int e)
    {
        int n = 0;
        for (int k = s; k < e; k++) if (IsCap(k)) n++;
        return n;
    }

    /// <summary>The most recent person met with this title (and owner, when given).</summary>
    private Actor? FindTitledPerson(string title, string? owner)
    {
        var head = title.Contains(' ') ? title[(title.LastIndexOf(' ') + 1)..] : title;
        for (int k = _book.Mentions.Count - 1; k >= LookBackStart; k--)
        {
            var a = _book.ActorAt(k);
            if (a.Kind != ActorKind.Person || !_roles.TryGetValue(a.Id, out var role)) continue;
            bool titleFits = role == title || role == head
                || role.Length > head.Length && role.EndsWith(head, StringComparison.Ordinal) && role[^(head.Length + 1)] == ' ';
            if (!titleFits) continue;
            if (owner is not null && a.Affiliation != owner && a.Country != owner) continue;
            return a;
        }
        return null;
    }

    /// <summary>The dictionary person who held the office for the owner on the publication date.</summary>
    private Actor? HolderOf(string title, string? owner)
    {
        if (owner is null || !_lex.OfficeHolders.TryGetValue(title, out var holders)) return null;
        foreach (var p in holders)
            foreach (var o in p.Offices) // a loop, not FirstOrDefault: its closure was made at every call
                if (o.Role == title && o.Org == owner && (_date is not { } d ? o.To is null : o.InForceOn(d))) return PersonActor(p.Id, p.Name, title, null);
        return null;
    }
}
