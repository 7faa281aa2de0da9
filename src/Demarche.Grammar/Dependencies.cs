using Demarche.Grammar.Tagging;

namespace Demarche.Grammar;

/// <summary>
/// The dependency layer: for each token of <c>Document.Tokens</c> its head token (or -1 for the root of its
/// sentence), its Universal Dependencies relation ("nsubj", "obl:agent"), Universal POS and Penn tags, with each token's
/// children in token order.
/// </summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.Dependencies)]
public sealed class Dependencies
{
    private readonly int[] _heads;
    private readonly byte[] _labels;
    private readonly string[] _labelNames;
    private readonly string[] _universal;
    private readonly ushort[] _classes;
    private readonly TagSet _tagSet;
    private readonly int[] _childStart;
    private readonly int[] _children;

    /// <summary>The class given for a token without a tagger class (Universal POS "X", Penn "XX").</summary>
    public const ushort NoClass = ushort.MaxValue;

    /// <summary>
    /// A tree over each token's head and label index, the tagger class of each token (<see cref="NoClass"/>: none) whose
    /// tags <paramref name="tagSet"/> names, and the label names of the model (made once for all its trees).
    /// </summary>
    public Dependencies(int[] heads, byte[] labels, RelationNames names, ushort[] classes, TagSet tagSet)
    {
        _heads = heads;
        _labels = labels;
        _labelNames = names.Labels;
        _universal = names.Universal;
        _classes = classes;
        _tagSet = tagSet;
        int n = heads.Length;
        // each head's children in token order: counted, placed from the head's start on, then the starts shifted back
        _childStart = new int[n + 1];
        for (int i = 0; i < n; i++) if (heads[i] >= 0) _childStart[heads[i] + 1]++;
        for (int i = 0; i < n; i++) _childStart[i + 1] += _childStart[i];
        _children = new int[_childStart[n]];
        for (int i = 0; i < n; i++) if (heads[i] >= 0) _children[_childStart[heads[i]]++] = i;
        for (int i = n; i > 0; i--) _childStart[i] = _childStart[i - 1];
        _childStart[0] = 0;
    }

    public int Count => _heads.Length;
    public int Head(int token) => _heads[token];
    /// <summary>The full relation, with its subtype ("nsubj:pass").</summary>
    public string Label(int token) => _labelNames[_labels[token]];
    /// <summary>The relation without subtype ("nsubj").</summary>
    public string Relation(int token) => _universal[_labels[token]];
    public string Upos(int token) => _classes[token] is var c && c != NoClass ? _tagSet.Upos(c) : "X";
    /// <summary>The Penn Treebank tag as UD English writes it ("``", "NFP", "HYPH").</summary>
    public string Xpos(int token) => _classes[token] is var c && c != NoClass ? _tagSet.Xpos(c) : "XX";
    public ReadOnlySpan<int> Children(int token) => _children.AsSpan(_childStart[token], _childStart[token + 1] - _childStart[token]);

    /// <summary>Whether the token's relation is <paramref name="label"/>, exactly ("obl:agent") or as its universal part ("obl").</summary>
    public bool Is(int token, string label) => token >= 0 && (Label(token) == label || Relation(token) == label);

    /// <summary>The first child with the relation (exact or universal part), or -1.</summary>
    public int Child(int token, string label)
    {
        foreach (int c in Children(token)) if (Is(c, label)) return c;
        return -1;
    }

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public bool Dominates(int ancestor, int token)
    {
        for (int k = token, steps = 0; k >= 0 && steps <= _heads.Length; k = _heads[k], steps++)
            if (k == ancestor) return true;
        return false;
    }
}
