using System.IO.Compression;

namespace Demarche.Grammar.Neural;

/// <summary>
/// The neural dependency parser: a <see cref="BiaffineNetwork"/> scores every head for every word, <see cref="Eisner"/>
/// finds the best projective tree, and each arc takes its best label. Safe to share between threads (each thread
/// keeps its own buffers).
/// </summary>
public sealed class NeuralParser(BiaffineNetwork network, string[] labelNames, string description)
{
    public const string FileName = "parser-en.model";
    private const uint Magic = 0x4E50_4152; // "RAPN"
    private const int Version = 1;

    public BiaffineNetwork Network { get; } = network;
    public IReadOnlyList<string> LabelNames { get; } = labelNames;
    public string Description { get; } = description;
    public int RootLabel { get; } = Array.IndexOf(labelNames, "root");

    /// <summary>Sentences longer than this are left to the caller's other parser (the tree search is cubic).</summary>
    public const int MaxWords = 160;

    private readonly ThreadLocal<(Workspace Work, Eisner Search, int[] Heads)> _buffers =
        new(() => (new Workspace(network.Shape), new Eisner(), new int[MaxWords + 1]));

    /// <summary>Parses a sentence: heads (-1 the root) and label indices into <see cref="LabelNames"/>, for the words of <paramref name="input"/>.</summary>
    public void Parse(NeuralInput input, Span<int> heads, Span<int> labels)
    {
        var (work, search, tree) = _buffers.Value;
        int m = input.Length;
        if (m - 1 > MaxWords) throw new ArgumentException($"sentence longer than {MaxWords} words");
        Network.Forward(input, work);
        search.Decode(work.Scores.AsSpan(0, m * m), m, tree);
        for (int i = 1; i < m; i++)
        {
            int h = tree[i];
            heads[i - 1] = h - 1;
            labels[i - 1] = h == 0 ? RootLabel : BestLabel(work, i, h);
        }
    }

    private int BestLabel(Workspace work, int dep, int head)
    {
        Network.LabelScores(work, dep, head);
        var logits = work.LabelLogits;
        int best = -1;
        for (int l = 0; l < logits.Length; l++)
            if (l != RootLabel && (best < 0 || logits[l] > logits[best])) best = l;
        return best;
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Description);
        w.Write(LabelNames.Count);
        foreach (var l in LabelNames) w.Write(l);
        Network.Shape.Write(w);
        Network.Vocabulary.Write(w);
        var p = Network.Parameters;
        w.Write(p.Length);
        // half precision: the weights lose nothing that changes a parse (checked on the dev files when the model was made)
        var halves = new Half[p.Length];
        for (int i = 0; i < p.Length; i++) halves[i] = (Half)p[i];
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static NeuralParser Load(string path)
    {
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(brotli);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException($"{path}: not a Demarche neural parser");
        if (r.ReadInt32() != Version) throw new InvalidDataException($"{path}: unknown neural parser version");
        var description = r.ReadString();
        int n = r.ReadInt32();
        if (n <= 0 || n > 256) throw new InvalidDataException($"{path}: bad label count");
        var names = new string[n];
        for (int i = 0; i < n; i++) names[i] = r.ReadString();
        var shape = NetworkShape.Read(r);
        var vocabulary = Vocabulary.Read(r);
        int size = r.ReadInt32();
        var layout = new ParameterLayout(shape);
        if (size != layout.Size) throw new InvalidDataException($"{path}: parameter count does not match the layer sizes");
        var halves = new Half[size];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan());
        for (int read = 0; read < bytes.Length;)
        {
            int k = r.Read(bytes[read..]);
            if (k <= 0) throw new InvalidDataException($"{path}: cut short");
            read += k;
        }
        var p = new float[size];
        for (int i = 0; i < size; i++) p[i] = (float)halves[i];
        return new NeuralParser(new BiaffineNetwork(shape, p, vocabulary), names, description);
    }
}
