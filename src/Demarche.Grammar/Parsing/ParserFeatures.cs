using System.Runtime.CompilerServices;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// What the parser sees of each word: its normalised form and its tag class; position n is the root.
/// </summary>
public sealed class ParserInput
{
    public ulong[] Words = new ulong[64];
    public ulong[] Tags = new ulong[64];
    /// <summary>Each word's cluster path and its two-level prefix (<see cref="Tagging.WordClusters"/>).</summary>
    public ulong[] Clusters = new ulong[64];
    public ulong[] Clusters2 = new ulong[64];
    public int Length;

    public const ulong RootWord = 0xA0A0, RootTag = 0xA0A1, NoneWord = 0xB0B0, NoneTag = 0xB0B1, NoneLabel = 0xB0B2;

    /// <summary>Word i's atoms and tag class.</summary>
    public void Set(int i, in Tagging.WordAtoms word, int tag)
    {
        Words[i] = word.Norm;
        Tags[i] = (ulong)tag + 1;
        Clusters[i] = (ulong)(uint)word.Cluster;
        Clusters2[i] = (ulong)(uint)word.Cluster2 | 0x100000000UL;
    }

    public void Reset(int length)
    {
        if (Words.Length < length + 1)
        {
            Words = new ulong[Math.Max(length + 1, Words.Length * 2)];
            Tags = new ulong[Words.Length];
            Clusters = new ulong[Words.Length];
            Clusters2 = new ulong[Words.Length];
        }
        Length = length;
        Words[length] = RootWord;
        Tags[length] = RootTag;
        Clusters[length] = RootWord;
        Clusters2[length] = RootWord;
    }
}

/// <summary>
/// The transition classifier's feature templates: those of Zhang and Nivre (2011) for arc-eager parsing (words
/// and tags of the stack top, the buffer front and the two words after it, their heads and outermost children,
/// distance, valency and label sets), and a few of the second stack word.
/// </summary>
public static class ParserFeatures
{
    public const int Max = 96;

    public static int Extract(ParserInput x, ParseState s, Span<ulong> f) => Extract(x, ParserContext.Of(x, s), f);

    /// <summary>The number of features of a state: one a template, templates 1 to 89, in that order.</summary>
    public const int Count = 89;

    /// <summary>The features of a state given by its context (<see cref="ParserContext.Of"/>), in template order.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static int Extract(ParserInput x, in ParserContext c, Span<ulong> f)
    {
        Front(x, c.N0, f);
        Top(x, c.S0, f);
        Pair(x, c.S0, c.N0, f);
        Rest(x, c, f);
        return Count;
    }

    // The templates in four groups by what they read, so that the beam can add up once the weights of the features
    // that many of a sentence's states share (MoveScoreParts): the buffer front and the words after it (and the bias);
    // the stack top; the pair of both (with their distance); the rest (heads, children, labels, valencies, the second
    // stack word). Each group writes its templates at their places in template order (template t at t - 1), so the
    // groups together give the features in the order training has always seen them.

    /// <summary>The templates of each group (<see cref="Front"/>, <see cref="Top"/>, <see cref="Pair"/>, <see cref="Rest"/>).</summary>
    public static ReadOnlySpan<byte> FrontTemplates => [4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 79, 81, 82, 87];
    public static ReadOnlySpan<byte> TopTemplates => [1, 2, 3, 80];
    public static ReadOnlySpan<byte> PairTemplates => [13, 14, 15, 16, 17, 18, 19, 22, 27, 28, 29, 30, 31, 32, 83, 84, 85, 89];
    public static ReadOnlySpan<byte> RestTemplates =>
    [
        23, 24, 25, 26, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 86, 88,
    ];

    /// <summary>The templates that read only the buffer front <paramref name="n0"/> and the words after it, and the bias.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void Front(ParserInput x, int n0, Span<ulong> f)
    {
        int n1 = n0 + 1 <= x.Length ? n0 + 1 : -1, n2 = n0 + 2 <= x.Length ? n0 + 2 : -1;
        ulong N0w = W(x, n0), N0p = P(x, n0), N1w = W(x, n1), N1p = P(x, n1), N2w = W(x, n2), N2p = P(x, n2);
        Set(f, 4, N0w, N0p);
        Set(f, 5, N0w);
        Set(f, 6, N0p);
        Set(f, 7, N1w, N1p);
        Set(f, 8, N1w);
        Set(f, 9, N1p);
        Set(f, 10, N2w, N2p);
        Set(f, 11, N2w);
        Set(f, 12, N2p);
        Set(f, 20, N0p, N1p);
        Set(f, 21, N0p, N1p, N2p);
        Set(f, 79, 0);
        Set(f, 81, C(x, n0));
        Set(f, 82, C(x, n1));
        Set(f, 87, C2(x, n0), C2(x, n1), N0p);
    }

    /// <summary>The templates that read only the stack top <paramref name="s0"/>.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void Top(ParserInput x, int s0, Span<ulong> f)
    {
        ulong S0w = W(x, s0), S0p = P(x, s0);
        Set(f, 1, S0w, S0p);
        Set(f, 2, S0w);
        Set(f, 3, S0p);
        Set(f, 80, C(x, s0));
    }

    /// <summary>The templates that read the stack top and the buffer front together (their words, the one after the front, their distance).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void Pair(ParserInput x, int s0, int n0, Span<ulong> f)
    {
        int n1 = n0 + 1 <= x.Length ? n0 + 1 : -1;
        ulong S0w = W(x, s0), S0p = P(x, s0), N0w = W(x, n0), N0p = P(x, n0), N1p = P(x, n1);
        ulong dist = Distance(x, s0, n0);
        // pairs
        Set(f, 13, S0w, S0p, N0w, N0p);
        Set(f, 14, S0w, S0p, N0w);
        Set(f, 15, S0w, N0w, N0p);
        Set(f, 16, S0w, S0p, N0p);
        Set(f, 17, S0p, N0w, N0p);
        Set(f, 18, S0w, N0w);
        Set(f, 19, S0p, N0p);
        Set(f, 22, S0p, N0p, N1p);
        // distance
        Set(f, 27, S0w, dist);
        Set(f, 28, S0p, dist);
        Set(f, 29, N0w, dist);
        Set(f, 30, N0p, dist);
        Set(f, 31, S0w, N0w, dist);
        Set(f, 32, S0p, N0p, dist);
        // word clusters
        ulong S0c = C(x, s0), N0c = C(x, n0), S0c2 = C2(x, s0), N0c2 = C2(x, n0);
        Set(f, 83, S0c2, N0c2);
        Set(f, 84, S0c, N0p);
        Set(f, 85, S0p, N0c);
        Set(f, 89, S0c2, N0c2, dist);
    }

    /// <summary>The templates that read more of the state: heads, children, labels, valencies, label sets, the second stack word.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void Rest(ParserInput x, in ParserContext c, Span<ulong> f)
    {
        int s0 = c.S0, s1 = c.S1, n0 = c.N0, n1 = n0 + 1 <= x.Length ? n0 + 1 : -1;
        int s0h = c.S0h, s0h2 = c.S0h2, s0l = c.S0l, s0l2 = c.S0l2, s0r = c.S0r, s0r2 = c.S0r2, n0l = c.N0l, n0l2 = c.N0l2;

        ulong S0w = W(x, s0), S0p = P(x, s0), N0w = W(x, n0), N0p = P(x, n0);
        ulong S1w = W(x, s1), S1p = P(x, s1);
        ulong S0hw = W(x, s0h), S0hp = P(x, s0h), S0h2w = W(x, s0h2), S0h2p = P(x, s0h2);
        ulong S0lw = W(x, s0l), S0lp = P(x, s0l), S0rw = W(x, s0r), S0rp = P(x, s0r);
        ulong S0l2w = W(x, s0l2), S0l2p = P(x, s0l2), S0r2w = W(x, s0r2), S0r2p = P(x, s0r2);
        ulong N0lw = W(x, n0l), N0lp = P(x, n0l), N0l2w = W(x, n0l2), N0l2p = P(x, n0l2);
        ulong S0L = c.Label(0), S0lL = c.Label(1), S0rL = c.Label(2), S0l2L = c.Label(3), S0r2L = c.Label(4), N0lL = c.Label(5), N0l2L = c.Label(6);
        ulong s0vl = c.Valency(0), s0vr = c.Valency(1), n0vl = c.Valency(2);
        ulong s0sl = c.S0sl, s0sr = c.S0sr, n0sl = c.N0sl;
        ulong s0HasHead = s0h >= 0 ? 1UL : 0UL;

        // three words
        Set(f, 23, S0hp, S0p, N0p);
        Set(f, 24, S0p, S0lp, N0p);
        Set(f, 25, S0p, S0rp, N0p);
        Set(f, 26, S0p, N0p, N0lp);
        // valency
        Set(f, 33, S0w, s0vr);
        Set(f, 34, S0p, s0vr);
        Set(f, 35, S0w, s0vl);
        Set(f, 36, S0p, s0vl);
        Set(f, 37, N0w, n0vl);
        Set(f, 38, N0p, n0vl);
        // unigrams of heads and children
        Set(f, 39, S0hw);
        Set(f, 40, S0hp);
        Set(f, 41, S0L);
        Set(f, 42, S0lw);
        Set(f, 43, S0lp);
        Set(f, 44, S0lL);
        Set(f, 45, S0rw);
        Set(f, 46, S0rp);
        Set(f, 47, S0rL);
        Set(f, 48, N0lw);
        Set(f, 49, N0lp);
        Set(f, 50, N0lL);
        // third order
        Set(f, 51, S0h2w);
        Set(f, 52, S0h2p);
        Set(f, 53, S0hw, S0L);
        Set(f, 54, S0l2w);
        Set(f, 55, S0l2p);
        Set(f, 56, S0l2L);
        Set(f, 57, S0r2w);
        Set(f, 58, S0r2p);
        Set(f, 59, S0r2L);
        Set(f, 60, N0l2w);
        Set(f, 61, N0l2p);
        Set(f, 62, N0l2L);
        Set(f, 63, S0p, S0lp, S0l2p);
        Set(f, 64, S0p, S0rp, S0r2p);
        Set(f, 65, S0p, S0hp, S0h2p);
        Set(f, 66, N0p, N0lp, N0l2p);
        // label sets
        Set(f, 67, S0w, s0sr);
        Set(f, 68, S0p, s0sr);
        Set(f, 69, S0w, s0sl);
        Set(f, 70, S0p, s0sl);
        Set(f, 71, N0w, n0sl);
        Set(f, 72, N0p, n0sl);
        // the second stack word, and whether the top has its head
        Set(f, 73, S1w, S1p);
        Set(f, 74, S1p, S0p, N0p);
        Set(f, 75, S1p, S0p);
        Set(f, 76, S0p, N0p, s0HasHead);
        Set(f, 77, S0p, S0L, N0p);
        Set(f, 78, S0w, N0p, s0HasHead);
        // word clusters
        Set(f, 86, C2(x, s0h), C2(x, s0));
        Set(f, 88, C2(x, s1), S0p, N0p);
    }

    /// <summary>The distance feature of a stack top and a buffer front (capped at 7; the root apart).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Distance(ParserInput x, int s0, int n0) =>
        s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 7) + (n0 == x.Length ? 16UL : 0UL) : 0xFF;

    // template t's feature, at its place t - 1
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(Span<ulong> f, int template, ulong a) => f[template - 1] = FeatureHash.Key(template, a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(Span<ulong> f, int template, ulong a, ulong b) => f[template - 1] = FeatureHash.Key(template, a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(Span<ulong> f, int template, ulong a, ulong b, ulong c) => f[template - 1] = FeatureHash.Key(template, a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(Span<ulong> f, int template, ulong a, ulong b, ulong c, ulong d) => f[template - 1] = FeatureHash.Key(template, a, b, c, d);

    // inlined where the callers' budget allows, else optimised at once (not left in the slow first tier)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ParserInput x, int i) => i < 0 ? ParserInput.NoneWord : x.Words[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(ParserInput x, int i) => i < 0 ? ParserInput.NoneTag : x.Tags[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C(ParserInput x, int i) => i < 0 ? ParserInput.NoneWord : x.Clusters[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C2(ParserInput x, int i) => i < 0 ? ParserInput.NoneWord : x.Clusters2[i];
}

/// <summary>
/// All that <see cref="ParserFeatures"/> read of a parse state (the words around the stack top and the buffer
/// front, their labels, valencies and label sets): two states with equal contexts have the same features, hence the
/// same move scores (<see cref="BeamSearch"/> remembers them by context). 80 bytes without padding.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
public struct ParserContext
{
    public int S0, S1, N0, S0h, S0h2, S0l, S0l2, S0r, S0r2, N0l, N0l2;
    /// <summary>The valencies, capped at 4 (9: no word): left and right of the stack top, left of the front; a byte each.</summary>
    public int Valencies;
    /// <summary>The labels plus one (0: no word or no label) of s0, s0l, s0r, s0l2, s0r2, n0l, n0l2; a byte each.</summary>
    public ulong Labels;
    public ulong S0sl, S0sr, N0sl;

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static ParserContext Of(ParserInput x, ParseState s)
    {
        var c = new ParserContext();
        int s0 = s.Stack(0), n0 = s.Buffer(0);
        c.S0 = s0;
        c.S1 = s.Stack(1);
        c.N0 = n0;
        ref readonly var w0 = ref s0 >= 0 ? ref s.Word(s0) : ref WordArcs.None;
        ref readonly var wn = ref n0 >= 0 ? ref s.Word(n0) : ref WordArcs.None;
        int s0h = c.S0h = s0 >= 0 ? w0.Head : -1;
        c.S0h2 = s0h >= 0 && s0h < x.Length ? s.Head(s0h) : -1;
        int s0l = c.S0l = s0 >= 0 ? w0.LeftMost : -1, s0l2 = c.S0l2 = s0 >= 0 ? w0.LeftMost2 : -1;
        int s0r = c.S0r = s0 >= 0 ? w0.RightMost : -1, s0r2 = c.S0r2 = s0 >= 0 ? w0.RightMost2 : -1;
        int n0l = c.N0l = n0 >= 0 ? wn.LeftMost : -1, n0l2 = c.N0l2 = n0 >= 0 ? wn.LeftMost2 : -1;
        c.Labels = LabelByte(s, s0) | LabelByte(s, s0l) << 8 | LabelByte(s, s0r) << 16 | LabelByte(s, s0l2) << 24
            | LabelByte(s, s0r2) << 32 | LabelByte(s, n0l) << 40 | LabelByte(s, n0l2) << 48;
        int s0vl = s0 >= 0 ? Math.Min(w0.LeftCount, 4) : 9, s0vr = s0 >= 0 ? Math.Min(w0.RightCount, 4) : 9;
        int n0vl = n0 >= 0 ? Math.Min(wn.LeftCount, 4) : 9;
        c.Valencies = s0vl | s0vr << 8 | n0vl << 16;
        c.S0sl = s0 >= 0 ? w0.LeftLabels : 1UL << 63;
        c.S0sr = s0 >= 0 ? w0.RightLabels : 1UL << 63;
        c.N0sl = n0 >= 0 ? wn.LeftLabels : 1UL << 63;
        return c;
    }

    // labels are below 64 (a model has at most 64)
    private static ulong LabelByte(ParseState s, int i) => i < 0 || s.Label(i) < 0 ? 0UL : (ulong)(s.Label(i) + 1);

    /// <summary>The i-th label's feature atom (as the label index, or <see cref="ParserInput.NoneLabel"/>).</summary>
    public readonly ulong Label(int i) => (Labels >> (8 * i) & 0xFF) is var b && b == 0 ? ParserInput.NoneLabel : b - 1;

    public readonly ulong Valency(int i) => (ulong)(Valencies >> (8 * i) & 0xFF);
}

/// <summary>
/// The label classifier's feature templates, for an arc from a head to a dependent at the moment it is made:
/// both words and tags, direction and distance, the dependent's children (its case marker, its own labels),
/// the head's labels so far and its own head.
/// </summary>
public static class LabelFeatures
{
    public const int Max = 40;

    public static int Extract(ParserInput x, ParseState s, int head, int dep, Span<ulong> f) => Extract(x, LabelContext.Of(x, s, head, dep), f);

    /// <summary>The features of an arc given by its context (<see cref="LabelContext.Of"/>).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static int Extract(ParserInput x, in LabelContext c, Span<ulong> f)
    {
        int head = c.Head, dep = c.Dep;
        ulong Hw = x.Words[head], Hp = x.Tags[head], Dw = x.Words[dep], Dp = x.Tags[dep];
        bool left = dep < head;
        ulong dir = left ? 1UL : 2UL;
        ulong dist = (uint)Math.Min(Math.Abs(head - dep), 6) | (head == x.Length ? 8UL : 0UL);
        int dl = c.DepLeft, dr = c.DepRight;
        int hh = c.HeadHead;
        ulong Dlw = dl >= 0 ? x.Words[dl] : ParserInput.NoneWord, Dlp = dl >= 0 ? x.Tags[dl] : ParserInput.NoneTag;
        ulong DlL = dl >= 0 ? (ulong)c.DepLeftLabel : ParserInput.NoneLabel;
        ulong Drp = dr >= 0 ? x.Tags[dr] : ParserInput.NoneTag;
        ulong HhP = hh >= 0 ? x.Tags[hh] : ParserInput.NoneTag;
        ulong HL = c.HeadLabel >= 0 ? (ulong)c.HeadLabel : ParserInput.NoneLabel;
        ulong hLabels = c.HeadLabels;
        ulong dLabels = c.DepLabels;
        ulong prevP = dep > 0 ? x.Tags[dep - 1] : ParserInput.NoneTag, nextP = dep + 1 < x.Length ? x.Tags[dep + 1] : ParserInput.NoneTag;
        ulong prevW = dep > 0 ? x.Words[dep - 1] : ParserInput.NoneWord;

        int k = 0;
        f[k++] = FeatureHash.Key(101, dir);
        f[k++] = FeatureHash.Key(102, Hw, dir);
        f[k++] = FeatureHash.Key(103, Hp, dir);
        f[k++] = FeatureHash.Key(104, Dw, dir);
        f[k++] = FeatureHash.Key(105, Dp, dir);
        f[k++] = FeatureHash.Key(106, Hp, Dp, dir);
        f[k++] = FeatureHash.Key(107, Hw, Dp, dir);
        f[k++] = FeatureHash.Key(108, Hp, Dw, dir);
        f[k++] = FeatureHash.Key(109, Hw, Dw, dir);
        f[k++] = FeatureHash.Key(110, Hp, Dp, dist);
        f[k++] = FeatureHash.Key(111, Dlw, Hp, dir);
        f[k++] = FeatureHash.Key(112, Dlw, Dp, dir);
        f[k++] = FeatureHash.Key(113, Dlp, DlL, Dp);
        f[k++] = FeatureHash.Key(114, Drp, Dp, dir);
        f[k++] = FeatureHash.Key(115, hLabels, Dp, dir);
        f[k++] = FeatureHash.Key(116, dLabels, Dp);
        f[k++] = FeatureHash.Key(117, HhP, HL, Hp, Dp);
        f[k++] = FeatureHash.Key(118, HL, Dp, dir);
        f[k++] = FeatureHash.Key(119, prevP, Dp, Hp);
        f[k++] = FeatureHash.Key(120, nextP, Dp, Hp);
        f[k++] = FeatureHash.Key(121, prevW, Dp, dir);
        f[k++] = FeatureHash.Key(122, Dlw, Hp, Dp);
        f[k++] = FeatureHash.Key(123, Dw, Hw, Dlw);
        f[k++] = FeatureHash.Key(124, dLabels, Dw);
        f[k++] = FeatureHash.Key(125, x.Clusters2[head], x.Clusters2[dep], dir);
        f[k++] = FeatureHash.Key(126, x.Clusters[dep], dir);
        f[k++] = FeatureHash.Key(127, x.Clusters[head], Dp, dir);
        f[k++] = FeatureHash.Key(128, x.Clusters[dep], Hp, dir);
        return k;
    }
}

/// <summary>
/// All that <see cref="LabelFeatures"/> read of a parse state for an arc: two arcs with equal contexts get the same
/// label (<see cref="BeamSearch"/> remembers labels by context). 44 bytes without padding.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
public struct LabelContext
{
    /// <summary>The label sets of the head and of the dependent (left and right children together).</summary>
    public ulong HeadLabels, DepLabels;
    public int Head, Dep;
    /// <summary>The dependent's leftmost and rightmost child, the head's head (-1: none).</summary>
    public int DepLeft, DepRight, HeadHead;
    /// <summary>The label of the dependent's leftmost child (when it has one) and the head's label (-1: none).</summary>
    public int DepLeftLabel, HeadLabel;

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static LabelContext Of(ParserInput x, ParseState s, int head, int dep)
    {
        ref readonly var h = ref s.Word(head);
        ref readonly var d = ref s.Word(dep);
        var c = new LabelContext { Head = head, Dep = dep, DepLeft = d.LeftMost, DepRight = d.RightMost };
        c.HeadHead = head < x.Length ? h.Head : -1;
        c.DepLeftLabel = c.DepLeft >= 0 ? s.Label(c.DepLeft) : -1;
        c.HeadLabel = head < x.Length && h.Label >= 0 ? h.Label : -1;
        c.HeadLabels = h.LeftLabels | h.RightLabels;
        c.DepLabels = d.LeftLabels | d.RightLabels;
        return c;
    }
}
