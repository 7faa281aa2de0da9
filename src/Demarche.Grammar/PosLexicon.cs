using Demarche.Core.Data;

namespace Demarche.Grammar;

/// <summary>Open-class parts of speech a WordNet lemma can have, with SemCor counts.</summary>
[Flags]
public enum WordClass : byte
{
    None = 0,
    Noun = 1,
    Verb = 2,
    Adjective = 4,
    Adverb = 8,
}

/// <summary>What the lexicon knows of a lemma: the classes it has and which is most frequent.</summary>
public readonly record struct LexEntry(WordClass Classes, WordClass Preferred, int NounCount, int VerbCount);

/// <summary>
/// The part-of-speech lexicon: open-class lemmas from WordNet (data/lexicon/pos-lexicon.tsv), irregular forms
/// (pos-irregular.tsv) and hand-written closed-class words (pos-closed.tsv). Loaded once; the open-class table is
/// built once from its file and kept in the user's cache (<see cref="DataCache"/>), from which later runs map it.
/// </summary>
public sealed class PosLexicon
{
    private static readonly Lazy<PosLexicon> _default = new(() => StartupTrace.Time("POS lexicon", () => Load(DataDirectory.Path)));
    public static PosLexicon Default => _default.Value;

    /// <summary>The layout of the cached open-class table.</summary>
    private const int CacheFormat = 1;
    private readonly WordTable<LexEntry> _open;
    private readonly Dictionary<string, PosTag> _closed;
    private readonly Dictionary<(string Form, WordClass Class), string> _irregular;
    private readonly Dictionary<string, WordClass> _irregularClasses;

    private PosLexicon(WordTable<LexEntry> open, Dictionary<string, PosTag> closed,
        Dictionary<(string, WordClass), string> irregular, Dictionary<string, WordClass> irregularClasses)
    {
        _open = open;
        _closed = closed;
        _irregular = irregular;
        _irregularClasses = irregularClasses;
    }

    public static PosLexicon Load(string dataDir)
    {
        var openFile = Path.Combine(dataDir, "lexicon", "pos-lexicon.tsv");
        long offset = 0;
        var open = WordTable<LexEntry>.Read(DataCache.Load("pos-lexicon", CacheFormat, [openFile], () => BuildOpen(openFile)), ref offset);

        var closed = new Dictionary<string, PosTag>(StringComparer.Ordinal);
        foreach (var parts in TsvFile.Read(Path.Combine(dataDir, "lexicon", "pos-closed.tsv"), 2, "word, tag"))
        {
            if (!closed.ContainsKey(parts[0]))
                closed[parts[0]] = PosTagExtensions.Parse(parts[1].Trim());
        }

        var irregular = new Dictionary<(string, WordClass), string>();
        var irregularClasses = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var parts in TsvFile.Read(Path.Combine(dataDir, "lexicon", "pos-irregular.tsv"), 3, "form, lemma, class"))
        {
            var c = parts[2] switch { "n" => WordClass.Noun, "v" => WordClass.Verb, "a" => WordClass.Adjective, _ => WordClass.Adverb };
            irregular.TryAdd((parts[0], c), parts[1]);
            irregularClasses[parts[0]] = irregularClasses.GetValueOrDefault(parts[0]) | c;
        }
        return new PosLexicon(open, closed, irregular, irregularClasses);
    }

    /// <summary>The open-class table of pos-lexicon.tsv, as the cache holds it.</summary>
    private static byte[] BuildOpen(string path)
    {
        var open = new Dictionary<string, LexEntry>(90_000, StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(path, 2, "lemma, classes"))
        {
            if (row[0].Length == 0) continue;
            WordClass classes = WordClass.None, preferred = WordClass.None;
            int nouns = 0, verbs = 0;
            foreach (var part in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var c = part[0] switch { 'n' => WordClass.Noun, 'v' => WordClass.Verb, 'a' => WordClass.Adjective, 'r' => WordClass.Adverb, _ => WordClass.None };
                int.TryParse(part.AsSpan(2), out int count);
                if (preferred == WordClass.None) preferred = c;
                classes |= c;
                if (c == WordClass.Noun) nouns = count;
                if (c == WordClass.Verb) verbs = count;
            }
            open[row[0]] = new LexEntry(classes, preferred, nouns, verbs);
        }
        var output = new MemoryStream();
        WordTable<LexEntry>.Write(output, open, ignoreCase: false);
        return output.ToArray();
    }

    public bool TryClosed(string lower, out PosTag tag) => _closed.TryGetValue(lower, out tag);
    public bool TryOpen(string lemma, out LexEntry entry) => _open.TryGetValue(lemma, out entry);
    public bool Has(string lemma, WordClass c) => _open.TryGetValue(lemma, out var e) && (e.Classes & c) != 0;
    public string? Irregular(string form, WordClass c) => _irregular.GetValueOrDefault((form, c));
    public WordClass IrregularClasses(string form) => _irregularClasses.GetValueOrDefault(form);

    /// <summary>
    /// Whether a lower-case word is an English word the lexicon knows: a closed-class word, an irregular form, a lemma,
    /// or a lemma with a regular ending ("ministers", "signed", "talks", "visiting", "carries").
    /// </summary>
    public bool Knows(string lower)
    {
        if (_closed.ContainsKey(lower) || _irregularClasses.ContainsKey(lower) || _open.TryGetValue(lower, out _)) return true;
        foreach (var ending in RegularEndings)
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lower[..^ending.Length];
                if (_open.TryGetValue(stem, out _) || _open.TryGetValue(stem + "e", out _)) return true;
                if (ending is "ies" or "ied" && _open.TryGetValue(stem + "y", out _)) return true;
            }
        return false;
    }

    private static readonly string[] RegularEndings = ["s", "es", "ies", "ed", "ied", "d", "ing"];
}
