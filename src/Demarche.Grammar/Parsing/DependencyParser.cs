using System.Runtime.CompilerServices;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser over two averaged-perceptron classifiers: one picks the move
/// (shift, reduce, left arc, right arc) from <see cref="ParserFeatures"/>, the other the label of each arc when it is
/// made from <see cref="LabelFeatures"/>. Linear in the sentence length; safe to share between threads when each
/// thread has its own <see cref="ParseState"/>.
/// </summary>
public sealed class DependencyParser(LinearModel moves, LinearModel labels, string[] labelNames)
{
    public LinearModel Moves { get; } = moves;
    public LinearModel Labels { get; } = labels;
    public IReadOnlyList<string> LabelNames { get; } = labelNames;
    public int RootLabel { get; } = Array.IndexOf(labelNames, "root");

    /// <summary>The move model of the beam search, trained globally, when the model has one; else parsing is greedy.</summary>
    public LinearModel? BeamMoves { get; init; }
    public int BeamWidth { get; init; } = 1;

    /// <summary>The beam's margin (<see cref="BeamSearch.Margin"/>; 0: the whole width at every step).</summary>
    public float BeamMargin { get; init; }
    private readonly ThreadLocal<BeamSearch> _beams = new(() => new BeamSearch(1));

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> gets each word's head (its index, or -1 for the root of the
    /// sentence) and <paramref name="labels"/> its label index into <see cref="LabelNames"/>.
    /// </summary>
    public void Parse(ParserInput x, ParseState s, Span<int> heads, Span<int> labels)
    {
        if (BeamMoves is not null && BeamWidth >= 1)
        {
            var beam = _beams.Value!;
            if (beam.Width != BeamWidth) _beams.Value = beam = new BeamSearch(BeamWidth);
            beam.Margin = BeamMargin;
            beam.Parse(x, BeamMoves, this, heads, labels);
            return;
        }
        int n = x.Length;
        s.Reset(n);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> scores = stackalloc float[4];
        Span<float> labelScores = stackalloc float[LabelNames.Count];
        while (!s.IsFinal)
        {
            int k = ParserFeatures.Extract(x, s, features);
            scores.Clear();
            Moves.Score(features[..k], scores);
            var move = Best(s, scores);
            int label = ChooseLabel(x, s, move, labelFeatures, labelScores);
            s.Apply(move, label);
        }
        for (int i = 0; i < n; i++)
        {
            heads[i] = s.Head(i) == n ? -1 : s.Head(i);
            labels[i] = s.Label(i);
        }
        SingleRoot(x, heads, labels);
    }

    /// <summary>
    /// The same parser searching with another beam width over the beam model (1: greedy over it), or with the greedy
    /// model alone (0), and with another <see cref="BeamMargin"/> when <paramref name="margin"/> is given.
    /// </summary>
    public DependencyParser WithBeam(int width, float? margin = null) =>
        new(Moves, Labels, [.. LabelNames])
        {
            VerbTags = VerbTags, BeamMoves = width > 0 ? BeamMoves : null, BeamWidth = Math.Max(width, 1), BeamMargin = margin ?? BeamMargin,
        };

    internal static Move Best(ParseState s, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int m = 0; m < 4; m++)
            if (s.CanDo((Move)m) && (best < 0 || scores[m] > scores[best])) best = m;
        return (Move)best;
    }

    internal int ChooseLabel(ParserInput x, ParseState s, Move move, Span<ulong> features, Span<float> scores)
    {
        if (move is Move.Shift or Move.Reduce) return -1;
        var (head, dep) = Arc(s, move);
        if (head == x.Length) return RootLabel;
        return ChooseLabel(x, LabelContext.Of(x, s, head, dep), features, scores);
    }

    /// <summary>The head and the dependent of the arc a left or right move makes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (int Head, int Dep) Arc(ParseState s, Move move) =>
        move == Move.Left ? (s.Front, s.Stack(0)) : (s.Stack(0), s.Front);

    /// <summary>The best label but the root's for an arc (not from the root) given by its context.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    internal int ChooseLabel(ParserInput x, in LabelContext c, Span<ulong> features, Span<float> scores)
    {
        int k = LabelFeatures.Extract(x, c, features);
        scores.Clear();
        Labels.Score(features[..k], scores);
        int best = -1;
        for (int l = 0; l < scores.Length; l++)
            if (l != RootLabel && (best < 0 || scores[l] > scores[best])) best = l;
        return best;
    }

    /// <summary>
    /// A sentence has one root: when the parse left several words without a head, the first one tagged as a verb
    /// (else the first) is the root, and the others hang on it as parataxis.
    /// </summary>
    internal void SingleRoot(ParserInput x, Span<int> heads, Span<int> labels)
    {
        int root = -1, count = 0;
        for (int i = 0; i < heads.Length; i++) if (heads[i] < 0) count++;
        if (count <= 1) return;
        for (int i = 0; i < heads.Length && root < 0; i++)
            if (heads[i] < 0 && VerbTags.Contains(x.Tags[i])) root = i;
        if (root < 0) for (int i = 0; i < heads.Length && root < 0; i++) if (heads[i] < 0) root = i;
        int parataxis = Array.IndexOf(labelNamesArray, "parataxis");
        for (int i = 0; i < heads.Length; i++)
            if (heads[i] < 0 && i != root) { heads[i] = root; labels[i] = parataxis >= 0 ? parataxis : labels[i]; }
    }

    private string[] labelNamesArray => (string[])LabelNames;

    /// <summary>Tag values that count as verbs when choosing a root (set by the loader from the tag set).</summary>
    public HashSet<ulong> VerbTags { get; init; } = [];

    /// <summary>Writes the parser as in a model file, or with <paramref name="tables"/> its tables as in memory (the cache's layout).</summary>
    public void Write(BinaryWriter w, bool tables = false)
    {
        w.Write(LabelNames.Count);
        foreach (var l in LabelNames) w.Write(l);
        Moves.Write(w, tables);
        Labels.Write(w, tables);
        w.Write(BeamMoves is null ? 0 : BeamWidth);
        BeamMoves?.Write(w, tables);
    }

    public static DependencyParser Read(BinaryReader r, HashSet<ulong> verbTags, int version = 2)
    {
        int n = r.ReadInt32();
        if (n <= 0 || n > 64) throw new InvalidDataException("corrupt model: bad label count");
        var names = new string[n];
        for (int i = 0; i < n; i++) names[i] = r.ReadString();
        var read = LinearModel.ReaderOf(version);
        var moves = read(r);
        var labels = read(r);
        int width = version >= 2 ? r.ReadInt32() : 0;
        if (width < 0 || width > 64) throw new InvalidDataException("corrupt model: bad beam width");
        var beam = width > 0 ? read(r) : null;
        return new DependencyParser(moves, labels, names) { VerbTags = verbTags, BeamMoves = beam, BeamWidth = Math.Max(width, 1) };
    }
}
