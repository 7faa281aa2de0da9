using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Demarche.Core.Data;

/// <summary>
/// A read-only hash table from words to fixed-size values, laid out in one stretch of bytes so that it is used in place
/// from a <see cref="DataBlock"/> (a mapped cache file): no string, no array and no hashing at start, and lookups by
/// span allocate nothing. Keys compare ordinally or ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>,
/// hashed on their upper-case form). Written by <see cref="Write"/>, read by <see cref="Read"/>.
/// </summary>
public sealed unsafe class WordTable<T> where T : unmanaged
{
    // layout (each part at a multiple of 8 from the table's start): header (count, slot count, ignore case, chars,
    // size of T, 3 reserved ints); slots: int[slot count], entry + 1 or 0 when empty (linear probing); hashes: uint[count]
    // (the high half of each key's hash, checked before the key); starts: int[count + 1] (each key's first char);
    // values: T[count]; chars: char[chars]
    private const int HeaderInts = 8;

    private readonly DataBlock _block; // holds the memory
    private readonly int* _slots;
    private readonly uint* _hashes;
    private readonly int* _starts;
    private readonly T* _values;
    private readonly char* _chars;
    private readonly int _mask;

    public int Count { get; }
    public bool IgnoreCase { get; }

    private WordTable(DataBlock block, byte* start, int count, int slots, bool ignoreCase, int chars)
    {
        _block = block;
        Count = count;
        IgnoreCase = ignoreCase;
        _mask = slots - 1;
        long at = HeaderInts * sizeof(int);
        _slots = (int*)(start + at);
        at = Aligned(at + (long)slots * sizeof(int));
        _hashes = (uint*)(start + at);
        at = Aligned(at + (long)count * sizeof(uint));
        _starts = (int*)(start + at);
        at = Aligned(at + (long)(count + 1) * sizeof(int));
        _values = (T*)(start + at);
        at = Aligned(at + (long)count * sizeof(T));
        _chars = (char*)(start + at);
    }

    /// <summary>The bytes a table of these parts takes.</summary>
    private static long SizeOf(int count, int slots, int chars)
    {
        long at = HeaderInts * sizeof(int);
        at = Aligned(at + (long)slots * sizeof(int));
        at = Aligned(at + (long)count * sizeof(uint));
        at = Aligned(at + (long)(count + 1) * sizeof(int));
        at = Aligned(at + (long)count * sizeof(T));
        return Aligned(at + (long)chars * sizeof(char));
    }

    private static long Aligned(long n) => (n + 7) & ~7L;

    /// <summary>Reads the table that starts at <paramref name="offset"/> of the block (checked against its size) and moves the offset past it.</summary>
    public static WordTable<T> Read(DataBlock block, ref long offset)
    {
        var header = MemoryMarshal.Cast<byte, int>(block.Bytes(offset, HeaderInts * sizeof(int)));
        int count = header[0], slots = header[1], ignoreCase = header[2], chars = header[3], size = header[4];
        if (count < 0 || slots <= count || (slots & (slots - 1)) != 0 || ignoreCase is not (0 or 1) || chars < 0 || size != sizeof(T))
            throw new InvalidDataException("damaged word table");
        long length = SizeOf(count, slots, chars);
        block.Bytes(offset, length); // checks that the table fits
        var table = new WordTable<T>(block, block.Pointer + offset, count, slots, ignoreCase == 1, chars);
        if (table._starts[0] != 0 || table._starts[count] != chars) throw new InvalidDataException("damaged word table");
        offset += length;
        return table;
    }

    /// <summary>Writes a table of these entries (their keys distinct under the comparison) to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IReadOnlyCollection<KeyValuePair<string, T>> entries, bool ignoreCase)
    {
        int count = entries.Count;
        int slots = (int)Math.Max(2, BitOperations.RoundUpToPowerOf2((uint)count * 2 + 1));
        int chars = 0;
        foreach (var e in entries) chars = checked(chars + e.Key.Length);
        var bytes = new byte[SizeOf(count, slots, chars)];
        fixed (byte* start = bytes)
        {
            var header = (int*)start;
            header[0] = count;
            header[1] = slots;
            header[2] = ignoreCase ? 1 : 0;
            header[3] = chars;
            header[4] = sizeof(T);
            var table = new WordTable<T>(DataBlock.FromBytes([]), start, count, slots, ignoreCase, chars);
            int i = 0, at = 0;
            foreach (var (key, value) in entries)
            {
                table._starts[i] = at;
                key.AsSpan().CopyTo(new Span<char>(table._chars + at, key.Length));
                at += key.Length;
                table._starts[i + 1] = at;
                table._values[i] = value;
                ulong hash = Hash(key, ignoreCase);
                table._hashes[i] = (uint)(hash >> 32);
                int slot = (int)hash & table._mask;
                while (table._slots[slot] != 0)
                {
                    if (table.KeyEquals(table._slots[slot] - 1, key))
                        throw new ArgumentException($"the key '{key}' is given twice", nameof(entries));
                    slot = (slot + 1) & table._mask;
                }
                table._slots[slot] = i + 1;
                i++;
            }
        }
        output.Write(bytes);
    }

    /// <summary>The table of these entries in memory (no cache).</summary>
    public static WordTable<T> Create(IReadOnlyCollection<KeyValuePair<string, T>> entries, bool ignoreCase)
    {
        var stream = new MemoryStream();
        Write(stream, entries, ignoreCase);
        long offset = 0;
        return Read(DataBlock.FromBytes(stream.GetBuffer().AsSpan(0, (int)stream.Length)), ref offset);
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        int entry = Find(key);
        value = entry >= 0 ? _values[entry] : default;
        return entry >= 0;
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => Find(key) >= 0;

    /// <summary>The entry of a key (0 to <see cref="Count"/> - 1, in the order written), or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> key) => Find(key);

    /// <summary>The key of an entry (0 to <see cref="Count"/> - 1), as a new string.</summary>
    public string KeyAt(int entry) => new(Key(entry));

    public T ValueAt(int entry) => _values[(uint)entry < (uint)Count ? entry : throw new ArgumentOutOfRangeException(nameof(entry))];

    // optimised at once in a plain build (HotPath): a generic instantiation over a value type made outside this assembly
    // is not precompiled there, and a lookup per word otherwise runs in the runtime's slow first tier for the first
    // seconds of a run (the ReadyToRun composite of ./demarche precompiles it)
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private int Find(ReadOnlySpan<char> key)
    {
        ulong hash = Hash(key, IgnoreCase);
        uint high = (uint)(hash >> 32);
        int slot = (int)hash & _mask;
        while (true)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            if (_hashes[entry] == high && KeyEquals(entry, key)) return entry;
            slot = (slot + 1) & _mask;
        }
    }

    private ReadOnlySpan<char> Key(int entry) => new(_chars + _starts[entry], _starts[entry + 1] - _starts[entry]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyEquals(int entry, ReadOnlySpan<char> key) =>
        IgnoreCase ? Key(entry).Equals(key, StringComparison.OrdinalIgnoreCase) : Key(entry).SequenceEqual(key);

    /// <summary>
    /// A hash that does not change between runs (string hashes do): XXH3 of the UTF-16 code units, upper-cased first when
    /// case is ignored (words equal ignoring case have equal upper-case forms: tests check this for every character).
    /// </summary>
    private static ulong Hash(ReadOnlySpan<char> key, bool ignoreCase)
    {
        if (!ignoreCase) return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key));
        Span<char> upper = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        key.ToUpperInvariant(upper);
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(upper));
    }

    /// <summary>The block the table lives in (the table keeps it alive: its pointers point into it).</summary>
    public DataBlock Block => _block;
}
