namespace Demarche.Store;

/// <summary>
/// 64-bit SimHash of a text over word 3-shingles (Charikar): syndicated copies of one article differ in a few
/// bits. Four 16-bit bands let the store find candidates within 3 bits by index (pigeonhole).
/// </summary>
public static class SimHash
{
    public const int MaxDistance = 3;

    public static long Compute(string text)
    {
        Span<int> weights = stackalloc int[64];
        ulong h1 = 0, h2 = 0, h3;
        int words = 0;
        int i = 0, n = text.Length;
        while (i < n)
        {
            while (i < n && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= n) break;
            ulong h = 14695981039346656037UL;
            while (i < n && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            h3 = h2; h2 = h1; h1 = h;
            if (++words < 3) continue;
            ulong shingle = Mix(h1 ^ Rotate(h2, 21) ^ Rotate(h3, 42));
            for (int b = 0; b < 64; b++)
                weights[b] += ((shingle >> b) & 1) != 0 ? 1 : -1;
        }
        if (words is > 0 and < 3)
        {
            ulong shingle = Mix(h1 ^ Rotate(h2, 21));
            for (int b = 0; b < 64; b++) weights[b] += ((shingle >> b) & 1) != 0 ? 1 : -1;
        }
        ulong result = 0;
        for (int b = 0; b < 64; b++)
            if (weights[b] > 0) result |= 1UL << b;
        return unchecked((long)result);
    }

    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    public static int Band(long hash, int band) => (int)((unchecked((ulong)hash) >> (16 * band)) & 0xFFFF);

    private static ulong Rotate(ulong x, int r) => (x << r) | (x >> (64 - r));

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdUL; x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53UL; x ^= x >> 33;
        return x;
    }
}
