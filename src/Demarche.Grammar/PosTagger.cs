using Demarche.Core.Text;

namespace Demarche.Grammar;

/// <summary>
/// A rule-based part-of-speech tagger: closed-class words, the WordNet lexicon with inflections, capitalisation,
/// suffixes for unknown words, then context rules (in the manner of Brill's transformations) for the frequent
/// noun/verb, past/participle and adjective ambiguities.
/// </summary>
public sealed class PosTagger(PosLexicon lexicon)
{
    private readonly Lemmatizer _lemmatizer = new(lexicon);
    private readonly WordAnalyzer _analyzer = new(lexicon, new Lemmatizer(lexicon));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LexicalReading> _readings = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, PosTag), string> _lemmas = new();
    private const int CacheLimit = 500_000;

    public Lemmatizer Lemmatizer => _lemmatizer;

    /// <summary>Tags and lemmatises the tokens of one sentence, writing into the arrays at the tokens' indices.</summary>
    public void TagSentence(string text, Token[] tokens, int first, int end, PosTag[] tags, string[] lemmas, string[] lowers)
    {
        int n = end - first;
        if (n <= 0) return;
        var readings = new LexicalReading[n];
        for (int i = 0; i < n; i++)
        {
            var tok = tokens[first + i];
            var word = text.AsSpan(tok.Start, tok.Length);
            var lower = lowers[first + i] = LowerOf(word);
            readings[i] = Read(text, tokens, first, first + i, word, lower);
        }
        for (int i = 0; i < n; i++)
            tags[first + i] = Decide(readings, tags, lowers, first, i, n);
        FixClosedAmbiguities(tags, lowers, first, n);
        for (int i = 0; i < n; i++)
        {
            var key = (lowers[first + i], tags[first + i]);
            if (!_lemmas.TryGetValue(key, out var lemma))
            {
                lemma = _lemmatizer.Lemma(key.Item1, key.Item2);
                if (_lemmas.Count < CacheLimit) _lemmas[key] = lemma;
            }
            lemmas[first + i] = lemma;
        }
    }

    private static string LowerOf(ReadOnlySpan<char> word)
    {
        Span<char> buf = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            buf[k] = c == '\u2019' || c == '\u02BC' ? '\'' : char.ToLowerInvariant(c);
        }
        return Interner.Intern(buf);
    }

    private LexicalReading Read(string text, Token[] tokens, int sentenceFirst, int index, ReadOnlySpan<char> word, string lower)
    {
        var tok = tokens[index];
        if (tok.Kind == TokenKind.Number) return LexicalReading.Only(PosTag.CD);
        if (tok.Kind == TokenKind.Symbol) return LexicalReading.Only(PosTag.SYM);
        if (tok.Kind == TokenKind.Punctuation) return LexicalReading.Only(PunctuationTag(word, text, tokens, index));
        if (char.IsDigit(word[0])) return LexicalReading.Only(PosTag.CD);
        bool capital = char.IsUpper(word[0]);
        bool allCaps = word.Length >= 2 && IsAllCaps(word);
        if (allCaps && lower is not ("i" or "a" or "n't")) return LexicalReading.Only(PosTag.NNP);
        if (capital && !IsSentenceInitial(text, tokens, sentenceFirst, index))
        {
            if (lexicon.TryClosed(lower, out var c) && c != PosTag.MD && c != PosTag.CD && lower != "us" && c is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VB))
                return LexicalReading.ClosedWord(c);
            return LexicalReading.Only(lower.EndsWith('s') && lower.Length > 3 && lower.EndsWith("ans", StringComparison.Ordinal) ? PosTag.NNPS : PosTag.NNP);
        }
        if (!_readings.TryGetValue(lower, out var reading))
        {
            reading = _analyzer.Analyze(lower);
            if (_readings.Count < CacheLimit) _readings[lower] = reading;
        }
        if (capital && !reading.IsClosed && reading.Classes == 1 && reading.Noun == PosTag.NN && !lower.EndsWith("ing", StringComparison.Ordinal))
            return LexicalReading.Only(PosTag.NNP);
        if (capital && !reading.IsClosed && reading.Classes == 0 && reading.Preferred is PosTag.NN or PosTag.NNS or PosTag.JJ)
            return LexicalReading.Only(PosTag.NNP);
        return reading;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter;
    }

    private static bool IsSentenceInitial(string text, Token[] tokens, int sentenceFirst, int index)
    {
        for (int k = index - 1; k >= sentenceFirst; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Punctuation) return false;
            char c = text[t.Start];
            if (c is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '(' or '[' or ':' or '-' or '\u2013' or '\u2014') { if (k == sentenceFirst || c is ':' or '(' or '"' or '\u201C') return true; continue; }
            return false;
        }
        return true;
    }

    private static PosTag PunctuationTag(ReadOnlySpan<char> word, string text, Token[] tokens, int index)
    {
        char c = word[0];
        switch (c)
        {
            case ',': return PosTag.Comma;
            case '.' or '!' or '?': return PosTag.Period;
            case ':' or ';': return PosTag.Colon;
            case '(' or '[' or '{': return PosTag.OpenParen;
            case ')' or ']' or '}': return PosTag.CloseParen;
            case '-' or '\u2013' or '\u2014' or '\u2012': return PosTag.Dash;
            case '"' or '\u201C' or '\u201D' or '\u2018' or '`': return PosTag.Quote;
            case '\'' or '\u2019':
                // Hamas' attack: a lone apostrophe after a word ending in s, followed by a word
                if (index > 0 && tokens[index - 1].End == tokens[index].Start && text[tokens[index - 1].End - 1] is 's' or 'S'
                    && index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word && tokens[index + 1].Start > tokens[index].End)
                    return PosTag.POS;
                return PosTag.Quote;
            default: return PosTag.Punct;
        }
    }

    /// <summary>Verbs whose past and participle are the base form.</summary>
    private static readonly HashSet<string> SameFormParticiples = new(StringComparer.Ordinal)
    {
        "set", "put", "cut", "hit", "let", "shut", "spread", "cost", "hurt", "quit", "bet", "burst", "cast", "split", "upset", "beat", "bid", "broadcast", "forecast", "read", "shed", "thrust",
    };

    private static bool IsBe(string w) => w is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'re" or "'m";
    private static bool IsHave(string w) => w is "have" or "has" or "had" or "having" or "'ve";
    private static bool IsDo(string w) => w is "do" or "does" or "did";
    private static bool IsGet(string w) => w is "get" or "gets" or "got" or "gotten" or "getting";

    private PosTag Decide(LexicalReading[] readings, PosTag[] tags, string[] lowers, int first, int i, int n)
    {
        var r = readings[i];
        if (r.IsClosed || r.Classes <= 1 && r.Preferred != PosTag.None && !(r.Verb is PosTag.VBD or PosTag.VBN))
        {
            if (r.Classes == 0 || r.IsClosed) return r.Preferred;
        }
        // previous decided tag and word, skipping adverbs for auxiliary look-back
        PosTag prev = i > 0 ? tags[first + i - 1] : PosTag.None;
        string prevWord = i > 0 ? lowers[first + i - 1] : "";
        int k = i - 1;
        while (k >= 0 && (tags[first + k].IsAdverb() || lowers[first + k] is "not" or "n't")) k--;
        PosTag aux = k >= 0 ? tags[first + k] : PosTag.None;
        string auxWord = k >= 0 ? lowers[first + k] : "";
        LexicalReading next = i + 1 < n ? readings[i + 1] : default;
        PosTag nextTag = next.Preferred;
        bool nextIsNounish = next.IsClosed ? false : (next.CanNoun || next.CanAdjective || nextTag is PosTag.NNP or PosTag.NNPS) && !(next.Verb is PosTag.VBD);

        // a word before a hyphen and another word is a modifier (cross-border, far-right)
        if (nextTag == PosTag.Dash && i + 2 < n && readings[i + 2].Preferred != PosTag.Period && !r.IsClosed && i + 2 < n && !readings[i + 2].Preferred.IsPunctuation())
            return r.CanAdjective ? r.Adjective : r.CanNoun ? r.Noun : PosTag.JJ;

        bool canVerb = r.CanVerb, canNoun = r.CanNoun, canAdj = r.CanAdjective;
        var verb = r.Verb;
        if (!canVerb && !canNoun && !canAdj) return r.Preferred;

        // "no longer supports"
        if (prevWord == "longer" && i >= 2 && lowers[first + i - 2] == "no" && canVerb) return verb == PosTag.VB ? PosTag.VBP : verb;
        // to + base verb
        if (aux == PosTag.TO && canVerb && verb == PosTag.VB) return PosTag.VB;
        if ((aux == PosTag.MD || IsDo(auxWord) && aux.IsVerb()) && canVerb && verb == PosTag.VB) return PosTag.VB;
        if (aux.IsVerb() && IsHave(auxWord) && canVerb && (verb is PosTag.VBD or PosTag.VBN || SameFormParticiples.Contains(lowers[first + i]))) return PosTag.VBN;
        if (aux.IsVerb() && (IsBe(auxWord) || IsGet(auxWord)))
        {
            if (canVerb && verb is PosTag.VBD or PosTag.VBN) return PosTag.VBN;
            if (canVerb && SameFormParticiples.Contains(lowers[first + i])) return PosTag.VBN;
            if (canVerb && verb == PosTag.VBG) return PosTag.VBG;
            if (canAdj) return r.Adjective;
            if (canNoun) return r.Noun;
        }
        // object of a main verb: "placing sanctions", "launched strikes"
        if (prev.IsVerb() && !Chunker.IsAuxiliary(prevWord, prev) && canNoun && verb is not (PosTag.VBD or PosTag.VBN or PosTag.VBG)
            && !(verb == PosTag.VB && prev is PosTag.VBG && false))
            return r.Noun;
        // coordination: "boycotts and sanctions", "air and ground war"; "free the hostages and end the conflict"
        if (prev == PosTag.CC && i >= 2)
        {
            var beforeCc = tags[first + i - 2];
            bool objectAfter = nextTag is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.NNP or PosTag.PRP;
            if (canVerb && verb is PosTag.VB or PosTag.VBZ && objectAfter && !beforeCc.IsAdjective()) return verb == PosTag.VB ? PosTag.VB : verb;
            if (canNoun && (beforeCc.IsNoun() || beforeCc.IsAdjective()) && !objectAfter) return r.Noun;
            if (canNoun && nextIsNounish && next.CanNoun && !next.CanVerb) return r.Noun;
        }
        // a participle after a comma: "the demarche, sent on Tuesday, says"
        if (prev == PosTag.Comma && canVerb && verb is PosTag.VBD or PosTag.VBN && (next.Closed is PosTag.IN || nextTag is PosTag.IN)) return PosTag.VBN;
        // after a determiner, possessive, adjective or number: noun (or adjective before a noun)
        if (prev is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.WPS or PosTag.POS or PosTag.CD or PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.Dash)
        {
            if (verb is PosTag.VBD or PosTag.VBN && !canNoun) return nextIsNounish || !canAdj ? PosTag.JJ : r.Adjective;
            if (verb == PosTag.VBG && !canNoun) return nextIsNounish ? PosTag.JJ : PosTag.NN;
            if (verb == PosTag.VBG && canNoun) return nextIsNounish && next.Noun != PosTag.None && !next.CanVerb ? PosTag.JJ : r.Noun;
            if (canAdj && nextIsNounish && !(canNoun && !next.CanNoun)) return r.Adjective;
            if (canNoun) return r.Noun;
            if (canAdj) return r.Adjective;
        }
        if (prev is PosTag.IN)
        {
            if (verb == PosTag.VBG) return PosTag.VBG;
            if (canNoun) return r.Noun;
            if (canAdj) return r.Adjective;
            if (verb is PosTag.VBD or PosTag.VBN) return nextIsNounish ? PosTag.JJ : PosTag.VBN;
        }
        if (prev is PosTag.PRP or PosTag.WDT or PosTag.WP or PosTag.EX && canVerb)
            return verb == PosTag.VB ? PosTag.VBP : verb;
        if (prev.IsNoun() || prev == PosTag.CD)
        {
            if (canVerb && verb is PosTag.VBD or PosTag.VBN)
                return i + 1 < n && lowers[first + i + 1] == "by" ? PosTag.VBN : PosTag.VBD;
            if (canVerb && verb is PosTag.VBZ or PosTag.VB)
            {
                bool objectFollows = nextTag is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.PRP or PosTag.NNP or PosTag.NNPS or PosTag.CD
                    || next.IsClosed && next.Closed is PosTag.RB
                    || next.IsClosed && next.Closed is PosTag.TO && VerbLeaning(r)
                    || nextTag is PosTag.RB
                    || nextTag is PosTag.Period or PosTag.Comma && prev is PosTag.NN or PosTag.NNS && VerbLeaning(r);
                // "Niger cut ties", "Israel strikes Gaza": a proper-noun subject, then a verb before its object
                if (prev.IsProperNoun() && !(i >= 2 && tags[first + i - 2] == PosTag.DT) && (nextIsNounish || nextTag is PosTag.JJ) && r.VerbFrequency > 0 && next.Verb is not PosTag.VBD)
                    objectFollows = true;
                if (prev.IsProperNoun() && i >= 2 && tags[first + i - 2] == PosTag.DT && canNoun && LooksLikeDemonym(prevWord)) objectFollows = false;
                if (objectFollows || !canNoun) return verb == PosTag.VB ? (prev is PosTag.NNS or PosTag.NNPS ? PosTag.VBP : PosTag.VBP) : verb;
                return r.Noun;
            }
            if (canVerb && verb == PosTag.VBG) return PosTag.VBG;
        }
        if (i == 0 || prev is PosTag.Quote or PosTag.OpenParen or PosTag.Colon)
        {
            if (canNoun && verb is PosTag.VB or PosTag.VBZ) return r.Noun;
        }
        if (verb is PosTag.VBD or PosTag.VBN && canVerb) return verb;
        return r.Preferred;
    }

    /// <summary>"Saudi", "Israeli", "French", "Chinese": proper adjectives that modify a following noun.</summary>
    private static bool LooksLikeDemonym(string w) =>
        w.EndsWith('i') || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal);

    private static bool VerbLeaning(LexicalReading r)
    {
        return r.Noun == PosTag.None || r.VerbFrequency * 3 >= r.NounFrequency;
    }

    private static void FixClosedAmbiguities(PosTag[] tags, string[] lowers, int first, int n)
    {
        for (int i = 0; i < n; i++)
        {
            int at = first + i;
            string w = lowers[at];
            PosTag next = i + 1 < n ? tags[at + 1] : PosTag.None;
            PosTag prev = i > 0 ? tags[at - 1] : PosTag.None;
            switch (w)
            {
                case "that":
                    if (prev.IsNoun() && (next.IsVerb() || next == PosTag.MD || next == PosTag.RB)) tags[at] = PosTag.WDT;
                    else if ((next is PosTag.NN or PosTag.NNS) && (i + 2 >= n || !tags[at + 2].IsFiniteVerb())) tags[at] = PosTag.DT;
                    else if (next is PosTag.Period or PosTag.Comma) tags[at] = PosTag.DT;
                    break;
                case "her":
                    tags[at] = next.IsNoun() || next.IsAdjective() || next == PosTag.CD ? PosTag.PRPS : PosTag.PRP;
                    break;
                case "'s":
                    if (prev is PosTag.PRP or PosTag.EX || i > 0 && lowers[at - 1] is "that" or "what" or "who" or "there" or "it" or "he" or "she")
                        tags[at] = PosTag.VBZ;
                    break;
                case "as" when next == PosTag.JJ && i + 2 < n && lowers[at + 2] == "as":
                    tags[at] = PosTag.RB;
                    break;
                case "like" when prev is PosTag.PRP or PosTag.NNS || prev == PosTag.MD || prev == PosTag.TO:
                    tags[at] = prev == PosTag.TO || prev == PosTag.MD ? PosTag.VB : PosTag.VBP;
                    break;
                case "no" when i + 1 < n && lowers[at + 1] == "longer":
                    tags[at] = PosTag.RB;
                    tags[at + 1] = PosTag.RB;
                    break;
                case "up" or "out" or "down" or "back" or "off" or "away" when prev.IsVerb():
                    tags[at] = PosTag.RP;
                    break;
            }
        }
    }
}

/// <summary>Interns short lowercase words so that the tagger allocates little.</summary>
internal static class Interner
{
    [ThreadStatic] private static Dictionary<string, string>? _pool;
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public static string Intern(ReadOnlySpan<char> s)
    {
        if (_pool is null)
        {
            _pool = new Dictionary<string, string>(StringComparer.Ordinal);
            _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_lookup.TryGetValue(s, out var hit)) return hit;
        var str = s.ToString();
        if (_pool.Count < 200_000) _pool[str] = str;
        return str;
    }
}
