using System.Collections.Concurrent;

namespace Demarche.Grammar.Tagging;

/// <summary>
/// The readings Demarche's lexicon gives a lowercase word (noun/verb/adjective/adverb forms, closed-class tag),
/// packed into one number that the tagger uses as a feature: it generalises to words never seen in training.
/// </summary>
public sealed class LexicalSignature(WordAnalyzer analyzer)
{
    private readonly ConcurrentDictionary<string, int> _cache = new(StringComparer.Ordinal);
    private const int CacheLimit = 200_000;

    public static LexicalSignature Default { get; } = new(new WordAnalyzer(PosLexicon.Default, new Lemmatizer(PosLexicon.Default)));

    public int Of(ReadOnlySpan<char> lower)
    {
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out int v)) return v;
        var word = lower.ToString();
        var r = analyzer.Analyze(word);
        v = r.IsClosed
            ? 1 << 30 | (int)r.Closed
            : (int)r.Noun | (int)r.Verb << 6 | (int)r.Adjective << 12 | (int)r.Adverb << 18 | (int)r.Preferred << 24;
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, v);
        return v;
    }
}
