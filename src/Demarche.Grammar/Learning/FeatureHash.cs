using System.Runtime.CompilerServices;

namespace Demarche.Grammar.Learning;

/// <summary>
/// 64-bit feature keys: a template number mixed with up to four atom values (word hashes, tag and label ids,
/// distances). Keys are never 0 (0 marks an empty slot in <see cref="LinearModel"/>).
/// </summary>
public static class FeatureHash
{
    private const ulong Prime1 = 0x9E3779B97F4A7C15UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h | 1UL;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ulong v) => (h ^ (v * Prime1)) * Prime2 + (h >> 29);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => Mix(Step((ulong)template + 1, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Mix(Step(Step((ulong)template + 1, a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Mix(Step(Step(Step((ulong)template + 1, a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Step(Step(Step(Step((ulong)template + 1, a), b), c), d));

    /// <summary>A stable hash of a string (FNV-1a over UTF-16 units, then mixed); the same on every run and machine.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)] // once a word: in a plain build optimised at once, not left in the slow first tier
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h ^ (ulong)s.Length);
    }
}
