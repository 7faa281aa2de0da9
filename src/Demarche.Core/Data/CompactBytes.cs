using System.Runtime.InteropServices;

namespace Demarche.Core.Data;

/// <summary>
/// Writes data for the user's cache (<see cref="DataCache"/>) as compact bytes: 32-bit numbers, and strings as indexes
/// into a table of the distinct strings written once at the start (UTF-16), so that reading them back
/// (<see cref="CompactReader"/>) makes each distinct string once and decodes nothing.
/// </summary>
public sealed class CompactWriter
{
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _out;
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public CompactWriter() => _out = new BinaryWriter(_body);

    public void Int(int value) => _out.Write(value);

    public void Bool(bool value) => _out.Write(value ? (byte)1 : (byte)0);

    public void Byte(byte value) => _out.Write(value);

    /// <summary>A string or null (read back by <see cref="CompactReader.String"/> or <see cref="CompactReader.OptionalString"/>).</summary>
    public void String(string? value)
    {
        if (value is null) { _out.Write(-1); return; }
        if (!_index.TryGetValue(value, out int at))
        {
            _index[value] = at = _strings.Count;
            _strings.Add(value);
        }
        _out.Write(at);
    }

    /// <summary>A count and the strings (read back by <see cref="CompactReader.Strings"/>).</summary>
    public void Strings(IReadOnlyCollection<string> values)
    {
        _out.Write(values.Count);
        foreach (var v in values) String(v);
    }

    /// <summary>The string table, then everything written.</summary>
    public byte[] ToArray()
    {
        _out.Flush();
        var all = new MemoryStream();
        using (var w = new BinaryWriter(all))
        {
            w.Write(_strings.Count);
            foreach (var s in _strings)
            {
                w.Write(s.Length);
                w.Write(MemoryMarshal.AsBytes(s.AsSpan()));
            }
            w.Write(_body.GetBuffer(), 0, (int)_body.Length);
        }
        return all.ToArray();
    }
}

/// <summary>Reads what a <see cref="CompactWriter"/> wrote, in the same order; damaged bytes are an <see cref="InvalidDataException"/>.</summary>
public ref struct CompactReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly string[] _strings;
    private int _at;

    public CompactReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _strings = new string[Count()];
        for (int i = 0; i < _strings.Length; i++)
        {
            int length = Int();
            if (length < 0 || length > (_bytes.Length - _at) / sizeof(char)) throw Damaged("a string past the end");
            _strings[i] = new string(MemoryMarshal.Cast<byte, char>(_bytes.Slice(_at, length * sizeof(char))));
            _at += length * sizeof(char);
        }
    }

    /// <summary>Whether every byte was read.</summary>
    public readonly bool AtEnd => _at == _bytes.Length;

    public int Int()
    {
        if (_at > _bytes.Length - sizeof(int)) throw Damaged("a number past the end");
        int value = BitConverter.ToInt32(_bytes.Slice(_at, sizeof(int)));
        _at += sizeof(int);
        return value;
    }

    public byte Byte() => _at < _bytes.Length ? _bytes[_at++] : throw Damaged("a byte past the end");

    public bool Bool() => Byte() != 0;

    /// <summary>A count of things that follow (each at least a byte long: a larger count is damage).</summary>
    public int Count()
    {
        int count = Int();
        return count >= 0 && count <= _bytes.Length - _at ? count : throw Damaged("a count past the end");
    }

    public string? OptionalString()
    {
        int at = Int();
        if (at == -1) return null;
        return (uint)at < (uint)_strings.Length ? _strings[at] : throw Damaged("a string that is not in the table");
    }

    public string String() => OptionalString() ?? throw Damaged("a missing string");

    public string[] Strings()
    {
        var values = new string[Count()];
        for (int i = 0; i < values.Length; i++) values[i] = String();
        return values;
    }

    private static InvalidDataException Damaged(string what) => new($"damaged cache data: {what}");
}
