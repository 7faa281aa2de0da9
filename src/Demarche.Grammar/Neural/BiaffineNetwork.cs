using System.Numerics.Tensors;

namespace Demarche.Grammar.Neural;

/// <summary>
/// A graph-based dependency scorer in the manner of Dozat and Manning (2017): word vectors (fixed pretrained, trained,
/// tag, suffix, shape) through a stacked bidirectional LSTM; two small layers give each word a view as dependent and
/// as head, and a biaffine product scores every head for every word; the label of an arc comes from a layer over
/// the two words' label views and their product. Forward and backward passes over a <see cref="Workspace"/>; the
/// parameters are one array laid out by <see cref="ParameterLayout"/>.
/// </summary>
public sealed class BiaffineNetwork(NetworkShape shape, float[] parameters, Vocabulary vocabulary)
{
    public NetworkShape Shape { get; } = shape;
    public ParameterLayout Layout { get; } = new(shape);
    public float[] Parameters { get; } = parameters;
    public Vocabulary Vocabulary { get; } = vocabulary;

    public const float Leak = 0.1f;
    private static readonly Random NoDropout = new(0);

    /// <summary>Runs the sentence through the network up to the arc scores (and the label views).</summary>
    /// <param name="dropout">in training, the probability of dropping a value (0 at parsing)</param>
    public void Forward(NeuralInput input, Workspace w, float dropout = 0f, Random? random = null)
    {
        var s = Shape;
        var p = Parameters.AsSpan();
        var lay = Layout;
        int m = input.Length, H = s.Hidden;
        bool training = w.Training;
        random ??= NoDropout;
        w.Ensure(m);

        // word vectors
        int D = s.Input;
        var x0 = w.X[0];
        for (int t = 0; t < m; t++)
        {
            var row = x0.AsSpan(t * D, D);
            Vocabulary.Pretrained(input.Pretrained[t], row[..s.Pretrained]);
            int at = s.Pretrained;
            p.Slice(lay.WordEmbeddings + input.Word[t] * s.Word, s.Word).CopyTo(row.Slice(at, s.Word)); at += s.Word;
            p.Slice(lay.TagEmbeddings + input.Tag[t] * s.Tag, s.Tag).CopyTo(row.Slice(at, s.Tag)); at += s.Tag;
            p.Slice(lay.SuffixEmbeddings + input.Suffix[t] * s.Suffix, s.Suffix).CopyTo(row.Slice(at, s.Suffix)); at += s.Suffix;
            int f = input.Flags[t];
            for (int k = 0; k < NetworkShape.FlagCount; k++) row[at + k] = (f >> k & 1) != 0 ? 1f : 0f;
        }
        if (training) Drop(x0.AsSpan(0, m * D), w.Masks[0].AsSpan(0, m * D), dropout, random!);

        for (int l = 0; l < s.Layers; l++)
        {
            int inDim = s.LayerInput(l);
            var xin = w.X[l];
            var xout = w.X[l + 1];
            for (int d = 0; d < 2; d++)
            {
                int k = 2 * l + d;
                var wx = p.Slice(lay.LstmInput[k], 4 * H * inDim);
                var wh = p.Slice(lay.LstmHidden[k], 4 * H * H);
                var b = p.Slice(lay.LstmBias[k], 4 * H);
                var gates = w.Gates[k]; var cells = w.Cells[k]; var tanh = w.CellTanh[k]; var hidden = w.Hidden[k];
                // every word's input part at once, then the recurrence word by word
                for (int t = 0; t < m; t++) b.CopyTo(gates.AsSpan(t * 4 * H, 4 * H));
                Blas.DotRowsAdd(xin.AsSpan(0, m * inDim), m, wx, 4 * H, inDim, gates, 4 * H);
                for (int step = 0; step < m; step++)
                {
                    int t = d == 0 ? step : m - 1 - step;
                    int prev = step == 0 ? -1 : (d == 0 ? t - 1 : t + 1);
                    var g = gates.AsSpan(t * 4 * H, 4 * H);
                    if (prev >= 0) Blas.DotRowsAdd(hidden.AsSpan(prev * H, H), 1, wh, 4 * H, H, g, 4 * H);
                    // gates i, f, o through the sigmoid, g through tanh; c = f·c' + i·g; h = o·tanh(c) (vectorised)
                    var gi = g[..H]; var gf = g.Slice(H, H); var gg = g.Slice(2 * H, H); var go = g.Slice(3 * H, H);
                    TensorPrimitives.Sigmoid(gi, gi);
                    TensorPrimitives.Sigmoid(gf, gf);
                    TensorPrimitives.Tanh(gg, gg);
                    TensorPrimitives.Sigmoid(go, go);
                    var cell = cells.AsSpan(t * H, H);
                    TensorPrimitives.Multiply(gi, gg, cell);
                    if (prev >= 0) TensorPrimitives.FusedMultiplyAdd(gf, cells.AsSpan(prev * H, H), cell, cell);
                    var tc = tanh.AsSpan(t * H, H);
                    TensorPrimitives.Tanh(cell, tc);
                    TensorPrimitives.Multiply(go, tc, hidden.AsSpan(t * H, H));
                    hidden.AsSpan(t * H, H).CopyTo(xout.AsSpan(t * s.Output + d * H, H));
                }
            }
            if (training) Drop(xout.AsSpan(0, m * s.Output), w.Masks[l + 1].AsSpan(0, m * s.Output), dropout, random!);
        }

        var top = w.X[s.Layers];
        int O = s.Output, A = s.Arc;
        Mlp(p.Slice(lay.ArcDep, A * O), p.Slice(lay.ArcDepBias, A), top, m, O, A, w.ArcDepPre, w.ArcDep, training ? w.ArcMaskDep : null, dropout, random);
        Mlp(p.Slice(lay.ArcHead, A * O), p.Slice(lay.ArcHeadBias, A), top, m, O, A, w.ArcHeadPre, w.ArcHead, training ? w.ArcMaskHead : null, dropout, random);
        Mlp(p.Slice(lay.LabelDep, s.Label * O), p.Slice(lay.LabelDepBias, s.Label), top, m, O, s.Label, w.LabelDepPre, w.LabelDep, training ? w.LabelMaskDep : null, dropout, random);
        Mlp(p.Slice(lay.LabelHead, s.Label * O), p.Slice(lay.LabelHeadBias, s.Label), top, m, O, s.Label, w.LabelHeadPre, w.LabelHead, training ? w.LabelMaskHead : null, dropout, random);

        // z_j = U·head_j; score(i, j) = dep_i · z_j + prior · head_j
        var u = p.Slice(lay.ArcU, A * A);
        var prior = p.Slice(lay.ArcHeadPrior, A);
        w.ArcZ.AsSpan(0, m * A).Clear();
        Blas.DotRowsAdd(w.ArcHead.AsSpan(0, m * A), m, u, A, A, w.ArcZ, A);
        var scores = w.Scores.AsSpan(0, m * m);
        for (int j = 0; j < m; j++) scores[j] = System.Numerics.Tensors.TensorPrimitives.Dot(prior, w.ArcHead.AsSpan(j * A, A));
        for (int i = 1; i < m; i++) scores[..m].CopyTo(scores.Slice(i * m, m));
        Blas.DotRowsAdd(w.ArcDep.AsSpan(A, (m - 1) * A), m - 1, w.ArcZ.AsSpan(0, m * A), m, A, scores[m..], m);
        for (int i = 1; i < m; i++) scores[i * m + i] = float.NegativeInfinity;
    }

    /// <summary>Label scores of the arc from <paramref name="head"/> to <paramref name="dep"/> (positions with the root at 0) into the workspace's <see cref="Workspace.LabelLogits"/>.</summary>
    public void LabelScores(Workspace w, int dep, int head)
    {
        var s = Shape;
        int Lb = s.Label;
        var f = w.LabelFeature.AsSpan();
        var ld = w.LabelDep.AsSpan(dep * Lb, Lb);
        var lh = w.LabelHead.AsSpan(head * Lb, Lb);
        ld.CopyTo(f[..Lb]);
        lh.CopyTo(f.Slice(Lb, Lb));
        System.Numerics.Tensors.TensorPrimitives.Multiply(ld, lh, f.Slice(2 * Lb, Lb));
        var logits = w.LabelLogits.AsSpan();
        Parameters.AsSpan(Layout.LabelOutBias, s.Labels).CopyTo(logits);
        Blas.DotRowsAdd(f, 1, Parameters.AsSpan(Layout.LabelOut, s.Labels * s.LabelFeatures), s.Labels, s.LabelFeatures, logits, s.Labels);
    }

    /// <summary>Back through the label layer for one arc, given d(loss)/d(logits); the feature must still be the arc's (call right after <see cref="LabelScores"/>).</summary>
    public void LabelBackward(Workspace w, int dep, int head, ReadOnlySpan<float> dLogits, float[] grad)
    {
        var s = Shape;
        int Lb = s.Label, F = s.LabelFeatures;
        var g = grad.AsSpan();
        Blas.OuterAdd(g.Slice(Layout.LabelOut, s.Labels * F), s.Labels, F, dLogits, w.LabelFeature);
        var gb = g.Slice(Layout.LabelOutBias, s.Labels);
        for (int k = 0; k < s.Labels; k++) gb[k] += dLogits[k];
        var df = w.DLabelFeature.AsSpan();
        df.Clear();
        Blas.MatTVecAdd(Parameters.AsSpan(Layout.LabelOut, s.Labels * F), s.Labels, F, dLogits, df);
        var ld = w.LabelDep.AsSpan(dep * Lb, Lb);
        var lh = w.LabelHead.AsSpan(head * Lb, Lb);
        var dld = w.DLabelDep.AsSpan(dep * Lb, Lb);
        var dlh = w.DLabelHead.AsSpan(head * Lb, Lb);
        for (int k = 0; k < Lb; k++)
        {
            float dp = df[2 * Lb + k];
            dld[k] += df[k] + dp * lh[k];
            dlh[k] += df[Lb + k] + dp * ld[k];
        }
    }

    /// <summary>Clears the gradients of a sentence's views before the losses add to them.</summary>
    public void BeginBackward(Workspace w)
    {
        var s = Shape;
        int m = w.Length;
        w.DArcDep.AsSpan(0, m * s.Arc).Clear();
        w.DArcHead.AsSpan(0, m * s.Arc).Clear();
        w.DArcZ.AsSpan(0, m * s.Arc).Clear();
        w.DLabelDep.AsSpan(0, m * s.Label).Clear();
        w.DLabelHead.AsSpan(0, m * s.Label).Clear();
    }

    /// <summary>Back through the arc scorer, the views, the LSTMs and the word vectors, given d(loss)/d(scores) in <see cref="Workspace.DScores"/> and the label views' gradients; adds into <paramref name="grad"/>.</summary>
    public void Backward(NeuralInput input, Workspace w, float[] grad)
    {
        var s = Shape;
        var lay = Layout;
        var p = Parameters.AsSpan();
        var g = grad.AsSpan();
        int m = w.Length, A = s.Arc, O = s.Output, H = s.Hidden;

        // scores → dep views, z, head views
        var prior = p.Slice(lay.ArcHeadPrior, A);
        var gprior = g.Slice(lay.ArcHeadPrior, A);
        for (int i = 1; i < m; i++)
        {
            var di = w.ArcDep.AsSpan(i * A, A);
            var ddi = w.DArcDep.AsSpan(i * A, A);
            for (int j = 0; j < m; j++)
            {
                float ds = w.DScores[i * m + j];
                if (ds == 0f || j == i) continue;
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(w.ArcZ.AsSpan(j * A, A), ds, ddi, ddi);
                var dz = w.DArcZ.AsSpan(j * A, A);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(di, ds, dz, dz);
                var dh = w.DArcHead.AsSpan(j * A, A);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(prior, ds, dh, dh);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(w.ArcHead.AsSpan(j * A, A), ds, gprior, gprior);
            }
        }
        var u = p.Slice(lay.ArcU, A * A);
        var gu = g.Slice(lay.ArcU, A * A);
        for (int j = 0; j < m; j++)
        {
            var dz = w.DArcZ.AsSpan(j * A, A);
            Blas.OuterAdd(gu, A, A, dz, w.ArcHead.AsSpan(j * A, A));
            Blas.MatTVecAdd(u, A, A, dz, w.DArcHead.AsSpan(j * A, A));
        }

        // views → top layer output
        var dtop = w.DX[s.Layers];
        dtop.AsSpan(0, m * O).Clear();
        var top = w.X[s.Layers];
        MlpBackward(p.Slice(lay.ArcDep, A * O), g.Slice(lay.ArcDep, A * O), g.Slice(lay.ArcDepBias, A), top, dtop, m, O, A, w.ArcDepPre, w.ArcMaskDep, w.DArcDep, w.Tmp);
        MlpBackward(p.Slice(lay.ArcHead, A * O), g.Slice(lay.ArcHead, A * O), g.Slice(lay.ArcHeadBias, A), top, dtop, m, O, A, w.ArcHeadPre, w.ArcMaskHead, w.DArcHead, w.Tmp);
        MlpBackward(p.Slice(lay.LabelDep, s.Label * O), g.Slice(lay.LabelDep, s.Label * O), g.Slice(lay.LabelDepBias, s.Label), top, dtop, m, O, s.Label, w.LabelDepPre, w.LabelMaskDep, w.DLabelDep, w.Tmp);
        MlpBackward(p.Slice(lay.LabelHead, s.Label * O), g.Slice(lay.LabelHead, s.Label * O), g.Slice(lay.LabelHeadBias, s.Label), top, dtop, m, O, s.Label, w.LabelHeadPre, w.LabelMaskHead, w.DLabelHead, w.Tmp);

        // LSTM layers, top down
        for (int l = s.Layers - 1; l >= 0; l--)
        {
            int inDim = s.LayerInput(l);
            var dout = w.DX[l + 1];
            var mask = w.Masks[l + 1];
            for (int k = 0; k < m * O; k++) dout[k] *= mask[k];
            var din = w.DX[l];
            din.AsSpan(0, m * inDim).Clear();
            var xin = w.X[l];
            for (int d = 0; d < 2; d++)
            {
                int k = 2 * l + d;
                var wx = p.Slice(lay.LstmInput[k], 4 * H * inDim);
                var wh = p.Slice(lay.LstmHidden[k], 4 * H * H);
                var gwx = g.Slice(lay.LstmInput[k], 4 * H * inDim);
                var gwh = g.Slice(lay.LstmHidden[k], 4 * H * H);
                var gb = g.Slice(lay.LstmBias[k], 4 * H);
                var gates = w.Gates[k]; var cells = w.Cells[k]; var tanh = w.CellTanh[k]; var hidden = w.Hidden[k];
                var dhRec = w.DHiddenRec.AsSpan(); var dcRec = w.DCellRec.AsSpan(); var dpre = w.DPre.AsSpan();
                dhRec.Clear(); dcRec.Clear();
                for (int step = m - 1; step >= 0; step--)
                {
                    int t = d == 0 ? step : m - 1 - step;
                    int prev = step == 0 ? -1 : (d == 0 ? t - 1 : t + 1);
                    var gt = gates.AsSpan(t * 4 * H, 4 * H);
                    for (int j = 0; j < H; j++)
                    {
                        float dh = dout[t * O + d * H + j] + dhRec[j];
                        float i = gt[j], fg = gt[H + j], c = gt[2 * H + j], o = gt[3 * H + j], tc = tanh[t * H + j];
                        float dc = dh * o * (1 - tc * tc) + dcRec[j];
                        float cprev = prev >= 0 ? cells[prev * H + j] : 0f;
                        dpre[j] = dc * c * i * (1 - i);
                        dpre[H + j] = dc * cprev * fg * (1 - fg);
                        dpre[2 * H + j] = dc * i * (1 - c * c);
                        dpre[3 * H + j] = dh * tc * o * (1 - o);
                        dcRec[j] = dc * fg;
                    }
                    System.Numerics.Tensors.TensorPrimitives.Add(gb, dpre, gb);
                    Blas.OuterAdd(gwx, 4 * H, inDim, dpre, xin.AsSpan(t * inDim, inDim));
                    Blas.MatTVecAdd(wx, 4 * H, inDim, dpre, din.AsSpan(t * inDim, inDim));
                    dhRec.Clear();
                    if (prev >= 0)
                    {
                        Blas.OuterAdd(gwh, 4 * H, H, dpre, hidden.AsSpan(prev * H, H));
                        Blas.MatTVecAdd(wh, 4 * H, H, dpre, dhRec);
                    }
                }
            }
        }

        // word vectors (the pretrained part is fixed)
        int D = s.Input;
        var dx0 = w.DX[0];
        var mask0 = w.Masks[0];
        for (int t = 0; t < m; t++)
        {
            int at = t * D + s.Pretrained;
            AddScaled(g.Slice(lay.WordEmbeddings + input.Word[t] * s.Word, s.Word), dx0.AsSpan(at, s.Word), mask0.AsSpan(at, s.Word)); at += s.Word;
            AddScaled(g.Slice(lay.TagEmbeddings + input.Tag[t] * s.Tag, s.Tag), dx0.AsSpan(at, s.Tag), mask0.AsSpan(at, s.Tag)); at += s.Tag;
            AddScaled(g.Slice(lay.SuffixEmbeddings + input.Suffix[t] * s.Suffix, s.Suffix), dx0.AsSpan(at, s.Suffix), mask0.AsSpan(at, s.Suffix));
        }
    }

    private static void AddScaled(Span<float> into, ReadOnlySpan<float> d, ReadOnlySpan<float> mask)
    {
        for (int k = 0; k < into.Length; k++) into[k] += d[k] * mask[k];
    }

    /// <summary>out = leaky(W·x + b) for each of m rows, then dropout when training.</summary>
    private static void Mlp(ReadOnlySpan<float> wt, ReadOnlySpan<float> b, float[] x, int m, int inDim, int outDim, float[] pre, float[] output, float[]? mask, float dropout, Random? random)
    {
        for (int t = 0; t < m; t++) b.CopyTo(pre.AsSpan(t * outDim, outDim));
        Blas.DotRowsAdd(x.AsSpan(0, m * inDim), m, wt, outDim, inDim, pre, outDim);
        for (int k = 0; k < m * outDim; k++) output[k] = pre[k] > 0 ? pre[k] : Leak * pre[k];
        if (mask is not null) Drop(output.AsSpan(0, m * outDim), mask.AsSpan(0, m * outDim), dropout, random!);
    }

    private static void MlpBackward(ReadOnlySpan<float> wt, Span<float> gw, Span<float> gb, float[] x, float[] dx, int m, int inDim, int outDim, float[] pre, float[] mask, float[] dout, float[] tmp)
    {
        var dz = tmp.AsSpan(0, outDim);
        for (int t = 0; t < m; t++)
        {
            bool any = false;
            for (int k = 0; k < outDim; k++)
            {
                int at = t * outDim + k;
                float v = dout[at] * mask[at] * (pre[at] > 0 ? 1f : Leak);
                dz[k] = v;
                any |= v != 0f;
            }
            if (!any) continue;
            System.Numerics.Tensors.TensorPrimitives.Add(gb, dz, gb);
            Blas.OuterAdd(gw, outDim, inDim, dz, x.AsSpan(t * inDim, inDim));
            Blas.MatTVecAdd(wt, outDim, inDim, dz, dx.AsSpan(t * inDim, inDim));
        }
    }

    /// <summary>Inverted dropout: each value kept with probability 1 − p and scaled by 1 / (1 − p); the mask keeps the scale.</summary>
    private static void Drop(Span<float> values, Span<float> mask, float p, Random random)
    {
        if (p <= 0f) { mask.Fill(1f); return; }
        float keep = 1f / (1f - p);
        for (int k = 0; k < values.Length; k++)
        {
            float v = random.NextSingle() < p ? 0f : keep;
            mask[k] = v;
            values[k] *= v;
        }
    }
}
