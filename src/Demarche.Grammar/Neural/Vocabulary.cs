namespace Demarche.Grammar.Neural;

/// <summary>
/// The neural parser's words: the trained vocabulary (normalised word hash → row of trained vectors) and the fixed
/// pretrained vectors (hash → row), stored as signed bytes with one scale a row.
/// </summary>
public sealed class Vocabulary
{
    public const int Unknown = 0, Root = 1;

    private readonly Dictionary<ulong, int> _trained;
    private readonly Dictionary<ulong, int> _pretrainedRows;
    public ulong[] TrainedKeys { get; }
    public ulong[] PretrainedKeys { get; }
    public sbyte[] PretrainedValues { get; }
    public float[] PretrainedScales { get; }
    public int PretrainedDimensions { get; }

    /// <param name="trainedKeys">the words with trained vectors, in row order from row 2 (rows 0 and 1 are the unknown word and the root)</param>
    public Vocabulary(ulong[] trainedKeys, ulong[] pretrainedKeys, sbyte[] pretrainedValues, float[] pretrainedScales, int dimensions)
    {
        TrainedKeys = trainedKeys;
        PretrainedKeys = pretrainedKeys;
        PretrainedValues = pretrainedValues;
        PretrainedScales = pretrainedScales;
        PretrainedDimensions = dimensions;
        _trained = new Dictionary<ulong, int>(trainedKeys.Length);
        for (int i = 0; i < trainedKeys.Length; i++) _trained.TryAdd(trainedKeys[i], i + 2);
        _pretrainedRows = new Dictionary<ulong, int>(pretrainedKeys.Length);
        for (int i = 0; i < pretrainedKeys.Length; i++) _pretrainedRows.TryAdd(pretrainedKeys[i], i);
    }

    public int Count => TrainedKeys.Length + 2;

    public int Index(ulong norm) => _trained.TryGetValue(norm, out var i) ? i : Unknown;

    public int PretrainedRow(ulong norm) => _pretrainedRows.TryGetValue(norm, out var i) ? i : -1;

    /// <summary>Writes pretrained row <paramref name="row"/> into <paramref name="into"/> (zeros for -1).</summary>
    public void Pretrained(int row, Span<float> into)
    {
        if (row < 0) { into.Clear(); return; }
        var scale = PretrainedScales[row];
        var values = PretrainedValues.AsSpan(row * PretrainedDimensions, PretrainedDimensions);
        for (int k = 0; k < values.Length; k++) into[k] = values[k] * scale;
    }

    /// <summary>Quantises float vectors (rows × dimensions) to signed bytes with a scale a row.</summary>
    public static (sbyte[] Values, float[] Scales) Quantise(float[] vectors, int dimensions)
    {
        int rows = vectors.Length / dimensions;
        var values = new sbyte[vectors.Length];
        var scales = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            var row = vectors.AsSpan(r * dimensions, dimensions);
            float max = 0;
            foreach (var v in row) max = Math.Max(max, Math.Abs(v));
            float scale = max > 0 ? max / 127f : 1f;
            scales[r] = scale;
            for (int k = 0; k < dimensions; k++) values[r * dimensions + k] = (sbyte)Math.Clamp((int)MathF.Round(row[k] / scale), -127, 127);
        }
        return (values, scales);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(TrainedKeys.Length);
        foreach (var k in TrainedKeys) w.Write(k);
        w.Write(PretrainedDimensions);
        w.Write(PretrainedKeys.Length);
        foreach (var k in PretrainedKeys) w.Write(k);
        foreach (var s in PretrainedScales) w.Write(s);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(PretrainedValues.AsSpan()));
    }

    public static Vocabulary Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 5_000_000) throw new InvalidDataException("corrupt neural parser: bad vocabulary size");
        var trained = new ulong[n];
        for (int i = 0; i < n; i++) trained[i] = r.ReadUInt64();
        int dims = r.ReadInt32();
        int p = r.ReadInt32();
        if (dims < 0 || dims > 1024 || p < 0 || p > 5_000_000) throw new InvalidDataException("corrupt neural parser: bad pretrained table");
        var keys = new ulong[p];
        for (int i = 0; i < p; i++) keys[i] = r.ReadUInt64();
        var scales = new float[p];
        for (int i = 0; i < p; i++) scales[i] = r.ReadSingle();
        var values = new sbyte[p * dims];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        for (int read = 0; read < bytes.Length;)
        {
            int k = r.Read(bytes[read..]);
            if (k <= 0) throw new InvalidDataException("corrupt neural parser: the pretrained table is cut short");
            read += k;
        }
        return new Vocabulary(trained, keys, values, scales, dims);
    }
}
