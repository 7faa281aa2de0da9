using System.Runtime.CompilerServices;
using Demarche.Core.Data;

namespace Demarche.Cleaning;

/// <summary>How a word is written in the word lists.</summary>
[Flags]
public enum WordForms : byte
{
    None = 0,
    /// <summary>An ordinary lower-case word ("state").</summary>
    Lower = 1,
    /// <summary>A capitalised proper name ("Bahrain").</summary>
    Capitalized = 2,
    /// <summary>A camel-case or otherwise mixed-case name ("YouTube"), never split.</summary>
    Mixed = 4,
    /// <summary>An all-capitals word ("NATO").</summary>
    Upper = 8,
}

/// <summary>One lexicon entry: the cheapest cost of the word as an ordinary word and as a name.</summary>
public readonly record struct LexiconEntry(float LowerCost, float NameCost, WordForms Forms)
{
    public bool IsLower => (Forms & WordForms.Lower) != 0;
    public bool IsName => (Forms & (WordForms.Capitalized | WordForms.Upper)) != 0;
}

/// <summary>
/// The word-frequency lexicon (data/lexicon/words.tsv plus additions.tsv): word -> cost, a negative
/// log-frequency proxy. Lookups ignore case and take spans, so the hot path allocates nothing. The tables are
/// built once from the text files and kept in the user's cache (<see cref="DataCache"/>), from which later runs
/// map them instead of reading 300,000 lines again.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The layout of the cached tables; change it when <see cref="LexiconEntry"/> or the building changes.</summary>
    private const int CacheFormat = 1;
    private readonly WordTable<LexiconEntry> _entries;
    private readonly WordTable<byte> _mixedCase;

    public Lexicon(IEnumerable<(string Word, float Cost)> words)
    {
        var (entries, mixed) = Entries(words);
        _entries = WordTable<LexiconEntry>.Create(entries, ignoreCase: true);
        _mixedCase = WordTable<byte>.Create(mixed, ignoreCase: false);
    }

    private Lexicon(WordTable<LexiconEntry> entries, WordTable<byte> mixedCase)
    {
        _entries = entries;
        _mixedCase = mixedCase;
    }

    public int Count => _entries.Count;

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private static (Dictionary<string, LexiconEntry> Entries, List<KeyValuePair<string, byte>> MixedCase) Entries(IEnumerable<(string Word, float Cost)> words)
    {
        var entries = new Dictionary<string, LexiconEntry>(400_000, StringComparer.OrdinalIgnoreCase);
        var mixedCase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, cost) in words)
            Add(entries, mixedCase, word, cost);
        return (entries, mixedCase.Select(w => KeyValuePair.Create(w, (byte)0)).ToList());
    }

    /// <summary>
    /// Reads TSV files of "word&lt;TAB&gt;cost" lines; later files override earlier ones for the same form. The tables come
    /// from the user's cache when it holds them for these files as they are now.
    /// </summary>
    public static Lexicon Load(params string[] paths)
    {
        var block = DataCache.Load("lexicon", CacheFormat, paths, () => Build(paths));
        long offset = 0;
        var entries = WordTable<LexiconEntry>.Read(block, ref offset);
        return new Lexicon(entries, WordTable<byte>.Read(block, ref offset));
    }

    /// <summary>The tables of the files, as the cache holds them.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private static byte[] Build(string[] paths)
    {
        var words = new List<(string, float)>(320_000);
        foreach (var path in paths)
            if (File.Exists(path)) ReadTsv(File.ReadAllText(path), words);
        var (entries, mixed) = Entries(words);
        var output = new MemoryStream();
        WordTable<LexiconEntry>.Write(output, entries, ignoreCase: true);
        WordTable<byte>.Write(output, mixed, ignoreCase: false);
        return output.ToArray();
    }

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private static void ReadTsv(string content, List<(string, float)> words)
    {
        var rest = content.AsSpan();
        while (rest.Length > 0)
        {
            int nl = rest.IndexOf('\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? default : rest[(nl + 1)..];
            line = line.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            var word = (tab < 0 ? line : line[..tab]).Trim();
            float cost = tab < 0 ? 10f : ParseCost(line[(tab + 1)..].Trim());
            if (word.Length > 0) words.Add((word.ToString(), cost));
        }
    }

    /// <summary>Parses "12.5"-style costs quickly (digits and at most one decimal point).</summary>
    private static float ParseCost(ReadOnlySpan<char> s)
    {
        float value = 0, scale = 0;
        foreach (char c in s)
        {
            if (c == '.') { scale = 1; continue; }
            if (c < '0' || c > '9') return 10f;
            if (scale == 0) value = value * 10 + (c - '0');
            else { scale /= 10; value += (c - '0') * scale; }
        }
        return s.Length == 0 ? 10f : value;
    }

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private static void Add(Dictionary<string, LexiconEntry> entries, HashSet<string> mixedCase, string word, float cost)
    {
        var form = FormOf(word);
        if (form == WordForms.Mixed) mixedCase.Add(word);
        entries.TryGetValue(word, out var old);
        float lower = old.Forms == WordForms.None ? float.PositiveInfinity : old.LowerCost;
        float name = old.Forms == WordForms.None ? float.PositiveInfinity : old.NameCost;
        if (form == WordForms.Lower) lower = cost;
        else name = Math.Min(name, cost);
        entries[word] = new LexiconEntry(lower, name, old.Forms | form);
    }

    private static WordForms FormOf(ReadOnlySpan<char> word)
    {
        bool firstUpper = char.IsUpper(word[0]);
        int upperRest = 0, lowerRest = 0;
        for (int i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i])) upperRest++;
            else if (char.IsLower(word[i])) lowerRest++;
        }
        if (!firstUpper) return upperRest == 0 ? WordForms.Lower : WordForms.Mixed;
        if (upperRest == 0) return WordForms.Capitalized;
        if (lowerRest == 0) return WordForms.Upper;
        return WordForms.Mixed;
    }

    public bool TryGet(ReadOnlySpan<char> word, out LexiconEntry entry) => _entries.TryGetValue(word, out entry);

    public bool Contains(ReadOnlySpan<char> word) => _entries.ContainsKey(word);

    /// <summary>True when exactly this mixed-case spelling is listed ("TikTok", "iPhone").</summary>
    public bool IsMixedCaseName(ReadOnlySpan<char> word) => _mixedCase.ContainsKey(word);

    /// <summary>True when the word is listed in lower case at least as often as capitalised ("bath", not "Gao").</summary>
    public bool IsCommonerAsWord(ReadOnlySpan<char> word) =>
        _entries.TryGetValue(word, out var e) && e.IsLower && e.LowerCost <= e.NameCost;

    /// <summary>Cost of the word as an ordinary (lower-case) word, or +infinity.</summary>
    public float LowerCost(ReadOnlySpan<char> word) =>
        _entries.TryGetValue(word, out var e) ? e.LowerCost : float.PositiveInfinity;
}
