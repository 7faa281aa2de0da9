using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

/// <summary>
/// Companies the dictionaries lack, named by the article itself: "the mining company Kivu Metals", "the French nuclear
/// group Orano", "Orano, a state-owned company,", "Kivu Metals Ltd", "Orano's chief executive". Such a name is an
/// organisation of the article (id <c>org:slug</c>, kind group, code the country's and BUS) wherever it stands, and
/// never a person; so is a name that speaks and ends in a word of business ("Kivu Mining said") or that a later sentence
/// calls "the company" ("Orano said … The company added").
/// </summary>
internal sealed partial class ArticleReader
{
    private const string CompanyPrefix = "org:";

    private static readonly CompanyWords Companies = CompanyWords.Load();

    /// <summary>The company names the article introduces, as their words → (id, country); empty for most articles.</summary>
    private readonly Dictionary<string, (string Id, string? Country)> _companyNames;

    /// <summary>Per token: the length of the company name that starts there (0 for none); null while there is none.</summary>
    private int[]? _companyLen;
    /// <summary>The first modifier of an introducing phrase ("French" in "the French nuclear group Orano") → the name's first token.</summary>
    private readonly Dictionary<int, int> _companyPhrases;
    private string?[]? _companyAt;

    private int CompanyLength(int i) => _companyLen is { } l && i >= 0 && i < l.Length ? l[i] : 0;
    private string? CompanyAt(int i) => CompanyLength(i) > 0 ? _companyAt![i] : null;

    private static bool IsCompany(Actor a) => a.Id.StartsWith(CompanyPrefix, StringComparison.Ordinal);

    /// <summary>Finds the names that the article introduces as companies, then marks every place they stand.</summary>
    private void FindCompanies()
    {
        for (int i = 0; i < _tok.Length; i++)
        {
            if (IsLowerWord(i) && IsCompanyHead(i)) CompanyAroundHead(i);
            else if (IsCap(i) && !IsCap(i - 1) && CompanyBySuffixOrTitle(i) is var e && e > i) AddCompany(i, e, CountryBefore(i));
            else if (IsCap(i) && !IsCap(i - 1) && SpeakingCompany(i) is var s && s > i) AddCompany(i, s, null);
        }
        if (_companyNames.Count == 0) return;
        _companyLen = new int[_tok.Length];
        _companyAt = new string?[_tok.Length];
        for (int i = 0; i < _tok.Length; i++)
        {
            if (!IsCap(i) || IsCap(i - 1) && CompanyLength(i - 1) > 0) continue;
            for (int len = Math.Min(5, _tok.Length - i); len >= 1; len--)
            {
                if (!_companyNames.TryGetValue(TextOf(i, i + len), out var co)) continue;
                if (IsCap(i + len) && !IsCompanySuffix(i + len)) break; // part of a longer name
                _companyLen[i] = len;
                _companyAt[i] = co.Id;
                break;
            }
        }
    }

    /// <summary>"company", or "group" after a word of business ("the French nuclear group").</summary>
    private bool IsCompanyHead(int i)
    {
        if (IsAny(i, Companies.Heads)) return true;
        return IsAny(i, Companies.HeadsWithModifier) && IsAny(i - 1, Companies.Modifiers);
    }

    /// <summary>The name after the head ("the company Kivu Metals", "the operator, Amani Gold,") or before it in
    /// apposition ("Orano, the French nuclear group,").</summary>
    private void CompanyAroundHead(int head)
    {
        int k = head + 1;
        if (IsPunct(k, ',')) k++;
        int e = CompanyNameEnd(k);
        if (e > k && (k == head + 1 || IsPunct(e, ',')))
        {
            AddCompany(k, e, CountryBefore(head));
            // "the French nuclear group Orano": one mention of the company from its first modifier, so that "French"
            // is not taken for France acting
            int first = ModifiersStart(head);
            if (first < head && k == head + 1) _companyPhrases.TryAdd(first, k);
            return;
        }
        // the head closes its phrase: "Jane Doe, a mining company executive," names a person
        if (!IsPunct(head + 1, ',') && !IsPunct(head + 1, '.') && !IsPunct(head + 1, ';')) return;
        // "Orano, the French nuclear group, said": walk back over the head's modifiers to its article and comma
        int b = ModifiersStart(head) - 1;
        if (!IsAny(b, ClosedClasses.Articles) || !IsPunct(b - 1, ',')) return;
        int end = b - 1, start = end;
        while (start > 0 && end - start < 4 && IsCap(start - 1)) start--;
        if (start < end && CompanyNameEnd(start) == end) AddCompany(start, end, CountryBefore(head));
    }

    /// <summary>The first of at most four modifiers before the head (lower-case words, state adjectives, hyphens).</summary>
    private int ModifiersStart(int head)
    {
        int b = head - 1, mods = 0;
        while (b >= 0 && mods < 4 && (IsLowerWord(b) && !IsAny(b, ClosedClasses.Articles) && !IsAny(b, StopWords)
                                      || IsCap(b) && HasName(b, v => v.Kind == LexKind.StateAdjective) || IsPunct(b, '-')))
        { b--; mods++; }
        return b + 1;
    }

    /// <summary>"Kivu Metals Ltd" (a legal suffix), or "Orano's chief executive" (a business title after the possessive).</summary>
    private int CompanyBySuffixOrTitle(int i)
    {
        int e = CompanyNameEnd(i);
        if (e <= i) return -1;
        if (IsCompanySuffix(e) && !Adjacent(e - 1, e)) return e + 1;
        if (IsPossessive(e) && WordOf(e + 1, LexKind.Title) is { } t && SectorOfTitle(t.Target) == "BUS") return e;
        return -1;
    }

    /// <summary>
    /// A name that speaks ("Kivu Mining said", "said Orano.") and is a company by its own words or by what the article
    /// calls it: a name that ends in a word of business ("Mining", "Energy": company-name-words.txt), or a lone word
    /// no dictionary knows, never written after or before another capitalised word (so no one's surname), that a later
    /// sentence calls "the company" or "the firm" (company-nouns.txt heads). Its end, else -1.
    /// </summary>
    private int SpeakingCompany(int i)
    {
        int e = CompanyNameEnd(i);
        if (e <= i || IsCap(e) || IsCompanySuffix(e)) return -1;
        bool speaks = IsAny(e, PersonVerbs) || IsPunct(e, ',') && IsAny(e + 1, PersonVerbs)
                      || (Is(i - 1, "said") || Is(i - 1, "says")) && (IsPunct(e, '.') || IsPunct(e, ','));
        if (!speaks) return -1;
        if (e - i >= 2) return IsAny(e - 1, Companies.NameWords) ? e : -1;
        if (HasWord(i) || _nameLen[i] > 0 || Low(i).Length < 3 || InSet(StopCapitals, Span(i))) return -1;
        return AlwaysAlone(i) && CalledCompanyLater(i) ? e : -1;
    }

    /// <summary>Whether every use of the word at i stands alone: no capitalised word right before or after it.</summary>
    private bool AlwaysAlone(int i)
    {
        var word = Span(i);
        for (int j = 0; j < _tok.Length; j++)
        {
            if (_tok[j].Length != word.Length || !Span(j).SequenceEqual(word)) continue;
            if (IsCap(j - 1) && _sentOf[j - 1] == _sentOf[j] || IsCap(j + 1) && _sentOf[j + 1] == _sentOf[j]) return false;
        }
        return true;
    }

    /// <summary>Whether a sentence after the one of token i says "the company" or "the firm" (with at most two
    /// lower-case words or state adjectives between: "the French firm").</summary>
    private bool CalledCompanyLater(int i)
    {
        int from = SentenceEnd(i);
        for (int j = from; j < _tok.Length; j++)
        {
            if (!IsAny(j, Companies.Heads)) continue;
            for (int b = j - 1; b >= from && b >= j - 3; b--)
            {
                if (Is(b, "the")) return true;
                if (!IsLowerWord(b) && !HasName(b, v => v.Kind == LexKind.StateAdjective)) break;
            }
        }
        return false;
    }

    /// <summary>A legal suffix, case as written ("Ltd", "SA").</summary>
    private bool IsCompanySuffix(int k) => IsWord(k) && InSet(Companies.Suffixes, Span(k));

    /// <summary>The end of a run of at most four capitalised words at k that no dictionary reads as a whole (a
    /// state, organisation or person), and that is no title or stop word; k when there is none.</summary>
    private int CompanyNameEnd(int k)
    {
        int e = k;
        while (e < _tok.Length && e - k < 4 && IsCap(e) && !InSet(StopCapitals, Span(e)) && WordOf(e, LexKind.Title) is null
               && !IsCompanySuffix(e))
            e++;
        if (e == k || _nameLen[k] >= e - k) return k;
        return e;
    }

    /// <summary>A state adjective among the words before the head ("the French nuclear group"), else null.</summary>
    private string? CountryBefore(int head)
    {
        for (int b = head - 1; b >= 0 && b >= head - 4; b--)
        {
            if (HasName(b, v => v.Kind == LexKind.StateAdjective) && NameOf(b, v => v.Kind == LexKind.StateAdjective) is { } adj) return adj.Target;
            if (IsAny(b, ClosedClasses.Articles) || IsPunct(b, ',')) break;
        }
        return null;
    }

    private void AddCompany(int start, int end, string? country)
    {
        bool suffixed = IsCompanySuffix(end - 1);
        var full = TextOf(start, end);
        var id = CompanyPrefix + TextFold.Slug(suffixed ? TextOf(start, end - 1) : full);
        _companyNames.TryAdd(full, (id, country));
        // "Kivu Metals Ltd" is "Kivu Metals" afterwards
        if (suffixed && end - 1 > start) _companyNames.TryAdd(TextOf(start, end - 1), (id, country));
    }

    /// <summary>A company named at token i: its mention (the name as written, suffix included).</summary>
    private int TryCompany(int i)
    {
        int name = _companyPhrases.TryGetValue(i, out var n) ? n : i;
        if (CompanyAt(name) is not { } id) return -1;
        int end = name + CompanyLength(name);
        if (IsCompanySuffix(end)) end++;
        return MentionAndCover(CompanyActor(id, name), i, end, "company");
    }

    private Actor CompanyActor(string id, int at) => _book.GetOrAdd(id, () =>
    {
        var name = TextOf(at, at + CompanyLength(at));
        var country = _companyNames[name].Country;
        return new Actor { Id = id, Name = name, Kind = ActorKind.Group, Country = country, Code = country + "BUS" };
    });

    /// <summary>The word lists of company names (data/actors/words/company-*.txt).</summary>
    private sealed record CompanyWords(WordSet Heads, WordSet HeadsWithModifier, WordSet Modifiers, WordSet Suffixes, WordSet NameWords)
    {
        public static CompanyWords Load()
        {
            WordSet heads = new(), conditional = new();
            foreach (var line in WordList.Read(DataDirectory.File("actors", "words", "company-nouns.txt")))
            {
                if (line.StartsWith("? ", StringComparison.Ordinal)) conditional.Add(line[2..].Trim());
                else heads.Add(line);
            }
            return new CompanyWords(heads, conditional, WordList.Set("actors", "words", "company-modifiers.txt"),
                WordList.Set("actors", "words", "company-suffixes.txt"), WordList.Set("actors", "words", "company-name-words.txt"));
        }
    }
}
