using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Demarche.Grammar.Learning;

/// <summary>
/// A trained linear classifier: for each feature key one weight per class, scored by adding the weights of the
/// features present. Weights are 16-bit integers (an averaged perceptron's weights are scaled so that the largest
/// is 30,000; rounding changes no decision that matters). Keys live in an open-addressing table (linear probing,
/// load ≤ 0.7, slot chosen by multiply-shift). Narrow models (≤ 4 classes, the parser's moves) keep their weights
/// in the slot, so a feature costs one memory access; wide models (tags, labels) keep only the non-zero weights
/// of each feature. The arrays are written and read as they are, so loading is a copy. Immutable; thread-safe.
/// </summary>
public sealed class LinearModel
{
    [StructLayout(LayoutKind.Sequential, Pack = 8)]
    private struct NarrowSlot
    {
        public ulong Key;
        public short W0, W1, W2, W3;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 8)]
    private struct WideSlot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    private readonly NarrowSlot[]? _narrow;
    private readonly WideSlot[]? _wide;
    /// <summary>Wide models' non-zero weights: class in the high 16 bits, weight in the low 16.</summary>
    private readonly uint[] _entries = [];
    private readonly ulong _capacity;

    public int Classes { get; }
    /// <summary>How many features have a weight.</summary>
    public int Count { get; }
    public bool IsNarrow => _narrow is not null;

    /// <summary>Builds a model from float rows (keys.Length × classes, on the averaged perceptron's scale).</summary>
    public LinearModel(int classes, ReadOnlySpan<ulong> keys, float[] rows)
    {
        if (rows.Length != keys.Length * classes) throw new ArgumentException("rows do not match keys × classes");
        Classes = classes;
        var kept = new List<int>(keys.Length);
        for (int r = 0; r < keys.Length; r++)
        {
            bool any = false;
            for (int c = 0; c < classes && !any; c++) any = Quantize(rows[r * classes + c]) != 0;
            if (any) kept.Add(r);
        }
        Count = kept.Count;
        _capacity = (ulong)Math.Max(16, (long)(kept.Count / 0.7) + 1);
        if (classes <= 4)
        {
            _narrow = new NarrowSlot[_capacity];
            foreach (int r in kept)
            {
                ref var slot = ref _narrow[FreeSlot(keys[r], k => _narrow[k].Key)];
                slot.Key = keys[r];
                slot.W0 = Quantize(rows[r * classes]);
                if (classes > 1) slot.W1 = Quantize(rows[r * classes + 1]);
                if (classes > 2) slot.W2 = Quantize(rows[r * classes + 2]);
                if (classes > 3) slot.W3 = Quantize(rows[r * classes + 3]);
            }
        }
        else
        {
            _wide = new WideSlot[_capacity];
            var entries = new List<uint>(kept.Count * 4);
            foreach (int r in kept)
            {
                ref var slot = ref _wide[FreeSlot(keys[r], k => _wide[k].Key)];
                slot.Key = keys[r];
                slot.Start = entries.Count;
                for (int c = 0; c < classes; c++)
                {
                    short w = Quantize(rows[r * classes + c]);
                    if (w != 0) entries.Add((uint)c << 16 | (ushort)w);
                }
                slot.Count = entries.Count - slot.Start;
            }
            _entries = [.. entries];
        }
    }

    private LinearModel(int classes, int count, ulong capacity, NarrowSlot[]? narrow, WideSlot[]? wide, uint[] entries)
    {
        Classes = classes;
        Count = count;
        _capacity = capacity;
        _narrow = narrow;
        _wide = wide;
        _entries = entries;
    }

    private static short Quantize(float w) => (short)Math.Clamp(MathF.Round(w), -32767, 32767);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Home(ulong key) => Math.BigMul(key, _capacity, out _);

    private int FreeSlot(ulong key, Func<int, ulong> keyAt)
    {
        ulong s = Home(key);
        while (keyAt((int)s) != 0) s = s + 1 == _capacity ? 0 : s + 1;
        return (int)s;
    }

    /// <summary>Adds the weights of the given features into <paramref name="scores"/> (length ≥ Classes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_narrow is { } narrow) ScoreNarrow(narrow, features, scores);
        else ScoreWide(_wide!, features, scores);
    }

    private void ScoreNarrow(NarrowSlot[] slots, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int w0 = 0, w1 = 0, w2 = 0, w3 = 0;
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        foreach (var f in features)
        {
            ulong s = Home(f);
            while (true)
            {
                ref var slot = ref Unsafe.Add(ref first, (nint)s);
                if (slot.Key == f) { w0 += slot.W0; w1 += slot.W1; w2 += slot.W2; w3 += slot.W3; break; }
                if (slot.Key == 0) break;
                s = s + 1 == _capacity ? 0 : s + 1;
            }
        }
        scores[0] += w0;
        if (Classes > 1) scores[1] += w1;
        if (Classes > 2) scores[2] += w2;
        if (Classes > 3) scores[3] += w3;
    }

    private void ScoreWide(WideSlot[] slots, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        ref uint entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (var f in features)
        {
            ulong s = Home(f);
            while (true)
            {
                ref var slot = ref Unsafe.Add(ref first, (nint)s);
                if (slot.Key == f)
                {
                    for (int i = 0; i < slot.Count; i++)
                    {
                        uint e = Unsafe.Add(ref entries, slot.Start + i);
                        scores[(int)(e >> 16)] += (short)(ushort)e;
                    }
                    break;
                }
                if (slot.Key == 0) break;
                s = s + 1 == _capacity ? 0 : s + 1;
            }
        }
    }

    /// <summary>The largest absolute weight of each feature, for pruning; and a copy without the features below a threshold.</summary>
    public LinearModel Pruned(int threshold)
    {
        var keys = new List<ulong>();
        var rows = new List<float>();
        var row = new float[Classes];
        void Keep(ulong key)
        {
            float max = 0;
            foreach (var w in row) max = Math.Max(max, Math.Abs(w));
            if (max < threshold) return;
            keys.Add(key);
            rows.AddRange(row);
        }
        if (_narrow is { } narrow)
            foreach (var slot in narrow)
            {
                if (slot.Key == 0) continue;
                row[0] = slot.W0;
                if (Classes > 1) row[1] = slot.W1;
                if (Classes > 2) row[2] = slot.W2;
                if (Classes > 3) row[3] = slot.W3;
                Keep(slot.Key);
            }
        else
            foreach (var slot in _wide!)
            {
                if (slot.Key == 0) continue;
                Array.Clear(row);
                for (int i = 0; i < slot.Count; i++) row[_entries[slot.Start + i] >> 16] = (short)(ushort)_entries[slot.Start + i];
                Keep(slot.Key);
            }
        return new LinearModel(Classes, [.. keys], [.. rows]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(Count);
        w.Write(_capacity);
        w.Flush();
        if (_narrow is { } narrow) w.BaseStream.Write(MemoryMarshal.AsBytes(narrow.AsSpan()));
        else
        {
            w.BaseStream.Write(MemoryMarshal.AsBytes(_wide!.AsSpan()));
            w.Write(_entries.Length);
            w.Flush();
            w.BaseStream.Write(MemoryMarshal.AsBytes(_entries.AsSpan()));
        }
    }

    /// <summary>Reads the layout of model files of version 1 and 2 (keys, then half-precision dense rows).</summary>
    public static LinearModel ReadDense(BinaryReader r)
    {
        int classes = r.ReadInt32(), count = r.ReadInt32();
        if (classes <= 0 || count < 0 || (long)classes * count > 400_000_000) throw new InvalidDataException("corrupt model: bad sizes");
        var keys = new ulong[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var halves = new Half[count * classes];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var rows = new float[halves.Length];
        for (int i = 0; i < halves.Length; i++) rows[i] = (float)halves[i];
        return new LinearModel(classes, keys, rows);
    }

    public static LinearModel Read(BinaryReader r)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("models are little-endian");
        int classes = r.ReadInt32(), count = r.ReadInt32();
        ulong capacity = r.ReadUInt64();
        if (classes <= 0 || classes > 4096 || count < 0 || capacity < (ulong)count || capacity > 1UL << 28)
            throw new InvalidDataException("corrupt model: bad sizes");
        if (classes <= 4)
        {
            var narrow = new NarrowSlot[capacity];
            r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(narrow.AsSpan()));
            return new LinearModel(classes, count, capacity, narrow, null, []);
        }
        var wide = new WideSlot[capacity];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(wide.AsSpan()));
        int n = r.ReadInt32();
        if (n < 0 || n > 1 << 28) throw new InvalidDataException("corrupt model: bad entry count");
        var entries = new uint[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        foreach (var slot in wide)
            if (slot.Key != 0 && (slot.Start < 0 || slot.Count < 0 || slot.Start + (long)slot.Count > n)) throw new InvalidDataException("corrupt model: bad row");
        return new LinearModel(classes, count, capacity, null, wide, entries);
    }
}
