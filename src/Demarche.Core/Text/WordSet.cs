using System.Collections;

namespace Demarche.Core.Text;

/// <summary>
/// A set of words (ordinal) that answers for spans of a text as well as for strings, without allocating: the
/// span lookup is made once, not on every question. For word lists read on every token.
/// </summary>
public sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordSet() => _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public WordSet(IEnumerable<string> words) : this()
    {
        foreach (var w in words) _words.Add(w);
    }

    public int Count => _words.Count;

    public bool Add(string word) => _words.Add(word);

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _spans.Contains(word);

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
