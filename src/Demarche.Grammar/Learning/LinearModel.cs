using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Demarche.Grammar.Learning;

/// <summary>
/// A trained linear classifier: for each feature key one weight per class, scored by adding the weights of the
/// features present. Weights are 16-bit integers (an averaged perceptron's weights are scaled so that the largest
/// is 30,000; rounding changes no decision that matters). Features are kept as 32-bit fingerprints of their 64-bit
/// hashes (a feature that was never trained matches a stored one with odds of count / 2^32, well under 0.1%) in an
/// open-addressing table (linear probing, load ≤ 0.7, slot chosen by multiply-shift of the fingerprint). Narrow
/// models (≤ 4 classes, the parser's moves) keep their weights in the slot, so a feature costs one memory access;
/// wide models (tags, labels) keep only the non-zero weights of each feature. Files hold the table column by column
/// (fingerprints, then each class's weights), which compresses better than slots. Immutable; thread-safe.
/// </summary>
public sealed class LinearModel
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct NarrowSlot
    {
        public uint Key;
        public short W0, W1, W2, W3;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct WideSlot
    {
        public uint Key;
        public int Start;
        /// <summary>The number of entries (low 16 bits) and, above them, 1 + the row of <see cref="_dense"/> that holds them too (0: none).</summary>
        public int Count;

        public readonly int Entries => Count & 0xFFFF;
        public readonly int DenseRow => (Count >> 16) - 1;
    }

    private readonly ModelTable<NarrowSlot> _narrow;
    private readonly ModelTable<WideSlot> _wide;
    /// <summary>Wide models' non-zero weights: class in the high 16 bits, weight in the low 16.</summary>
    private readonly ModelTable<uint> _entries = Array.Empty<uint>();
    /// <summary>
    /// Wide models' rows of at least <see cref="DenseFrom"/> weights (the frequent features: the bias, the tags before
    /// a word, common affixes) again as whole rows of <see cref="Stride"/> weights, added with vector instructions
    /// instead of weight by weight. Scoring only; files keep the entries.
    /// </summary>
    private readonly ModelTable<short> _dense = Array.Empty<short>();
    private readonly ulong _capacity;
    /// <summary>
    /// The table scoring reads (<see cref="Bucket"/>: the features of the slots, a cache line for up to five). A model
    /// read from the cache has only these; one trained or read from its file has the slots too (its file's layout).
    /// </summary>
    private readonly ModelTable<Bucket> _buckets;
    /// <summary>What the tables' memory belongs to when it is not managed arrays (a mapped cache file, the pinned buckets), kept alive with the model.</summary>
    private readonly object? _owner;

    public int Classes { get; }
    /// <summary>How many features have a weight.</summary>
    public int Count { get; }
    public bool IsNarrow { get; }

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
        int stored = 0;
        _capacity = (ulong)Math.Max(16, (long)(kept.Count / 0.7) + 1);
        if (classes <= 4)
        {
            var narrow = new NarrowSlot[_capacity];
            _narrow = narrow;
            IsNarrow = true;
            foreach (int r in kept)
            {
                uint key = Fingerprint(keys[r]);
                ref var slot = ref narrow[FreeSlot(key, k => narrow[k].Key)];
                if (slot.Key == key) continue; // two features with one fingerprint: the first keeps it
                slot.Key = key;
                stored++;
                slot.W0 = Quantize(rows[r * classes]);
                if (classes > 1) slot.W1 = Quantize(rows[r * classes + 1]);
                if (classes > 2) slot.W2 = Quantize(rows[r * classes + 2]);
                if (classes > 3) slot.W3 = Quantize(rows[r * classes + 3]);
            }
        }
        else
        {
            var wide = new WideSlot[_capacity];
            _wide = wide;
            var entries = new List<uint>(kept.Count * 4);
            foreach (int r in kept)
            {
                uint key = Fingerprint(keys[r]);
                ref var slot = ref wide[FreeSlot(key, k => wide[k].Key)];
                if (slot.Key == key) continue;
                slot.Key = key;
                stored++;
                slot.Start = entries.Count;
                for (int c = 0; c < classes; c++)
                {
                    short w = Quantize(rows[r * classes + c]);
                    if (w != 0) entries.Add((uint)c << 16 | (ushort)w);
                }
                slot.Count = entries.Count - slot.Start;
            }
            _entries = entries.ToArray();
            _dense = Densify(wide, _entries.Span, classes);
        }
        Count = stored;
        _buckets = BucketsOf(_narrow, _wide, out _owner);
    }

    private LinearModel(int classes, int count, ulong capacity, ModelTable<NarrowSlot> narrow, ModelTable<WideSlot> wide, ModelTable<uint> entries, ModelTable<short> dense = default, ModelTable<Bucket> buckets = default, object? owner = null)
    {
        _dense = dense.Length > 0 ? dense : Array.Empty<short>();
        Classes = classes;
        Count = count;
        _capacity = capacity;
        IsNarrow = classes <= 4;
        _narrow = narrow;
        _wide = wide;
        _entries = entries;
        _owner = owner;
        _buckets = buckets.Length > 0 ? buckets : BucketsOf(narrow, wide, out _owner);
    }

    /// <summary>The slots' features in buckets, in slot order (so the same slots make the same buckets).</summary>
    private static ModelTable<Bucket> BucketsOf(ModelTable<NarrowSlot> narrow, ModelTable<WideSlot> wide, out object? owner)
    {
        int count = 0;
        foreach (ref readonly var slot in narrow.Span) if (slot.Key != 0) count++;
        foreach (ref readonly var slot in wide.Span) if (slot.Key != 0) count++;
        var keys = new uint[count];
        var payloads = new ulong[count];
        int k = 0;
        foreach (ref readonly var slot in narrow.Span)
            if (slot.Key != 0)
            {
                keys[k] = slot.Key;
                payloads[k++] = NarrowPayload(slot);
            }
        foreach (ref readonly var slot in wide.Span)
            if (slot.Key != 0)
            {
                keys[k] = slot.Key;
                payloads[k++] = (ulong)(uint)slot.Start | (ulong)(uint)slot.Count << 32;
            }
        var table = LargeTables.AllocateAligned<Bucket>(Bucket.CountFor(count), out var memory);
        owner = memory;
        unsafe
        {
            fixed (Bucket* first = &table.First)
                Bucket.Fill(new Span<Bucket>(first, table.Length), keys, payloads);
        }
        return table;
    }

    private static ulong NarrowPayload(in NarrowSlot slot) =>
        (ulong)(ushort)slot.W0 | (ulong)(ushort)slot.W1 << 16 | (ulong)(ushort)slot.W2 << 32 | (ulong)(ushort)slot.W3 << 48;

    /// <summary>The rows with at least this many weights are also kept dense (of 106 tag classes, 51 labels).</summary>
    private const int DenseFrom = 24;
    private const int MaxDenseRows = 32_767;

    /// <summary>A dense row's length: the classes, rounded up to whole vectors of 16 weights.</summary>
    private static int Stride(int classes) => (classes + 15) & ~15;

    /// <summary>
    /// Marks the rows of at least <see cref="DenseFrom"/> entries (classes strictly ascending, as a model writes them)
    /// as dense, in slot order, and returns their dense rows; their entries stay (the file is written from them).
    /// </summary>
    private static short[] Densify(Span<WideSlot> wide, ReadOnlySpan<uint> entries, int classes)
    {
        int stride = Stride(classes), rows = 0;
        foreach (ref readonly var slot in wide)
            if (IsDenseRow(slot, entries)) rows++;
        rows = Math.Min(rows, MaxDenseRows);
        if (rows == 0) return [];
        var dense = new short[rows * stride];
        int row = 0;
        for (int i = 0; i < wide.Length && row < rows; i++)
        {
            ref var slot = ref wide[i];
            if (!IsDenseRow(slot, entries)) continue;
            foreach (uint e in entries.Slice(slot.Start, slot.Entries)) dense[row * stride + (int)(e >> 16)] = (short)(ushort)e;
            slot.Count |= ++row << 16;
        }
        return dense;
    }

    private static bool IsDenseRow(in WideSlot slot, ReadOnlySpan<uint> entries)
    {
        if (slot.Key == 0 || slot.Entries < DenseFrom) return false;
        var row = entries.Slice(slot.Start, slot.Entries);
        for (int i = 1; i < row.Length; i++)
            if (row[i] >> 16 <= row[i - 1] >> 16) return false;
        return true;
    }

    private static short Quantize(float w) => (short)Math.Clamp(MathF.Round(w), -32767, 32767);

    /// <summary>The 32-bit fingerprint a feature is stored under (never 0, which marks an empty slot). A key
    /// below 2^32 is its own fingerprint, so fingerprints can be stored again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key)
    {
        uint f = (uint)(key >> 32) ^ (uint)key;
        return f == 0 ? 1u : f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Home(uint fingerprint) => (fingerprint * _capacity) >> 32;

    private int FreeSlot(uint key, Func<int, uint> keyAt)
    {
        ulong s = Home(key);
        while (keyAt((int)s) is var k && k != 0 && k != key) s = s + 1 == _capacity ? 0 : s + 1;
        return (int)s;
    }

    /// <summary>Adds the weights of the given features into <paramref name="scores"/> (length ≥ Classes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (IsNarrow) ScoreNarrow(features, scores);
        else ScoreWide(features, scores);
        GC.KeepAlive(_owner); // a mapped model's memory stays mapped until its last use
    }

    /// <summary>
    /// A model is far larger than the caches, so nearly every feature's slot is a cache miss. The slots of all the
    /// features are asked for first (prefetched), so the misses overlap instead of coming one after another; the
    /// sums are the same (integer weights, added in the same order).
    /// </summary>
    private const int MaxPrefetched = 128;

    /// <summary>Each feature's fingerprint and home bucket, and a request for that bucket's cache line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchHomes(ref Bucket first, ReadOnlySpan<ulong> features, Span<uint> fingerprints, Span<int> homes)
    {
        int buckets = _buckets.Length;
        for (int i = 0; i < features.Length; i++)
        {
            uint f = Fingerprint(features[i]);
            int home = Bucket.Home(f, buckets);
            fingerprints[i] = f;
            homes[i] = home;
            if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, home)));
        }
    }

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private void ScoreNarrow(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var w = SumNarrow(features);
        scores[0] += w.GetElement(0);
        if (Classes > 1) scores[1] += w.GetElement(1);
        if (Classes > 2) scores[2] += w.GetElement(2);
        if (Classes > 3) scores[3] += w.GetElement(3);
    }

    /// <summary>
    /// A narrow model's weights of the given features added up for each class, as integers (exact: |sum| &lt; 2^24
    /// for up to 512 features, so sums of parts give, as floats, what the sum of the whole does).
    /// </summary>
    public Vector128<int> Sum(ReadOnlySpan<ulong> features)
    {
        if (!IsNarrow) throw new InvalidOperationException("integer sums are a narrow model's");
        var w = SumNarrow(features);
        GC.KeepAlive(_owner);
        return w;
    }

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private Vector128<int> SumNarrow(ReadOnlySpan<ulong> features)
    {
        if (features.Length > MaxPrefetched) return SumNarrow(features[..MaxPrefetched]) + SumNarrow(features[MaxPrefetched..]);
        Span<uint> fingerprints = stackalloc uint[features.Length];
        Span<int> homes = stackalloc int[features.Length];
        ref var first = ref _buckets.First;
        int buckets = _buckets.Length;
        PrefetchHomes(ref first, features, fingerprints, homes);
        // the four 16-bit weights of a payload widened to 32 bits and added at once
        var w = Vector128<int>.Zero;
        for (int i = 0; i < fingerprints.Length; i++)
        {
            if (!Bucket.TryFind(ref first, buckets, homes[i], fingerprints[i], out ulong p)) continue;
            w += Vector128.WidenLower(Vector128.CreateScalarUnsafe(p).AsInt16());
        }
        return w;
    }

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private void ScoreWide(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (features.Length > MaxPrefetched)
        {
            ScoreWide(features[..MaxPrefetched], scores);
            ScoreWide(features[MaxPrefetched..], scores);
            return;
        }
        // integer sums (exact, as the float sums of these integer weights are: |sum| < 128 × 32,767 < 2^24; so the
        // order they are added in does not matter)
        int stride = Stride(Classes);
        Span<int> sums = stride <= 256 ? stackalloc int[stride] : new int[stride];
        sums.Clear();
        AccumulateWide(features, sums);
        AddSums(sums, scores, Classes);
    }

    /// <summary>The length of a wide model's integer sums (<see cref="AddWeights"/>, <see cref="Score(ReadOnlySpan{ulong}, ReadOnlySpan{int}, Span{float})"/>): the classes rounded up to 16.</summary>
    public int SumLength => Stride(Classes);

    /// <summary>
    /// Adds a wide model's integer weights of the given features into <paramref name="sums"/> (length
    /// <see cref="SumLength"/>): a part of the features summed once and kept (a word's own features, which do not
    /// change with its context), to be scored with the rest by <see cref="Score(ReadOnlySpan{ulong}, ReadOnlySpan{int}, Span{float})"/>.
    /// </summary>
    public void AddWeights(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (IsNarrow) throw new InvalidOperationException("integer rows are a wide model's");
        if (sums.Length < Stride(Classes)) throw new ArgumentException("sums shorter than SumLength");
        for (int at = 0; at < features.Length; at += MaxPrefetched)
            AccumulateWide(features.Slice(at, Math.Min(MaxPrefetched, features.Length - at)), sums);
        GC.KeepAlive(_owner);
    }

    /// <summary>
    /// Adds the scores of <paramref name="features"/> (at most 128) together with integer sums kept from
    /// <see cref="AddWeights"/> of other features: the same scores as <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/>
    /// of all the features at once (integer sums are exact, so the parts add up to the whole).
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, ReadOnlySpan<int> kept, Span<float> scores)
    {
        if (IsNarrow) throw new InvalidOperationException("integer rows are a wide model's");
        int stride = Stride(Classes);
        if (features.Length > MaxPrefetched || kept.Length < stride) throw new ArgumentException("too many features or sums shorter than SumLength");
        Span<int> sums = stride <= 256 ? stackalloc int[stride] : new int[stride];
        kept[..stride].CopyTo(sums);
        AccumulateWide(features, sums);
        AddSums(sums, scores, Classes);
        GC.KeepAlive(_owner);
    }

    /// <summary>
    /// Asks for the table's cache lines of the given features' first look-up, to be scored a little later (the misses
    /// of the features of the next words overlap with the work on this one's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported) return;
        ref var first = ref _buckets.First;
        int buckets = _buckets.Length;
        foreach (ulong f in features) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, Bucket.Home(Fingerprint(f), buckets))));
        GC.KeepAlive(_owner);
    }

    /// <summary>Adds the integer weights of at most <see cref="MaxPrefetched"/> features into <paramref name="sums"/> (length ≥ the stride).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private unsafe void AccumulateWide(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        Span<uint> fingerprints = stackalloc uint[features.Length];
        Span<int> homes = stackalloc int[features.Length];
        ref var first = ref _buckets.First;
        int buckets = _buckets.Length;
        PrefetchHomes(ref first, features, fingerprints, homes);
        ref uint entries = ref _entries.First;
        ref short dense = ref _dense.First;
        int stride = Stride(Classes);
        // found rows: a dense row's offset in _dense; a sparse row's start and count in _entries. They are prefetched
        // before they are added.
        Span<int> denseRows = stackalloc int[features.Length];
        Span<int> starts = stackalloc int[features.Length];
        Span<int> counts = stackalloc int[features.Length];
        int found = 0, foundDense = 0;
        for (int i = 0; i < fingerprints.Length; i++)
        {
            if (!Bucket.TryFind(ref first, buckets, homes[i], fingerprints[i], out ulong p)) continue;
            var slot = new WideSlot { Start = (int)(uint)p, Count = (int)(p >> 32) };
            if (slot.DenseRow >= 0)
            {
                denseRows[foundDense++] = slot.DenseRow * stride;
                if (Sse.IsSupported) PrefetchLines(ref Unsafe.Add(ref dense, slot.DenseRow * stride), stride * sizeof(short));
            }
            else
            {
                starts[found] = slot.Start;
                counts[found++] = slot.Entries;
                if (Sse.IsSupported && slot.Entries > 0) PrefetchLines(ref Unsafe.Add(ref entries, slot.Start), slot.Entries * sizeof(uint));
            }
        }
        ref int sum = ref MemoryMarshal.GetReference(sums);
        if (Avx512F.IsSupported && stride <= 128) AddDenseRows(ref dense, denseRows[..foundDense], ref sum, stride);
        else if (Avx2.IsSupported) AddDenseRows256(ref dense, denseRows[..foundDense], ref sum, stride);
        else
            foreach (int row in denseRows[..foundDense]) AddDense(ref Unsafe.Add(ref dense, row), ref sum, stride);
        for (int r = 0; r < found; r++)
        {
            int start = starts[r], end = start + counts[r];
            for (int i = start; i < end; i++)
            {
                uint e = Unsafe.Add(ref entries, i);
                Unsafe.Add(ref sum, (int)(e >> 16)) += (short)(ushort)e; // classes were checked when the model was read
            }
        }
    }

    /// <summary>
    /// Adds each class's non-zero integer sum to its score (a zero sum leaves the score as it is), eight classes at a
    /// time: the same float additions as one by one, without a branch a class that the sums' pattern makes hard to guess.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSums(ReadOnlySpan<int> sums, Span<float> scores, int classes)
    {
        ref int sum = ref MemoryMarshal.GetReference(sums);
        ref float score = ref MemoryMarshal.GetReference(scores);
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; c + 8 <= classes; c += 8)
            {
                var add = Vector256.LoadUnsafe(ref sum, (nuint)c);
                var old = Vector256.LoadUnsafe(ref score, (nuint)c);
                var added = old + Vector256.ConvertToSingle(add);
                Vector256.ConditionalSelect(Vector256.Equals(add, Vector256<int>.Zero).AsSingle(), old, added).StoreUnsafe(ref score, (nuint)c);
            }
        for (; c < classes; c++)
            if (sums[c] != 0) scores[c] += sums[c];
    }

    /// <summary>Adds a dense row of 16-bit weights to 32-bit sums, 16 at a time (the stride is a multiple of 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense(ref short row, ref int sum, int stride)
    {
        for (int c = 0; c < stride; c += 16)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)c));
            (Vector256.LoadUnsafe(ref sum, (nuint)c) + low).StoreUnsafe(ref sum, (nuint)c);
            (Vector256.LoadUnsafe(ref sum, (nuint)c + 8) + high).StoreUnsafe(ref sum, (nuint)c + 8);
        }
    }

    /// <summary>
    /// Adds dense rows of at most 128 weights to the sums, 16 weights a 512-bit vector, the sums kept in registers
    /// while the rows are added (the rows the tagger reads for a word are mostly dense: about 30 of them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDenseRows(ref short dense, ReadOnlySpan<int> rows, ref int sum, int stride)
    {
        int chunks = stride / 16;
        // (from the sums so far: a word's kept sums, or zeros)
        Vector512<int> a0 = Vector512.LoadUnsafe(ref sum, 0), a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        if (chunks > 1) a1 = Vector512.LoadUnsafe(ref sum, 16);
        if (chunks > 2) a2 = Vector512.LoadUnsafe(ref sum, 32);
        if (chunks > 3) a3 = Vector512.LoadUnsafe(ref sum, 48);
        if (chunks > 4) a4 = Vector512.LoadUnsafe(ref sum, 64);
        if (chunks > 5) a5 = Vector512.LoadUnsafe(ref sum, 80);
        if (chunks > 6) a6 = Vector512.LoadUnsafe(ref sum, 96);
        if (chunks > 7) a7 = Vector512.LoadUnsafe(ref sum, 112);
        foreach (int r in rows)
        {
            ref short row = ref Unsafe.Add(ref dense, r);
            a0 += Widen(ref row, 0);
            if (chunks > 1) a1 += Widen(ref row, 16);
            if (chunks > 2) a2 += Widen(ref row, 32);
            if (chunks > 3) a3 += Widen(ref row, 48);
            if (chunks > 4) a4 += Widen(ref row, 64);
            if (chunks > 5) a5 += Widen(ref row, 80);
            if (chunks > 6) a6 += Widen(ref row, 96);
            if (chunks > 7) a7 += Widen(ref row, 112);
        }
        a0.StoreUnsafe(ref sum, 0);
        if (chunks > 1) a1.StoreUnsafe(ref sum, 16);
        if (chunks > 2) a2.StoreUnsafe(ref sum, 32);
        if (chunks > 3) a3.StoreUnsafe(ref sum, 48);
        if (chunks > 4) a4.StoreUnsafe(ref sum, 64);
        if (chunks > 5) a5.StoreUnsafe(ref sum, 80);
        if (chunks > 6) a6.StoreUnsafe(ref sum, 96);
        if (chunks > 7) a7.StoreUnsafe(ref sum, 112);
    }

    /// <summary>
    /// Adds dense rows to the sums with 256-bit vectors (machines without AVX-512), 64 classes at a time kept in eight
    /// registers while every row is added, instead of loading and storing the sums for each row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDenseRows256(ref short dense, ReadOnlySpan<int> rows, ref int sum, int stride)
    {
        for (int cb = 0; cb < stride; cb += 64)
        {
            int chunks = Math.Min(4, (stride - cb) / 16);
            ref int s = ref Unsafe.Add(ref sum, cb);
            Vector256<int> a0 = Vector256.LoadUnsafe(ref s, 0), a1 = Vector256.LoadUnsafe(ref s, 8), a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            if (chunks > 1) { a2 = Vector256.LoadUnsafe(ref s, 16); a3 = Vector256.LoadUnsafe(ref s, 24); }
            if (chunks > 2) { a4 = Vector256.LoadUnsafe(ref s, 32); a5 = Vector256.LoadUnsafe(ref s, 40); }
            if (chunks > 3) { a6 = Vector256.LoadUnsafe(ref s, 48); a7 = Vector256.LoadUnsafe(ref s, 56); }
            foreach (int r in rows)
            {
                ref short row = ref Unsafe.Add(ref dense, r + cb);
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 0));
                a0 += low; a1 += high;
                if (chunks > 1) { (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16)); a2 += low; a3 += high; }
                if (chunks > 2) { (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 32)); a4 += low; a5 += high; }
                if (chunks > 3) { (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 48)); a6 += low; a7 += high; }
            }
            a0.StoreUnsafe(ref s, 0); a1.StoreUnsafe(ref s, 8);
            if (chunks > 1) { a2.StoreUnsafe(ref s, 16); a3.StoreUnsafe(ref s, 24); }
            if (chunks > 2) { a4.StoreUnsafe(ref s, 32); a5.StoreUnsafe(ref s, 40); }
            if (chunks > 3) { a6.StoreUnsafe(ref s, 48); a7.StoreUnsafe(ref s, 56); }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Widen(ref short row, int at) => Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref row, (nuint)at));

    /// <summary>Asks for every cache line of <paramref name="bytes"/> bytes from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchLines<T>(ref T start, int bytes)
    {
        byte* p = (byte*)Unsafe.AsPointer(ref start);
        byte* end = p + bytes;
        for (byte* line = (byte*)((nint)p & ~63); line < end; line += 64) Sse.Prefetch0(line);
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
        if (_narrow.Length == 0 && _wide.Length == 0)
            foreach (var (key, payload) in Bucket.All(_buckets))
            {
                if (IsNarrow)
                    for (int c = 0; c < Classes; c++) row[c] = (short)(payload >> (16 * c));
                else
                {
                    Array.Clear(row);
                    var slot = new WideSlot { Start = (int)(uint)payload, Count = (int)(payload >> 32) };
                    for (int i = 0; i < slot.Entries; i++) row[_entries[slot.Start + i] >> 16] = (short)(ushort)_entries[slot.Start + i];
                }
                Keep(key);
            }
        else if (IsNarrow)
            foreach (var slot in _narrow.Span)
            {
                if (slot.Key == 0) continue;
                row[0] = slot.W0;
                if (Classes > 1) row[1] = slot.W1;
                if (Classes > 2) row[2] = slot.W2;
                if (Classes > 3) row[3] = slot.W3;
                Keep(slot.Key);
            }
        else
            foreach (var slot in _wide.Span)
            {
                if (slot.Key == 0) continue;
                Array.Clear(row);
                for (int i = 0; i < slot.Entries; i++) row[_entries[slot.Start + i] >> 16] = (short)(ushort)_entries[slot.Start + i];
                Keep(slot.Key);
            }
        return new LinearModel(Classes, [.. keys], [.. rows]);
    }

    public void Write(BinaryWriter w)
    {
        if (_narrow.Length == 0 && _wide.Length == 0)
            throw new InvalidOperationException("a model read from the cache has no slots to write: write the one read from its file");
        w.Write(Classes);
        w.Write(Count);
        w.Write(_capacity);
        w.Flush();
        int n = (int)_capacity;
        var keys = new uint[n];
        if (IsNarrow)
        {
            var narrow = _narrow.Span;
            for (int i = 0; i < n; i++) keys[i] = narrow[i].Key;
            w.BaseStream.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
            var column = new short[n];
            for (int c = 0; c < Classes; c++)
            {
                for (int i = 0; i < n; i++) column[i] = c switch { 0 => narrow[i].W0, 1 => narrow[i].W1, 2 => narrow[i].W2, _ => narrow[i].W3 };
                w.BaseStream.Write(MemoryMarshal.AsBytes(column.AsSpan()));
            }
        }
        else
        {
            var wide = _wide.Span;
            var counts = new ushort[n];
            for (int i = 0; i < n; i++) { keys[i] = wide[i].Key; counts[i] = (ushort)wide[i].Entries; }
            w.BaseStream.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
            w.BaseStream.Write(MemoryMarshal.AsBytes(counts.AsSpan()));
            // Entries in slot order, classes apart from weights.
            var classes = new ushort[_entries.Length];
            var weights = new short[_entries.Length];
            int e = 0;
            foreach (var slot in wide)
                for (int i = 0; i < slot.Entries; i++, e++)
                {
                    classes[e] = (ushort)(_entries[slot.Start + i] >> 16);
                    weights[e] = (short)(ushort)_entries[slot.Start + i];
                }
            w.Write(e);
            w.Flush();
            w.BaseStream.Write(MemoryMarshal.AsBytes(classes.AsSpan(0, e)));
            w.BaseStream.Write(MemoryMarshal.AsBytes(weights.AsSpan(0, e)));
        }
    }

    /// <summary>The layout of the tables in a stream of this version: <see cref="TablesVersion"/> is the cache's.</summary>
    public const int TablesVersion = 7;

    /// <summary>How the tables of a model stream of <paramref name="version"/> are read.</summary>
    public static Func<BinaryReader, LinearModel> ReaderOf(int version) => version switch
    {
        TablesVersion => ReadTables,
        4 => Read,
        3 => ReadSlots64,
        _ => ReadDense,
    };

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

    private static (int Classes, int Count, ulong Capacity) ReadHeader(BinaryReader r)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("models are little-endian");
        int classes = r.ReadInt32(), count = r.ReadInt32();
        ulong capacity = r.ReadUInt64();
        if (classes <= 0 || classes > 4096 || count < 0 || capacity < (ulong)count || capacity > 1UL << 28)
            throw new InvalidDataException("corrupt model: bad sizes");
        return (classes, count, capacity);
    }

    /// <summary>Reads a model written by <see cref="Write"/> (model files of version 4).</summary>
    public static LinearModel Read(BinaryReader r)
    {
        var (classes, count, capacity) = ReadHeader(r);
        int n = (int)capacity;
        var keys = new uint[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        if (classes <= 4)
        {
            var narrow = LargeTables.Allocate<NarrowSlot>(n);
            for (int i = 0; i < n; i++) narrow[i].Key = keys[i];
            var column = new short[n];
            for (int c = 0; c < classes; c++)
            {
                r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(column.AsSpan()));
                for (int i = 0; i < n; i++)
                    switch (c)
                    {
                        case 0: narrow[i].W0 = column[i]; break;
                        case 1: narrow[i].W1 = column[i]; break;
                        case 2: narrow[i].W2 = column[i]; break;
                        default: narrow[i].W3 = column[i]; break;
                    }
            }
            return new LinearModel(classes, count, capacity, narrow, default, Array.Empty<uint>());
        }
        var counts = new ushort[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(counts.AsSpan()));
        int total = r.ReadInt32();
        if (total < 0 || total > 1 << 28) throw new InvalidDataException("corrupt model: bad entry count");
        var classOf = new ushort[total];
        var weights = new short[total];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classOf.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        var wide = LargeTables.Allocate<WideSlot>(n);
        var entries = LargeTables.Allocate<uint>(total);
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            wide[i] = new WideSlot { Key = keys[i], Start = start, Count = counts[i] };
            if (start + (long)counts[i] > total) throw new InvalidDataException("corrupt model: bad row");
            start += counts[i];
        }
        if (start != total) throw new InvalidDataException("corrupt model: bad row");
        for (int e = 0; e < total; e++)
        {
            if (classOf[e] >= classes) throw new InvalidDataException("corrupt model: bad class");
            entries[e] = (uint)classOf[e] << 16 | (ushort)weights[e];
        }
        return new LinearModel(classes, count, capacity, default, wide, entries, Densify(wide, entries, classes));
    }

    /// <summary>Writes the model as a model file holds it, or with <paramref name="tables"/> as <see cref="WriteTables"/> does.</summary>
    public void Write(BinaryWriter w, bool tables)
    {
        if (tables) WriteTables(w);
        else Write(w);
    }

    /// <summary>
    /// Writes the tables as scoring reads them (buckets, then a wide model's entries and dense rows), each at a multiple of
    /// <see cref="MappedModelStream.Alignment"/> bytes from the start of the stream, for the uncompressed cache
    /// (<see cref="GrammarModelCache"/>), whose file <see cref="ReadTables"/> maps instead of reading it.
    /// </summary>
    public void WriteTables(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(Count);
        w.Write(_capacity);
        w.Write(_entries.Length);
        w.Write(_dense.Length);
        w.Write(_buckets.Length);
        w.Flush();
        MappedModelStream.Pad(w.BaseStream);
        w.BaseStream.Write(MemoryMarshal.AsBytes(_buckets.Span));
        if (!IsNarrow)
        {
            MappedModelStream.Pad(w.BaseStream);
            w.BaseStream.Write(MemoryMarshal.AsBytes(_entries.Span));
            MappedModelStream.Pad(w.BaseStream);
            w.BaseStream.Write(MemoryMarshal.AsBytes(_dense.Span));
        }
    }

    /// <summary>
    /// Takes tables written by <see cref="WriteTables"/> in place from a mapped cache file, checked as a model file's
    /// are (sizes, rows, classes) so that no lookup can leave them.
    /// </summary>
    public static LinearModel ReadTables(BinaryReader r)
    {
        var mapped = r.BaseStream as MappedModelStream ?? throw new InvalidDataException("model tables are read from a mapped cache file");
        var (classes, count, capacity) = ReadHeader(r);
        int total = r.ReadInt32(), denseLength = r.ReadInt32(), bucketCount = r.ReadInt32();
        if (total < 0 || total > 1 << 28 || (classes <= 4 && total != 0)) throw new InvalidDataException("corrupt model: bad entry count");
        int stride = Stride(classes);
        if (denseLength < 0 || denseLength % stride != 0 || denseLength / stride > MaxDenseRows || (classes <= 4 && denseLength != 0))
            throw new InvalidDataException("corrupt model: bad dense rows");
        if (bucketCount != Bucket.CountFor(count)) throw new InvalidDataException("corrupt model: bad bucket count");
        var buckets = mapped.Take<Bucket>(bucketCount);
        if (classes <= 4) return new LinearModel(classes, count, capacity, default, default, Array.Empty<uint>(), default, buckets, mapped.Owner);
        var entries = mapped.Take<uint>(total);
        var dense = mapped.Take<short>(denseLength);
        foreach (ref readonly var bucket in buckets.Span)
            for (int i = 0; i < Bucket.Slots; i++)
            {
                if (Unsafe.Add(ref Unsafe.AsRef(in bucket.Key0), i) == 0) continue;
                ulong payload = Unsafe.Add(ref Unsafe.AsRef(in bucket.Payload0), i);
                var slot = new WideSlot { Start = (int)(uint)payload, Count = (int)(payload >> 32) };
                if (slot.Start < 0 || slot.Count < 0 || slot.Start + (long)slot.Entries > total || slot.DenseRow * stride >= denseLength)
                    throw new InvalidDataException("corrupt model: bad row");
            }
        foreach (uint e in entries.Span)
            if (e >> 16 >= (uint)classes) throw new InvalidDataException("corrupt model: bad class");
        return new LinearModel(classes, count, capacity, default, default, entries, dense, buckets, mapped.Owner);
    }

    /// <summary>Whether two models hold the same scoring tables, bucket for bucket (a model read from the cache and from its file).</summary>
    public bool SameTables(LinearModel other) =>
        Classes == other.Classes && Count == other.Count && _capacity == other._capacity
        && MemoryMarshal.AsBytes(_buckets.Span).SequenceEqual(MemoryMarshal.AsBytes(other._buckets.Span))
        && _entries.Span.SequenceEqual(other._entries.Span) && _dense.Span.SequenceEqual(other._dense.Span);

    /// <summary>Reads the layout of model files of version 3 (64-bit keys in slots) and stores it again by fingerprint.</summary>
    public static LinearModel ReadSlots64(BinaryReader r)
    {
        var (classes, _, capacity) = ReadHeader(r);
        var keys = new List<ulong>();
        var rows = new List<float>();
        if (classes <= 4)
        {
            var raw = new byte[checked((int)capacity * 16)];
            r.BaseStream.ReadExactly(raw);
            for (int i = 0; i < (int)capacity; i++)
            {
                ulong key = BitConverter.ToUInt64(raw, i * 16);
                if (key == 0) continue;
                keys.Add(key);
                for (int c = 0; c < classes; c++) rows.Add(BitConverter.ToInt16(raw, i * 16 + 8 + 2 * c));
            }
            return new LinearModel(classes, [.. keys], [.. rows]);
        }
        var slots = new byte[checked((int)capacity * 16)];
        r.BaseStream.ReadExactly(slots);
        int n = r.ReadInt32();
        if (n < 0 || n > 1 << 28) throw new InvalidDataException("corrupt model: bad entry count");
        var entries = new uint[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        var row = new float[classes];
        for (int i = 0; i < (int)capacity; i++)
        {
            ulong key = BitConverter.ToUInt64(slots, i * 16);
            if (key == 0) continue;
            int start = BitConverter.ToInt32(slots, i * 16 + 8), count = BitConverter.ToInt32(slots, i * 16 + 12);
            if (start < 0 || count < 0 || start + (long)count > n) throw new InvalidDataException("corrupt model: bad row");
            Array.Clear(row);
            for (int e = start; e < start + count; e++) row[entries[e] >> 16] = (short)(ushort)entries[e];
            keys.Add(key);
            rows.AddRange(row);
        }
        return new LinearModel(classes, [.. keys], [.. rows]);
    }
}
