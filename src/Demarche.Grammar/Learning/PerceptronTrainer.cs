namespace Demarche.Grammar.Learning;

/// <summary>
/// Trains an averaged perceptron (Collins 2002) over hashed features, with lazy averaging: each weight keeps the
/// sum of its values over all steps so far, brought up to date only when the weight changes.
/// Rows are created when a feature is first updated, so memory grows with the features that matter.
/// </summary>
public sealed class PerceptronTrainer(int classes)
{
    private readonly Dictionary<ulong, int> _rowOf = new(1 << 20);
    private float[] _weights = new float[classes * 4096];
    private double[] _totals = new double[classes * 4096];
    private int[] _stamps = new int[classes * 4096];
    private int _rows;
    private int _step = 1;

    public int Classes { get; } = classes;
    public int Rows => _rows;

    /// <summary>Counts one training instance (the clock of the averaging).</summary>
    public void Tick() => _step++;

    /// <summary>Adds the current (not averaged) weights of the features into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int c = Classes;
        foreach (var f in features)
        {
            if (!_rowOf.TryGetValue(f, out int r)) continue;
            var row = _weights.AsSpan(r * c, c);
            for (int i = 0; i < c; i++) scores[i] += row[i];
        }
    }

    /// <summary>Moves weight from the guessed class to the true one for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            int r = RowFor(f);
            Nudge(r * Classes + truth, amount);
            if (guess >= 0) Nudge(r * Classes + guess, -amount);
        }
    }

    /// <summary>Adds <paramref name="amount"/> to one class's weight of every feature.</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        foreach (var f in features) Nudge(RowFor(f) * Classes + cls, amount);
    }

    private void Nudge(int i, float delta)
    {
        _totals[i] += (double)(_step - _stamps[i]) * _weights[i];
        _stamps[i] = _step;
        _weights[i] += delta;
    }

    private int RowFor(ulong f)
    {
        if (_rowOf.TryGetValue(f, out int r)) return r;
        r = _rows++;
        if ((r + 1) * Classes > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        _rowOf[f] = r;
        return r;
    }

    /// <summary>
    /// The averaged weights as a model, scaled so that the largest weight is <see cref="Scale"/> (the decision
    /// does not change with the scale, and half-precision storage keeps its precision). Rows whose largest
    /// weight is below <paramref name="prune"/> (on that scale) are left out. Rows keep the order in which
    /// features were first seen, so the same training gives the same model.
    /// </summary>
    public LinearModel Average(float prune = 0f)
    {
        int c = Classes;
        var avg = new float[_rows * c];
        float max = 0;
        for (int j = 0; j < avg.Length; j++)
        {
            double total = _totals[j] + (double)(_step - _stamps[j]) * _weights[j];
            avg[j] = (float)(total / _step);
            max = Math.Max(max, Math.Abs(avg[j]));
        }
        float scale = max > 0 ? Scale / max : 1f;
        var ordered = new ulong[_rows];
        foreach (var (k, r) in _rowOf) ordered[r] = k;
        var keys = new List<ulong>(_rows);
        var rows = new List<float>(_rows * c);
        for (int r = 0; r < _rows; r++)
        {
            float rowMax = 0;
            for (int i = 0; i < c; i++)
            {
                avg[r * c + i] *= scale;
                rowMax = Math.Max(rowMax, Math.Abs(avg[r * c + i]));
            }
            if (rowMax <= prune || rowMax == 0) continue;
            keys.Add(ordered[r]);
            rows.AddRange(avg.AsSpan(r * c, c));
        }
        return new LinearModel(c, keys.ToArray(), rows.ToArray());
    }

    /// <summary>The largest weight of an averaged model.</summary>
    public const float Scale = 30000f;
}
