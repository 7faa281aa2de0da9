namespace Demarche.Grammar.Neural;

/// <summary>
/// The best projective tree under arc scores (Eisner 1996, first order): O(n³) over spans of complete and
/// incomplete items. Node 0 is the root, never a dependent, and has exactly one dependent. Keeps its tables between sentences (one a thread).
/// </summary>
public sealed class Eisner
{
    private float[] _complete = [], _incomplete = [];
    private int[] _completeSplit = [], _incompleteSplit = [];
    private int _m;

    /// <summary>
    /// Fills <paramref name="heads"/>[i] (i ≥ 1) with the head of node i in the best tree; <paramref name="scores"/>[i·m + j]
    /// is the score of head j for node i.
    /// </summary>
    public void Decode(ReadOnlySpan<float> scores, int m, Span<int> heads)
    {
        _m = m;
        int size = m * m * 2;
        if (_complete.Length < size)
        {
            _complete = new float[size]; _incomplete = new float[size];
            _completeSplit = new int[size]; _incompleteSplit = new int[size];
        }
        for (int s = 0; s < m; s++)
        {
            _complete[At(s, s, 0)] = 0f; _complete[At(s, s, 1)] = 0f;
        }
        for (int k = 1; k < m; k++)
            for (int s = 1; s + k < m; s++)
            {
                int t = s + k;
                float best = float.NegativeInfinity; int split = s;
                for (int r = s; r < t; r++)
                {
                    float v = _complete[At(s, r, 1)] + _complete[At(r + 1, t, 0)];
                    if (v > best) { best = v; split = r; }
                }
                // left: t heads s
                _incomplete[At(s, t, 0)] = best + scores[s * m + t];
                _incompleteSplit[At(s, t, 0)] = split;
                _incomplete[At(s, t, 1)] = best + scores[t * m + s];
                _incompleteSplit[At(s, t, 1)] = split;

                best = float.NegativeInfinity; split = s;
                for (int r = s; r < t; r++)
                {
                    float v = _complete[At(s, r, 0)] + _incomplete[At(r, t, 0)];
                    if (v > best) { best = v; split = r; }
                }
                _complete[At(s, t, 0)] = best; _completeSplit[At(s, t, 0)] = split;
                best = float.NegativeInfinity; split = s + 1;
                for (int r = s + 1; r <= t; r++)
                {
                    float v = _incomplete[At(s, r, 1)] + _complete[At(r, t, 1)];
                    if (v > best) { best = v; split = r; }
                }
                _complete[At(s, t, 1)] = best; _completeSplit[At(s, t, 1)] = split;
            }
        // the root takes one word, r, whose subtree spans all the words
        int root = 1;
        float top = float.NegativeInfinity;
        for (int r = 1; r < m; r++)
        {
            float v = _complete[At(1, r, 0)] + _complete[At(r, m - 1, 1)] + scores[r * m];
            if (v > top) { top = v; root = r; }
        }
        heads[0] = -1;
        heads[root] = 0;
        Complete(1, root, 0, heads);
        Complete(root, m - 1, 1, heads);
    }

    private int At(int s, int t, int d) => (s * _m + t) * 2 + d;

    private void Complete(int s, int t, int d, Span<int> heads)
    {
        if (s == t) return;
        int r = _completeSplit[At(s, t, d)];
        if (d == 0) { Complete(s, r, 0, heads); Incomplete(r, t, 0, heads); }
        else { Incomplete(s, r, 1, heads); Complete(r, t, 1, heads); }
    }

    private void Incomplete(int s, int t, int d, Span<int> heads)
    {
        if (d == 0) heads[s] = t; else heads[t] = s;
        int r = _incompleteSplit[At(s, t, d)];
        Complete(s, r, 1, heads);
        Complete(r + 1, t, 0, heads);
    }
}
