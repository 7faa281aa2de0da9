using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Demarche.Grammar.Learning;

/// <summary>
/// One cache line of a model's scoring table: up to five features' fingerprints and their 8-byte payloads (a narrow
/// model's four weights, a wide model's row: start and count). A feature lives in its home bucket or, when that is
/// full, in the first bucket after it with room (buckets fill from the front and nothing is removed, so a bucket with
/// an empty key ends the search). At 3.5 features a bucket, a look-up reads one cache line for nearly every feature,
/// where the slots of <see cref="LinearModel"/>'s file layout (12 bytes, straddling lines) needed about 1.4.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
internal struct Bucket
{
    public const int Slots = 5;
    /// <summary>The mean number of features a bucket holds (load 0.7): the table's size.</summary>
    private const double Load = 3.5;

    [FieldOffset(0)] public uint Key0;
    [FieldOffset(4)] public uint Key1;
    [FieldOffset(8)] public uint Key2;
    [FieldOffset(12)] public uint Key3;
    [FieldOffset(16)] public uint Key4;
    [FieldOffset(24)] public ulong Payload0;
    [FieldOffset(32)] public ulong Payload1;
    [FieldOffset(40)] public ulong Payload2;
    [FieldOffset(48)] public ulong Payload3;
    [FieldOffset(56)] public ulong Payload4;

    /// <summary>The number of buckets for <paramref name="features"/> features.</summary>
    public static int CountFor(int features) => Math.Max(1, (int)Math.Ceiling(features / Load));

    /// <summary>The home bucket of a fingerprint among <paramref name="buckets"/> (multiply-shift, like the slots').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Home(uint fingerprint, int buckets) => (int)(((ulong)fingerprint * (ulong)buckets) >> 32);

    /// <summary>
    /// Puts the fingerprints (non-zero, distinct) and their payloads into a table of <see cref="CountFor"/> buckets,
    /// in the order given; the table is zeroed memory of that length.
    /// </summary>
    public static void Fill(Span<Bucket> table, ReadOnlySpan<uint> keys, ReadOnlySpan<ulong> payloads)
    {
        int n = table.Length;
        for (int i = 0; i < keys.Length; i++)
        {
            uint key = keys[i];
            if (key == 0) throw new ArgumentException("a fingerprint is never 0");
            int b = Home(key, n);
            for (int probes = 0; ; probes++)
            {
                if (probes > n) throw new InvalidOperationException("the bucket table is full");
                ref var bucket = ref table[b];
                int free = FirstEmpty(ref bucket);
                if (free >= 0)
                {
                    Unsafe.Add(ref bucket.Key0, free) = key;
                    Unsafe.Add(ref bucket.Payload0, free) = payloads[i];
                    break;
                }
                b = b + 1 == n ? 0 : b + 1;
            }
        }
    }

    private static int FirstEmpty(ref Bucket bucket)
    {
        for (int s = 0; s < Slots; s++)
            if (Unsafe.Add(ref bucket.Key0, s) == 0) return s;
        return -1;
    }

    /// <summary>
    /// The payload of <paramref name="fingerprint"/> from its home bucket <paramref name="home"/> on; false when the
    /// table does not hold it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFind(ref Bucket first, int buckets, int home, uint fingerprint, out ulong payload)
    {
        var wanted = Vector256.Create(fingerprint);
        int b = home;
        for (int probes = 0; probes < buckets; probes++) // a damaged table with no empty key ends too
        {
            ref var bucket = ref Unsafe.Add(ref first, b);
            // the five keys and three words after them, compared at once
            var keys = Vector256.LoadUnsafe(ref bucket.Key0);
            uint found = Vector256.Equals(keys, wanted).ExtractMostSignificantBits() & 0x1F;
            if (found != 0)
            {
                payload = Unsafe.Add(ref bucket.Payload0, System.Numerics.BitOperations.TrailingZeroCount(found));
                return true;
            }
            if ((Vector256.Equals(keys, Vector256<uint>.Zero).ExtractMostSignificantBits() & 0x1F) != 0)
            {
                payload = 0;
                return false;
            }
            b = b + 1 == buckets ? 0 : b + 1;
        }
        payload = 0;
        return false;
    }

    /// <summary>Every key and payload of a table, bucket by bucket (for pruning a model that has no slots).</summary>
    public static IEnumerable<(uint Key, ulong Payload)> All(ModelTable<Bucket> table)
    {
        for (int b = 0; b < table.Length; b++)
            for (int s = 0; s < Slots; s++)
            {
                var (key, payload) = At(table, b, s);
                if (key != 0) yield return (key, payload);
            }
    }

    private static (uint, ulong) At(ModelTable<Bucket> table, int b, int s)
    {
        ref readonly var bucket = ref table[b];
        return (Unsafe.Add(ref Unsafe.AsRef(in bucket.Key0), s), Unsafe.Add(ref Unsafe.AsRef(in bucket.Payload0), s));
    }
}
