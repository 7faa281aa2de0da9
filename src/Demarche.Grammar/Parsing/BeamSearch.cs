using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// Beam search over arc-eager move sequences (Zhang and Clark 2008): the <see cref="Width"/> best partial parses
/// are kept at each step, scored by the sum of their moves' scores. Every parse of n words takes 2n moves, so the
/// items finish together. Labels are chosen by the label classifier when an arc is made. Keeps its buffers: one
/// instance serves one thread.
/// </summary>
public sealed class BeamSearch(int width)
{
    public int Width { get; } = width;

    /// <summary>
    /// When above 0, parsing keeps of the <see cref="Width"/> best candidates only those whose score is within this
    /// much of the best one's (a step whose best move is clear advances one item); training keeps the whole width.
    /// </summary>
    public float Margin { get; set; }

    /// <summary>One partial parse: its state, total score, and how it was reached (for training's updates).</summary>
    public sealed class Item
    {
        public ParseState State { get; } = new();
        public float Score;
        public Item? Parent;
        public Move Move;
        public int Label;
        public bool Gold;
        public int Steps;
    }

    private List<Item> _beam = [];
    private List<Item> _next = [];
    private readonly Stack<Item> _pool = new();
    private readonly List<(int Item, Move Move, float Score)> _candidates = [];
    private readonly ulong[] _features = new ulong[ParserFeatures.Max];
    private readonly ulong[] _labelFeatures = new ulong[LabelFeatures.Max];
    private readonly float[] _scores = new float[4];
    private float[] _labelScores = [];
    // what a context gave, for the items of this sentence that share it (the move scores, the label)
    private readonly SentenceMemo<ParserContext, Vector128<float>> _moveScores = new();
    private readonly SentenceMemo<LabelContext, int> _labels = new();
    // parsing (not training, whose weights are not integers) adds up the move scores from parts shared by many contexts
    private readonly MoveScoreParts _parts = new();
    private bool _byParts;

    public IReadOnlyList<Item> Beam => _beam;

    public void Start(int length)
    {
        foreach (var i in _beam) Release(i);
        _beam.Clear();
        _moveScores.Clear();
        _labels.Clear();
        _byParts = false;
        var first = Take();
        first.State.Reset(length);
        first.Score = 0;
        first.Parent = null;
        first.Gold = true;
        first.Steps = 0;
        _beam.Add(first);
    }

    /// <summary>
    /// Advances every item by one move and keeps the best <see cref="Width"/>. <paramref name="goldMove"/> (training)
    /// marks the item that follows the gold sequence; returns whether it is still in the beam.
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public bool Step(ParserInput x, Func<ReadOnlySpan<ulong>, Span<float>, int> scoreMoves, DependencyParser labeller, Move? goldMove = null, int goldLabel = -1)
    {
        _candidates.Clear();
        for (int b = 0; b < _beam.Count; b++)
        {
            var s = _beam[b].State;
            if (s.IsFinal) { _candidates.Add((b, (Move)255, _beam[b].Score)); continue; }
            var scores = MoveScores(x, s, scoreMoves);
            for (int m = 0; m < 4; m++)
                if (s.CanDo((Move)m)) _candidates.Add((b, (Move)m, _beam[b].Score + scores.GetElement(m)));
        }
        SortCandidates(_candidates);
        bool goldKept = false;
        _next.Clear();
        int keep = Math.Min(Width, _candidates.Count);
        if (goldMove is null && Margin > 0) keep = WithinMargin(keep);
        for (int c = 0; c < _candidates.Count; c++)
        {
            var (bi, move, score) = _candidates[c];
            var parent = _beam[bi];
            bool gold = goldMove is { } gm && parent.Gold && move == gm;
            if (c >= keep && !gold) continue;
            var item = Take();
            item.State.CopyFrom(parent.State);
            item.Score = score;
            item.Parent = parent;
            item.Move = move;
            item.Steps = parent.Steps + 1;
            item.Gold = gold;
            if ((int)move != 255)
            {
                int label = gold && goldLabel >= 0 && move is Move.Left or Move.Right && !IsRootArc(item.State, move) ? goldLabel
                    : Label(x, item.State, move, labeller);
                item.Label = label;
                item.State.Apply(move, label);
            }
            if (c < keep) { _next.Add(item); goldKept |= gold; }
            else { OutOfBeamGold = item; }
        }
        // the parents stay reachable through Parent; only items no longer referenced go back to the pool in Start
        (_beam, _next) = (_next, _beam);
        _retired.AddRange(_next);
        _next.Clear();
        return goldKept || goldMove is null;
    }

    /// <summary>How many of the first <paramref name="keep"/> sorted candidates score within <see cref="Margin"/> of the best.</summary>
    private int WithinMargin(int keep)
    {
        float floor = _candidates[0].Score - Margin;
        int k = 1;
        while (k < keep && _candidates[k].Score >= floor) k++;
        return k;
    }

    private static readonly Comparison<(int Item, Move Move, float Score)> ByScoreDescending = (a, c) => c.Score.CompareTo(a.Score);

    /// <summary>
    /// Sorts the candidates best first exactly as <c>List.Sort</c> with <see cref="ByScoreDescending"/> does (ties
    /// stay where that sort leaves them, so the beam keeps the same items): for up to 16 items .NET's introspective
    /// sort is a fixed exchange of two or three items or an insertion sort, done here without a delegate call per
    /// comparison; more items (beams wider than 4) go to <c>List.Sort</c>.
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void SortCandidates(List<(int Item, Move Move, float Score)> candidates)
    {
        if (candidates.Count > 16) { candidates.Sort(ByScoreDescending); return; }
        var keys = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        switch (keys.Length)
        {
            case < 2:
                return;
            case 2:
                SwapIfGreater(keys, 0, 1);
                return;
            case 3:
                SwapIfGreater(keys, 0, 1);
                SwapIfGreater(keys, 0, 2);
                SwapIfGreater(keys, 1, 2);
                return;
        }
        for (int i = 0; i < keys.Length - 1; i++)
        {
            var t = keys[i + 1];
            int j = i;
            while (j >= 0 && Compare(t, keys[j]) < 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = t;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Compare(in (int Item, Move Move, float Score) a, in (int Item, Move Move, float Score) c) => c.Score.CompareTo(a.Score);

    private static void SwapIfGreater(Span<(int Item, Move Move, float Score)> keys, int i, int j)
    {
        if (Compare(keys[i], keys[j]) > 0) (keys[i], keys[j]) = (keys[j], keys[i]);
    }

    /// <summary>The scores of the four moves in a state (remembered by the state's context for this sentence).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private Vector128<float> MoveScores(ParserInput x, ParseState s, Func<ReadOnlySpan<ulong>, Span<float>, int> scoreMoves)
    {
        var context = ParserContext.Of(x, s);
        if (_moveScores.TryGet(context, out var scores, out int place)) return scores;
        if (_byParts) scores = _parts.Scores(x, context);
        else
        {
            int k = ParserFeatures.Extract(x, context, _features);
            Array.Clear(_scores);
            scoreMoves(_features.AsSpan(0, k), _scores);
            scores = Vector128.Create(_scores);
        }
        _moveScores.Set(place, context, scores);
        return scores;
    }

    /// <summary>The label of the arc a move makes, as <see cref="DependencyParser.ChooseLabel(ParserInput, ParseState, Move, Span{ulong}, Span{float})"/> (remembered by the arc's context).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private int Label(ParserInput x, ParseState s, Move move, DependencyParser labeller)
    {
        if (move is Move.Shift or Move.Reduce) return -1;
        var (head, dep) = DependencyParser.Arc(s, move);
        if (head == x.Length) return labeller.RootLabel;
        var context = LabelContext.Of(x, s, head, dep);
        if (_labels.TryGet(context, out int label, out int place)) return label;
        if (_labelScores.Length != labeller.LabelNames.Count) _labelScores = new float[labeller.LabelNames.Count];
        label = labeller.ChooseLabel(x, context, _labelFeatures, _labelScores);
        _labels.Set(place, context, label);
        return label;
    }

    private static bool IsRootArc(ParseState s, Move move) => move == Move.Left && s.Front == s.Length;

    /// <summary>In training, the gold item when it fell out of the beam at the last step.</summary>
    public Item? OutOfBeamGold { get; set; }

    private readonly List<Item> _retired = [];

    public bool Done => _beam.TrueForAll(i => i.State.IsFinal);

    public Item Best => _beam[0];

    /// <summary>
    /// Returns the items no longer in the beam to the pool (call before the next sentence; parsing calls it after each
    /// step, training only between sentences, as its updates walk the items' parents).
    /// </summary>
    public void Recycle()
    {
        foreach (var i in _retired) Release(i);
        _retired.Clear();
        if (OutOfBeamGold is { } g) { Release(g); OutOfBeamGold = null; }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Item Take() => _pool.Count > 0 ? _pool.Pop() : new Item();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Release(Item i)
    {
        i.Parent = null;
        _pool.Push(i);
    }

    // the delegate that scores moves with the model last parsed with (made once, not at every step)
    private LinearModel? _scoredBy;
    private Func<ReadOnlySpan<ulong>, Span<float>, int>? _scoreMoves;

    private static Func<ReadOnlySpan<ulong>, Span<float>, int> ScoreWith(LinearModel moves) => (f, sc) => { moves.Score(f, sc); return 0; };

    /// <summary>Parses a sentence with the beam; heads (-1 for the root) and labels as <see cref="DependencyParser.Parse"/>.</summary>
    public void Parse(ParserInput x, LinearModel moves, DependencyParser labeller, Span<int> heads, Span<int> labels)
    {
        Recycle();
        Start(x.Length);
        _parts.Start(moves, x.Length);
        _byParts = moves.IsNarrow;
        if (!ReferenceEquals(_scoredBy, moves)) (_scoredBy, _scoreMoves) = (moves, ScoreWith(moves));
        // parsing reads no item's parents (training's updates do): the step's parents go back to the pool at once, so
        // the pool holds about two beams of states, not the 2n steps' (each state's arrays 3-7 KB)
        while (!Done)
        {
            Step(x, _scoreMoves!, labeller);
            Recycle();
        }
        var s = Best.State;
        for (int i = 0; i < x.Length; i++)
        {
            heads[i] = s.Head(i) == x.Length ? -1 : s.Head(i);
            labels[i] = s.Label(i);
        }
        labeller.SingleRoot(x, heads, labels);
        Recycle();
    }
}
