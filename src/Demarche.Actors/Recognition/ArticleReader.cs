using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

/// <summary>
/// Reads one article's tokens left to right and finds its actors: dictionary names (longest match), titled and
/// apposed persons, sectors from context ("Israeli troops"), speaking documents, and references back (surnames,
/// "the prime minister", "the agency", pronouns). One instance per article.
/// </summary>
internal sealed partial class ArticleReader
{
    private readonly CompiledLexicon _lex;
    private readonly ActorLexicon _data;
    private readonly string _text;
    private readonly string _lower;
    private readonly Token[] _tok;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly int[] _sentOf;
    private readonly bool[] _headline;
    private readonly int[] _nameLen;
    private readonly List<Lexeme>?[] _nameVals;
    private readonly int[] _wordLen;
    private readonly List<Lexeme>?[] _wordVals;
    private readonly bool[] _covered;
    /// <summary>The first token at or after each token that can be a title ("minister"), or int.MaxValue.</summary>
    private readonly int[] _nextTitle;
    private readonly ActorBook _book;
    private readonly DateOnly? _date;
    /// <summary>Surname (and full name) of each person met so far → person id.</summary>
    private readonly Dictionary<string, string> _surnames;
    /// <summary>First names of persons met so far → person id (used only when no surname matches).</summary>
    private readonly Dictionary<string, string> _firstNames;
    /// <summary>The title each person was given ("prime minister").</summary>
    private readonly Dictionary<string, string> _roles;

    /// <summary>Countries of places the dictionaries lack, or null.</summary>
    private readonly IPlaceCountries? _places;

    public ArticleReader(CompiledLexicon lex, Document doc, IPlaceCountries? places = null)
    {
        _places = places;
        _lex = lex;
        _data = lex.Lexicon;
        _text = doc.Text;
        _lower = doc.LowerText;
        _tok = doc.Tokens;
        _sentences = doc.Sentences;
        _date = doc.Info.Published;
        int n = _tok.Length;
        // the per-token arrays are rented (longer than n, the first n cleared) and given back by Release
        _sentOf = Rent<int>(n);
        _headline = Rent<bool>(_sentences.Count);
        for (int s = 0; s < _sentences.Count; s++)
        {
            var se = _sentences[s];
            for (int t = se.FirstToken; t < se.EndToken && t < n; t++) _sentOf[t] = s;
            _headline[s] = IsTitleCase(se);
        }
        _nameLen = Rent<int>(n);
        _nameVals = Rent<List<Lexeme>?>(n);
        _wordLen = Rent<int>(n);
        _wordVals = Rent<List<Lexeme>?>(n);
        _covered = Rent<bool>(n);
        _nextTitle = Rent<int>(n);
        // the article's tables are a thread's, lent to one reader at a time and given back empty by Release
        _tables = _keptTables ?? new Tables();
        _keptTables = null;
        _sectorActors = _tables.SectorActors;
        _companyNames = _tables.CompanyNames;
        _companyPhrases = _tables.CompanyPhrases;
        _writtenNames = _tables.WrittenNames;
        _stateCounts = _tables.StateCounts;
        _surnames = _tables.Surnames;
        _firstNames = _tables.FirstNames;
        _roles = _tables.Roles;
        _book = new ActorBook(_text);
        MatchDictionaries();
        FindCompanies();
    }

    public ActorBook Book => _book;

    private static T[] Rent<T>(int length)
    {
        var array = System.Buffers.ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>
    /// Gives the per-token arrays back to the pool and the book's mention lists to the thread: neither the reader nor its
    /// book's mentions are used after (the actors its <see cref="ActorBook.Finish"/> gave are).
    /// </summary>
    public void Release()
    {
        System.Buffers.ArrayPool<int>.Shared.Return(_sentOf);
        System.Buffers.ArrayPool<bool>.Shared.Return(_headline);
        System.Buffers.ArrayPool<int>.Shared.Return(_nameLen);
        System.Buffers.ArrayPool<List<Lexeme>?>.Shared.Return(_nameVals, clearArray: true);
        System.Buffers.ArrayPool<int>.Shared.Return(_wordLen);
        System.Buffers.ArrayPool<List<Lexeme>?>.Shared.Return(_wordVals, clearArray: true);
        System.Buffers.ArrayPool<bool>.Shared.Return(_covered);
        System.Buffers.ArrayPool<int>.Shared.Return(_nextTitle);
        if (_titled is not null) System.Buffers.ArrayPool<string?>.Shared.Return(_titled, clearArray: true);
        _book.Release();
        _tables.Clear();
        _keptTables = _tables;
    }

    /// <summary>The dictionaries a reader fills for one article, kept by the thread between articles.</summary>
    private sealed class Tables
    {
        public readonly Dictionary<(string Code, string Sector), Actor> SectorActors = [];
        public readonly Dictionary<string, (string Id, string? Country)> CompanyNames = new(StringComparer.Ordinal);
        public readonly Dictionary<int, int> CompanyPhrases = [];
        public readonly Dictionary<string, string> WrittenNames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> StateCounts = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Surnames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> FirstNames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal);

        public void Clear()
        {
            SectorActors.Clear();
            CompanyNames.Clear();
            CompanyPhrases.Clear();
            WrittenNames.Clear();
            StateCounts.Clear();
            Surnames.Clear();
            FirstNames.Clear();
            Roles.Clear();
        }
    }

    private readonly Tables _tables;
    [ThreadStatic] private static Tables? _keptTables;

    // ---------- dictionary matching ----------

    private void MatchDictionaries()
    {
        var exact = new ExactKeys(this);
        var lower = new LowerKeys(this);
        var titled = new TitledKeys(this);
        for (int i = 0; i < _tok.Length; i++)
        {
            if (_tok[i].Kind != TokenKind.Word) continue;
            int end = SentenceEnd(i);
            var (len, vals) = _lex.Names.Longest(i, end, exact);
            if (IsAllCapsWord(i))
            {
                var (len2, vals2) = _lex.Names.Longest(i, end, titled);
                if (len2 > len) (len, vals) = (len2, vals2);
            }
            _nameLen[i] = len;
            _nameVals[i] = vals;
            var (wl, wv) = _lex.Words.Longest(i, end, lower);
            _wordLen[i] = wl;
            _wordVals[i] = wv;
        }
        MatchElidedNames();
        int next = int.MaxValue;
        for (int i = _tok.Length - 1; i >= 0; i--)
        {
            if (WordOf(i, LexKind.Title) is not null) next = i;
            _nextTitle[i] = next;
        }
    }

    /// <summary>
    /// "North and South Korea", "East and West Germany": a capitalised word before "and" and a name of two or more words
    /// whose first word, replaced by it, makes a name of the same length is that name, said with its shared words left
    /// out ("North" names North Korea).
    /// </summary>
    private void MatchElidedNames()
    {
        for (int j = 1; j + 1 < _tok.Length; j++)
        {
            int i = j - 1, k = j + 1;
            if (_nameLen[k] < 2 || _nameLen[i] > 0 || !Is(j, "and") || _tok[i].Kind != TokenKind.Word || !IsCap(i) || !IsCap(k)) continue;
            var (len, vals) = _lex.Names.Longest(k, SentenceEnd(k), new ElidedKeys(this, k, i));
            if (len != _nameLen[k] || vals is null) continue;
            _nameLen[i] = 1;
            _nameVals[i] = vals;
        }
    }

    /// <summary>The tokens as written, with the token at <c>first</c> read as the one at <c>instead</c>.</summary>
    private readonly struct ElidedKeys(ArticleReader reader, int first, int instead) : TokenTrie.ITokenKeys
    {
        public ReadOnlySpan<char> Of(int token) => reader.ExactKey(token == first ? instead : token);
    }

    // the three ways a token is looked up in the lexicon's tries, as structs (delegates were made a document)
    private readonly struct ExactKeys(ArticleReader reader) : TokenTrie.ITokenKeys
    {
        public ReadOnlySpan<char> Of(int token) => reader.ExactKey(token);
    }

    private readonly struct LowerKeys(ArticleReader reader) : TokenTrie.ITokenKeys
    {
        public ReadOnlySpan<char> Of(int token) => reader.LowerKey(token);
    }

    private readonly struct TitledKeys(ArticleReader reader) : TokenTrie.ITokenKeys
    {
        public ReadOnlySpan<char> Of(int token) => reader.TitledKey(token);
    }

    /// <summary>The token as written; none for a number that does not end in a letter.</summary>
    private ReadOnlySpan<char> ExactKey(int i) =>
        _tok[i].Kind == TokenKind.Number && !char.IsLetter(_text[_tok[i].End - 1]) ? default : _text.AsSpan(_tok[i].Start, _tok[i].Length);

    private ReadOnlySpan<char> LowerKey(int i)
    {
        var t = _tok[i];
        var s = _lower.AsSpan(t.Start, t.Length);
        if (s.Length > 1 && s[^1] == '.') s = s[..^1];
        return s;
    }

    /// <summary>Each token's <see cref="TitleCase"/>, made when first asked for (an all-caps name is looked up so too: "ECOWAS").</summary>
    private string?[]? _titled;

    private ReadOnlySpan<char> TitledKey(int i) => (_titled ??= Rent<string?>(_tok.Length))[i] ??= TitleCase(i);

    private string TitleCase(int i)
    {
        var t = _tok[i];
        if (!IsAllCapsWord(i)) return _text.Substring(t.Start, t.Length);
        return string.Concat(_text.AsSpan(t.Start, 1), _lower.AsSpan(t.Start + 1, t.Length - 1));
    }

    private bool IsAllCapsWord(int i)
    {
        var t = _tok[i];
        if (t.Kind != TokenKind.Word || t.Length < 4) return false;
        for (int k = t.Start; k < t.End; k++) if (char.IsLower(_text[k])) return false;
        return char.IsLetter(_text[t.Start]);
    }

    private bool IsTitleCase(Sentence se)
    {
        int words = 0, caps = 0;
        for (int t = se.FirstToken; t < se.EndToken && t < _tok.Length; t++)
        {
            if (_tok[t].Kind != TokenKind.Word || _tok[t].Length < 4) continue;
            words++;
            if (char.IsUpper(_text[_tok[t].Start])) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    // ---------- token helpers ----------

    private int SentenceEnd(int i) => _sentences.Count == 0 ? _tok.Length : _sentences[_sentOf[i]].EndToken;
    private int SentenceStartToken(int i) => _sentences.Count == 0 ? 0 : _sentences[_sentOf[i]].FirstToken;

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tok[i].Start, _tok[i].Length);
    private ReadOnlySpan<char> Low(int i) => _lower.AsSpan(_tok[i].Start, _tok[i].Length);
    private bool Is(int i, string lowerWord) => i >= 0 && i < _tok.Length && Low(i).SequenceEqual(lowerWord);
    private bool IsAny(int i, WordSet lowerWords) => i >= 0 && i < _tok.Length && lowerWords.Contains(Low(i));

    private ReadOnlySpan<char> LowRange(int first, int end) => _lower.AsSpan(_tok[first].Start, _tok[end - 1].End - _tok[first].Start);
    private static bool InSet(WordSet set, ReadOnlySpan<char> key) => set.Contains(key);

    private bool IsWord(int i) => i >= 0 && i < _tok.Length && _tok[i].Kind == TokenKind.Word;
    private bool IsCap(int i) => IsWord(i) && char.IsUpper(_text[_tok[i].Start]);
    private bool IsLowerWord(int i) => IsWord(i) && char.IsLower(_text[_tok[i].Start]);
    private bool IsPossessive(int i) => i >= 0 && i < _tok.Length && _tok[i].Length == 2 && (Is(i, "'s") || Is(i, "\u2019s"));
    private bool IsPunct(int i, char c) => i >= 0 && i < _tok.Length && _tok[i].Length == 1 && _text[_tok[i].Start] == c;
    private bool Adjacent(int a, int b) => a >= 0 && b < _tok.Length && _tok[a].End == _tok[b].Start;

    /// <summary>First word of its sentence (after any opening quotes or brackets).</summary>
    private bool AtSentenceStart(int i)
    {
        int first = SentenceStartToken(i);
        for (int k = first; k < i; k++)
            if (_tok[k].Kind == TokenKind.Word || _tok[k].Kind == TokenKind.Number) return false;
        return true;
    }

    // the lookups below run for nearly every token: plain loops, no closures, no allocation
    private bool HasName(int i, Func<Lexeme, bool> pred) => NameOf(i, pred) is not null;

    private Lexeme? NameOf(int i, Func<Lexeme, bool> pred)
    {
        if (i < 0 || i >= _tok.Length || _nameVals[i] is not { } v) return null;
        foreach (var x in v) if (pred(x)) return x;
        return null;
    }

    private Lexeme? WordOf(int i, LexKind kind)
    {
        if (i < 0 || i >= _tok.Length || _wordVals[i] is not { } v) return null;
        foreach (var x in v) if (x.Kind == kind) return x;
        return null;
    }
    private bool HasWord(int i) => i >= 0 && i < _tok.Length && _wordLen[i] > 0;

    private void Cover(int from, int to)
    {
        for (int k = from; k < to && k < _tok.Length; k++) _covered[k] = true;
    }

    private ActorMention Mention(Actor a, int firstToken, int endToken, string via, string? role = null) =>
        _book.AddMention(a, _tok[firstToken].Start, _tok[endToken - 1].End, firstToken, endToken - firstToken, via, role);

    private string TextOf(int firstToken, int endToken) => _text[_tok[firstToken].Start.._tok[endToken - 1].End];
}
