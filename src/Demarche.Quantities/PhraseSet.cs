namespace Demarche.Quantities;

/// <summary>
/// A set of lower-case word phrases ("death toll", "forced from their homes") matched against the words of a
/// <see cref="TokenWords"/> view, either starting at a token or ending just before one.
/// </summary>
public sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _byLast = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string>? phrases)
    {
        foreach (var phrase in phrases ?? [])
        {
            var words = Split(phrase);
            if (words.Length == 0) continue;
            Add(_byFirst, words[0], words);
            Add(_byLast, words[^1], words);
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var list in _byLast.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Splits a phrase the way the tokenizer would: on spaces, with hyphens as words of their own.</summary>
    public static string[] Split(string phrase) =>
        phrase.Trim().ToLowerInvariant().Replace("-", " - ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void Add(Dictionary<string, List<string[]>> index, string key, string[] words)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(words);
    }

    public bool Contains(string word) => _byFirst.TryGetValue(word, out var list) && list.Exists(p => p.Length == 1);

    /// <summary>The number of tokens of the longest phrase that starts at token <paramref name="index"/> and ends before <paramref name="limit"/>; 0 when none.</summary>
    public int MatchAt(TokenWords words, int index, int limit)
    {
        if (index >= limit || !_byFirst.TryGetValue(words[index], out var list)) return 0;
        foreach (var phrase in list)
        {
            if (index + phrase.Length > limit) continue;
            bool ok = true;
            for (int k = 1; k < phrase.Length && ok; k++) ok = words[index + k] == phrase[k];
            if (ok) return phrase.Length;
        }
        return 0;
    }

    /// <summary>The number of tokens of the longest phrase that ends just before token <paramref name="end"/> and starts at or after <paramref name="floor"/>; 0 when none.</summary>
    public int MatchEndingAt(TokenWords words, int end, int floor)
    {
        if (end - 1 < floor || !_byLast.TryGetValue(words[end - 1], out var list)) return 0;
        foreach (var phrase in list)
        {
            int start = end - phrase.Length;
            if (start < floor) continue;
            bool ok = true;
            for (int k = 0; k < phrase.Length - 1 && ok; k++) ok = words[start + k] == phrase[k];
            if (ok) return phrase.Length;
        }
        return 0;
    }
}
