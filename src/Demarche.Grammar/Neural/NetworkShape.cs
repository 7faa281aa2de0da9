namespace Demarche.Grammar.Neural;

/// <summary>The sizes of the neural parser's layers, written in its model file.</summary>
public sealed record NetworkShape
{
    /// <summary>Dimensions of the fixed pretrained word vectors.</summary>
    public int Pretrained { get; init; } = 100;
    /// <summary>Dimensions of the trained word vectors (words seen twice or more in training).</summary>
    public int Word { get; init; } = 64;
    public int Tag { get; init; } = 32;
    public int Suffix { get; init; } = 16;
    public int SuffixBuckets { get; init; } = 4096;
    /// <summary>Capitalised, all capitals, digit, hyphen, period, letter (<see cref="Tagging.WordAtoms.Flags"/>).</summary>
    public const int FlagCount = 6;
    public int Hidden { get; init; } = 128;
    public int Layers { get; init; } = 2;
    public int Arc { get; init; } = 128;
    public int Label { get; init; } = 64;
    public int Vocabulary { get; init; }
    public int Tags { get; init; }
    public int Labels { get; init; }

    public int Input => Pretrained + Word + Tag + Suffix + FlagCount;
    public int LayerInput(int layer) => layer == 0 ? Input : 2 * Hidden;
    public int Output => 2 * Hidden;
    public int LabelFeatures => 3 * Label;

    public void Write(BinaryWriter w)
    {
        foreach (var v in (int[])[Pretrained, Word, Tag, Suffix, SuffixBuckets, Hidden, Layers, Arc, Label, Vocabulary, Tags, Labels]) w.Write(v);
    }

    public static NetworkShape Read(BinaryReader r)
    {
        var v = new int[12];
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = r.ReadInt32();
            if (v[i] < 0 || v[i] > 10_000_000) throw new InvalidDataException("corrupt neural parser: bad layer size");
        }
        return new NetworkShape
        {
            Pretrained = v[0], Word = v[1], Tag = v[2], Suffix = v[3], SuffixBuckets = v[4], Hidden = v[5], Layers = v[6],
            Arc = v[7], Label = v[8], Vocabulary = v[9], Tags = v[10], Labels = v[11],
        };
    }
}

/// <summary>Where each weight matrix lies in the parser's one parameter array.</summary>
public sealed class ParameterLayout
{
    public int WordEmbeddings, TagEmbeddings, SuffixEmbeddings;
    public int[] LstmInput, LstmHidden, LstmBias; // per layer × direction (index 2·layer + direction)
    public int ArcDep, ArcDepBias, ArcHead, ArcHeadBias, ArcU, ArcHeadPrior;
    public int LabelDep, LabelDepBias, LabelHead, LabelHeadBias, LabelOut, LabelOutBias;
    public int Size;

    public ParameterLayout(NetworkShape s)
    {
        int at = 0;
        int Take(int n) { int start = at; at += n; return start; }
        WordEmbeddings = Take(s.Vocabulary * s.Word);
        TagEmbeddings = Take((s.Tags + 1) * s.Tag);
        SuffixEmbeddings = Take(s.SuffixBuckets * s.Suffix);
        int g = 4 * s.Hidden;
        LstmInput = new int[2 * s.Layers];
        LstmHidden = new int[2 * s.Layers];
        LstmBias = new int[2 * s.Layers];
        for (int l = 0; l < s.Layers; l++)
            for (int d = 0; d < 2; d++)
            {
                LstmInput[2 * l + d] = Take(g * s.LayerInput(l));
                LstmHidden[2 * l + d] = Take(g * s.Hidden);
                LstmBias[2 * l + d] = Take(g);
            }
        ArcDep = Take(s.Arc * s.Output); ArcDepBias = Take(s.Arc);
        ArcHead = Take(s.Arc * s.Output); ArcHeadBias = Take(s.Arc);
        ArcU = Take(s.Arc * s.Arc); ArcHeadPrior = Take(s.Arc);
        LabelDep = Take(s.Label * s.Output); LabelDepBias = Take(s.Label);
        LabelHead = Take(s.Label * s.Output); LabelHeadBias = Take(s.Label);
        LabelOut = Take(s.Labels * s.LabelFeatures); LabelOutBias = Take(s.Labels);
        Size = at;
    }
}
