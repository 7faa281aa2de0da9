namespace Demarche.Grammar.Neural;

/// <summary>
/// One thread's buffers for a sentence through the network (forward values, dropout masks, and in training the
/// gradients that flow back), grown to the longest sentence seen and kept.
/// </summary>
public sealed class Workspace(NetworkShape shape, bool training = false)
{
    public NetworkShape Shape { get; } = shape;
    /// <summary>Keeps dropout masks and gradient buffers (for training).</summary>
    public bool Training { get; } = training;
    public int Capacity { get; private set; }
    public int Length;

    /// <summary>Layer inputs: X[0] the word vectors, X[l + 1] the output of layer l (after dropout in training).</summary>
    public float[][] X = [];
    public float[][] Masks = [];
    /// <summary>Per layer × direction: gates after their activations (i, f, g, o), cell, tanh of cell, hidden state.</summary>
    public float[][] Gates = [], Cells = [], CellTanh = [], Hidden = [];
    public float[] ArcDepPre = [], ArcDep = [], ArcHeadPre = [], ArcHead = [], ArcZ = [];
    public float[] LabelDepPre = [], LabelDep = [], LabelHeadPre = [], LabelHead = [];
    public float[] ArcMaskDep = [], ArcMaskHead = [], LabelMaskDep = [], LabelMaskHead = [];
    /// <summary>Arc scores: Scores[i·m + j] is the score of head j for word i (m = words + 1, 0 the root).</summary>
    public float[] Scores = [];

    // gradients
    public float[][] DX = [];
    public float[] DArcDep = [], DArcHead = [], DArcZ = [], DLabelDep = [], DLabelHead = [];
    public float[] DScores = [];
    public float[] DHiddenRec = [], DCellRec = [], DPre = [], Tmp = [];
    public float[] LabelFeature = [], DLabelFeature = [], LabelLogits = [];

    public void Ensure(int m)
    {
        Length = m;
        bool training = Training;
        if (m <= Capacity) return;
        int cap = Math.Max(m, Math.Max(Capacity, 32) * (m > Capacity ? 2 : 1));
        var s = Shape;
        int L = s.Layers, H = s.Hidden;
        X = new float[L + 1][];
        Masks = new float[L + 1][];
        for (int l = 0; l <= L; l++)
        {
            int dim = l == 0 ? s.Input : s.Output;
            X[l] = new float[cap * dim];
            Masks[l] = new float[cap * dim];
        }
        Gates = new float[2 * L][]; Cells = new float[2 * L][]; CellTanh = new float[2 * L][]; Hidden = new float[2 * L][];
        for (int k = 0; k < 2 * L; k++)
        {
            Gates[k] = new float[cap * 4 * H];
            Cells[k] = new float[cap * H];
            CellTanh[k] = new float[cap * H];
            Hidden[k] = new float[cap * H];
        }
        ArcDepPre = new float[cap * s.Arc]; ArcDep = new float[cap * s.Arc]; ArcHeadPre = new float[cap * s.Arc]; ArcHead = new float[cap * s.Arc]; ArcZ = new float[cap * s.Arc];
        LabelDepPre = new float[cap * s.Label]; LabelDep = new float[cap * s.Label]; LabelHeadPre = new float[cap * s.Label]; LabelHead = new float[cap * s.Label];
        ArcMaskDep = new float[cap * s.Arc]; ArcMaskHead = new float[cap * s.Arc]; LabelMaskDep = new float[cap * s.Label]; LabelMaskHead = new float[cap * s.Label];
        Scores = new float[cap * cap];
        LabelFeature = new float[s.LabelFeatures];
        LabelLogits = new float[s.Labels];
        Tmp = new float[Math.Max(4 * H, Math.Max(s.Output, s.Arc))];
        if (training)
        {
            DX = new float[L + 1][];
            for (int l = 0; l <= L; l++) DX[l] = new float[cap * (l == 0 ? s.Input : s.Output)];
            DArcDep = new float[cap * s.Arc]; DArcHead = new float[cap * s.Arc]; DArcZ = new float[cap * s.Arc];
            DLabelDep = new float[cap * s.Label]; DLabelHead = new float[cap * s.Label];
            DScores = new float[cap * cap];
            DHiddenRec = new float[H]; DCellRec = new float[H]; DPre = new float[4 * H];
            DLabelFeature = new float[s.LabelFeatures];
        }
        Capacity = cap;
    }
}
