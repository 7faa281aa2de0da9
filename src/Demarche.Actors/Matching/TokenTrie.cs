using Demarche.Core.Data;

namespace Demarche.Actors.Matching;

/// <summary>
/// A trie over token sequences (each edge one token's text), built once, then frozen. Lookups take spans of
/// the text, so matching allocates nothing. The longest phrase that starts at a token wins.
/// </summary>
public sealed class TokenTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<Lexeme>? Values;
    }

    private readonly Node _root = new();
    private bool _frozen;
    /// <summary>
    /// A bit per (first char, last char, length) signature of the first tokens of all phrases: most tokens of a
    /// text start no phrase, and this answers so without hashing them.
    /// </summary>
    private readonly ulong[] _firstTokenFilter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 16;

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as its token texts.</summary>
    public void Add(IReadOnlyList<string> tokens, Lexeme value)
    {
        if (_frozen) throw new InvalidOperationException("the trie is frozen");
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t, out var next)) node.Children[t] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    public void Freeze()
    {
        Freeze(_root);
        if (_root.Children is not null)
            foreach (var first in _root.Children.Keys)
            {
                int bit = Signature(first);
                _firstTokenFilter[bit >> 6] |= 1UL << (bit & 63);
            }
        _frozen = true;
    }

    private static int Signature(ReadOnlySpan<char> token) =>
        (int)((uint)(token[0] * 7919 + token[^1] * 31 + token.Length) % FilterBits);

    /// <summary>Can a phrase start with this token? False for certain; true may still find none.</summary>
    private bool MayStart(ReadOnlySpan<char> token)
    {
        int bit = Signature(token);
        return (_firstTokenFilter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static void Freeze(Node n)
    {
        if (n.Children is null) return;
        n.Children.TrimExcess();
        n.Lookup = n.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var c in n.Children.Values) Freeze(c);
    }

    /// <summary>A key function gives the span to look up for token i (or empty to stop).</summary>
    public delegate ReadOnlySpan<char> KeyOf(int token);

    /// <summary>The span to look up for token i (or empty to stop), as a struct: a reader passes its keys without a delegate a document.</summary>
    public interface ITokenKeys
    {
        ReadOnlySpan<char> Of(int token);
    }

    private readonly struct DelegateKeys(KeyOf key) : ITokenKeys
    {
        public ReadOnlySpan<char> Of(int token) => key(token);
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> (not crossing <paramref name="end"/>),
    /// skipping no tokens: its token count and readings, or (0, null).</summary>
    public (int Length, List<Lexeme>? Values) Longest(int start, int end, KeyOf key) => Longest(start, end, new DelegateKeys(key));

    /// <inheritdoc cref="Longest(int, int, KeyOf)"/>
    public (int Length, List<Lexeme>? Values) Longest<TKeys>(int start, int end, TKeys key) where TKeys : struct, ITokenKeys
    {
        var node = _root;
        int bestLen = 0;
        List<Lexeme>? best = null;
        for (int i = start; i < end; i++)
        {
            if (node.Children is null) break;
            var k = key.Of(i);
            if (k.IsEmpty || i == start && _frozen && !MayStart(k) || !node.Lookup.TryGetValue(k, out var next)) break;
            node = next;
            if (node.Values is not null) { bestLen = i - start + 1; best = node.Values; }
        }
        return (bestLen, best);
    }

    /// <summary>Does any phrase start with this token text?</summary>
    public bool Starts(ReadOnlySpan<char> first) => _root.Children is not null && _root.Lookup.ContainsKey(first);

    /// <summary>The trie's nodes in pre-order (each: its readings, then its children by token in the order added), for <see cref="Read"/>.</summary>
    public void Write(CompactWriter w) => Write(w, _root);

    private static void Write(CompactWriter w, Node node)
    {
        w.Int(node.Values?.Count ?? 0);
        foreach (var v in node.Values ?? [])
        {
            w.Byte((byte)v.Kind);
            w.String(v.Target);
        }
        w.Int(node.Children?.Count ?? 0);
        foreach (var (token, child) in node.Children ?? [])
        {
            w.String(token);
            Write(w, child);
        }
    }

    /// <summary>The frozen trie that <see cref="Write(CompactWriter)"/> wrote (readings equal in value are one object).</summary>
    public static TokenTrie Read(ref CompactReader r, Dictionary<(LexKind, string), Lexeme> readings)
    {
        var trie = new TokenTrie();
        trie.Count = Read(ref r, trie._root, readings);
        trie.Freeze();
        return trie;
    }

    /// <returns>the readings under the node</returns>
    private static int Read(ref CompactReader r, Node node, Dictionary<(LexKind, string), Lexeme> readings)
    {
        int count = r.Count();
        if (count > 0)
        {
            node.Values = new List<Lexeme>(count);
            for (int i = 0; i < count; i++)
            {
                var key = ((LexKind)r.Byte(), r.String());
                if (!readings.TryGetValue(key, out var reading)) readings[key] = reading = new Lexeme(key.Item1, key.Item2);
                node.Values.Add(reading);
            }
        }
        int children = r.Count();
        if (children == 0) return count;
        node.Children = new Dictionary<string, Node>(children, StringComparer.Ordinal);
        for (int i = 0; i < children; i++)
        {
            var child = new Node();
            node.Children.Add(r.String(), child);
            count += Read(ref r, child, readings);
        }
        return count;
    }
}
