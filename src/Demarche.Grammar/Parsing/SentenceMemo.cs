using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// Remembers, for one sentence, what a pure function of a parse's local context gave (the move scores of a
/// <see cref="ParserContext"/>, the label of a <see cref="LabelContext"/>): the items of a beam often share their
/// context (they differ deeper in the stack), so a context met again costs one look-up instead of its features and
/// their table probes. The key is compared in full (its bytes; key types have no padding), so a hit gives exactly
/// what computing would. Direct-mapped: a key whose place is taken replaces the one there. <see cref="Clear"/>
/// before each sentence (the words, hence the function, change).
/// </summary>
internal sealed class SentenceMemo<TKey, TValue> where TKey : unmanaged where TValue : unmanaged
{
    private struct Entry
    {
        public TKey Key;
        public TValue Value;
        public int Stamp;
    }

    private const int Bits = 10;
    private readonly Entry[] _entries = new Entry[1 << Bits];
    private int _stamp = 1;

    /// <summary>Forgets every entry (in O(1): entries of an older stamp do not count).</summary>
    public void Clear()
    {
        if (++_stamp != int.MaxValue) return;
        Array.Clear(_entries);
        _stamp = 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Place(in TKey key)
    {
        // the key's whole 8-byte words (all of it, or all but its last 4 bytes)
        var words = MemoryMarshal.Cast<byte, ulong>(MemoryMarshal.AsBytes(new ReadOnlySpan<TKey>(in key)));
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (ulong w in words) h = (h ^ w) * 0xC2B2AE3D27D4EB4FUL + (h >> 31);
        return (int)((h * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(in TKey a, in TKey b) =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<TKey>(in a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<TKey>(in b)));

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public bool TryGet(in TKey key, out TValue value, out int place)
    {
        place = Place(key);
        ref var e = ref _entries[place];
        if (e.Stamp == _stamp && Same(e.Key, key))
        {
            value = e.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Stores the value of a key at the place <see cref="TryGet"/> gave for it.</summary>
    public void Set(int place, in TKey key, TValue value)
    {
        ref var e = ref _entries[place];
        e.Key = key;
        e.Value = value;
        e.Stamp = _stamp;
    }
}
