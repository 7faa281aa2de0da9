using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Demarche.Grammar.Learning;

/// <summary>
/// A trained linear classifier: for each feature key a row of one weight per class. Scoring a set of features
/// adds their rows. Keys live in an open-addressing table (linear probing, load ≤ 0.5), rows in one flat array.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class LinearModel
{
    private readonly ulong[] _keys;
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly int _mask;

    public int Classes { get; }
    public int Count { get; }

    public LinearModel(int classes, ReadOnlySpan<ulong> keys, float[] rows)
    {
        if (rows.Length != keys.Length * classes) throw new ArgumentException("rows do not match keys × classes");
        Classes = classes;
        Count = keys.Length;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new ulong[capacity];
        _rowOf = new int[capacity];
        _mask = capacity - 1;
        _rows = rows;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong k = keys[r];
            int slot = (int)(k & (ulong)_mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = k;
            _rowOf[slot] = r;
        }
    }

    /// <summary>The row index of a key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key) return _rowOf[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the rows of the given features into <paramref name="scores"/> (length ≥ Classes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int c = Classes;
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        foreach (var f in features)
        {
            int r = RowOf(f);
            if (r < 0) continue;
            var row = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref rows, r * c), c);
            AddTo(row, scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(ReadOnlySpan<float> row, Span<float> scores)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            for (; i <= row.Length - Vector<float>.Count; i += Vector<float>.Count)
                (new Vector<float>(scores[i..]) + new Vector<float>(row[i..])).CopyTo(scores[i..]);
        }
        for (; i < row.Length; i++) scores[i] += row[i];
    }

    /// <summary>The keys and rows in row order (for saving).</summary>
    public (ulong[] Keys, float[] Rows) Export()
    {
        var keys = new ulong[Count];
        for (int s = 0; s < _keys.Length; s++)
            if (_keys[s] != 0) keys[_rowOf[s]] = _keys[s];
        return (keys, _rows);
    }

    public void Write(BinaryWriter w)
    {
        var (keys, rows) = Export();
        w.Write(Classes);
        w.Write(Count);
        foreach (var k in keys) w.Write(k);
        foreach (var v in rows) w.Write((Half)v);
    }

    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32(), count = r.ReadInt32();
        if (classes <= 0 || count < 0 || (long)classes * count > 200_000_000) throw new InvalidDataException("corrupt model: bad sizes");
        var keys = new ulong[count];
        var keyBytes = MemoryMarshal.AsBytes(keys.AsSpan());
        r.BaseStream.ReadExactly(keyBytes);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("models are little-endian");
        var halves = new Half[count * classes];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var rows = new float[halves.Length];
        for (int i = 0; i < halves.Length; i++) rows[i] = (float)halves[i];
        return new LinearModel(classes, keys, rows);
    }
}
