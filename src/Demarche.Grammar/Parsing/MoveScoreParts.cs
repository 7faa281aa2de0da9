using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// The beam's move scores of parse contexts, for one sentence, added up from the four groups of
/// <see cref="ParserFeatures"/> templates: the weights of the front group are added up once for each buffer front,
/// those of the top group once for each stack top, those of the pair group once for each pair of both (the beam's
/// states share them far more often than whole contexts), and only the rest for every context. The sums are integers,
/// so the parts give exactly what scoring all the features at once does. Keeps its buffers: one instance serves one
/// thread.
/// </summary>
internal sealed class MoveScoreParts
{
    /// <summary>Sentences longer than this add up the pair group for every context (the table of pairs grows with the square).</summary>
    private const int MaxPairLength = 200;

    private LinearModel? _model;
    private int _length;
    private int _stamp;
    // by buffer front (0…n), stack top + 1 (0…n), and (stack top + 1) × (n + 1) + front; an entry counts when its stamp is the sentence's
    private Part[] _front = new Part[64], _top = new Part[64], _pair = new Part[1024];
    private readonly ulong[] _features = new ulong[ParserFeatures.Max];
    private readonly ulong[] _group = new ulong[ParserFeatures.Max];

    private struct Part
    {
        public Vector128<int> Sum;
        public int Stamp;
    }

    /// <summary>Forgets the sums of the last sentence: <paramref name="model"/> scores a sentence of <paramref name="length"/> words.</summary>
    public void Start(LinearModel model, int length)
    {
        _model = model;
        _length = length;
        Grow(ref _front, length + 1);
        Grow(ref _top, length + 1);
        if (length <= MaxPairLength) Grow(ref _pair, (length + 1) * (length + 1));
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_front);
            Array.Clear(_top);
            Array.Clear(_pair);
            _stamp = 1;
        }
    }

    private static void Grow(ref Part[] parts, int size)
    {
        if (parts.Length < size) parts = new Part[Math.Max(size, parts.Length * 2)];
    }

    /// <summary>The scores of the four moves in a state given by its context.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public Vector128<float> Scores(ParserInput x, in ParserContext c)
    {
        var model = _model!;
        int s0 = c.S0, n0 = c.N0;
        ref var front = ref _front[n0];
        if (front.Stamp != _stamp)
        {
            ParserFeatures.Front(x, n0, _features);
            front.Sum = Sum(model, ParserFeatures.FrontTemplates);
            front.Stamp = _stamp;
        }
        ref var top = ref _top[s0 + 1];
        if (top.Stamp != _stamp)
        {
            ParserFeatures.Top(x, s0, _features);
            top.Sum = Sum(model, ParserFeatures.TopTemplates);
            top.Stamp = _stamp;
        }
        Vector128<int> pair;
        if (_length <= MaxPairLength)
        {
            ref var p = ref _pair[(s0 + 1) * (_length + 1) + n0];
            if (p.Stamp != _stamp)
            {
                ParserFeatures.Pair(x, s0, n0, _features);
                p.Sum = Sum(model, ParserFeatures.PairTemplates);
                p.Stamp = _stamp;
            }
            pair = p.Sum;
        }
        else
        {
            ParserFeatures.Pair(x, s0, n0, _features);
            pair = Sum(model, ParserFeatures.PairTemplates);
        }
        ParserFeatures.Rest(x, c, _features);
        var rest = Sum(model, ParserFeatures.RestTemplates);
        return Vector128.ConvertToSingle(front.Sum + top.Sum + pair + rest);
    }

    /// <summary>The summed weights of a group's features (written at their templates' places in <see cref="_features"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector128<int> Sum(LinearModel model, ReadOnlySpan<byte> templates)
    {
        var group = _group.AsSpan(0, templates.Length);
        for (int i = 0; i < templates.Length; i++) group[i] = _features[templates[i] - 1];
        return model.Sum(group);
    }
}
