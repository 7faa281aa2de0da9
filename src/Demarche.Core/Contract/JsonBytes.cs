using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Demarche.Core.Contract;

/// <summary>
/// A document's JSON as UTF-8 bytes in a buffer rented from the shared pool: written where a document is analysed,
/// copied to a <see cref="TextWriter"/> in pieces and given back, so no string of the whole JSON is made.
/// Dispose it once written.
/// </summary>
public sealed class JsonBytes : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _length;

    public JsonBytes(int capacity = 16 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0) { Ensure(sizeHint); return _buffer.AsMemory(_length); }

    public Span<byte> GetSpan(int sizeHint = 0) { Ensure(sizeHint); return _buffer.AsSpan(_length); }

    private void Ensure(int sizeHint)
    {
        if (_buffer.Length - _length >= Math.Max(sizeHint, 1)) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + Math.Max(sizeHint, 1)));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <summary>Writes the JSON as text (decoded a piece at a time into a pooled buffer).</summary>
    public void WriteTo(TextWriter writer)
    {
        var chars = ArrayPool<char>.Shared.Rent(8192);
        var decoder = t_decoder ??= Encoding.UTF8.GetDecoder(); // the thread's, kept between documents
        decoder.Reset();
        var bytes = Written;
        bool completed = false;
        while (!completed)
        {
            decoder.Convert(bytes, chars, flush: true, out int used, out int made, out completed);
            writer.Write(chars.AsSpan(0, made));
            bytes = bytes[used..];
        }
        ArrayPool<char>.Shared.Return(chars);
    }

    [ThreadStatic] private static Decoder? t_decoder;

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    /// <summary>The writer a thread reuses for its documents (made once a thread and each indentation).</summary>
    internal static Utf8JsonWriter Writer(JsonBytes output, JsonSerializerOptions options)
    {
        var cached = options.WriteIndented ? _indented : _plain;
        if (cached is null)
        {
            cached = new Utf8JsonWriter(output, new JsonWriterOptions
            {
                Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize, NewLine = options.NewLine, MaxDepth = options.MaxDepth,
            });
            if (options.WriteIndented) _indented = cached; else _plain = cached;
        }
        else cached.Reset(output);
        return cached;
    }

    [ThreadStatic] private static Utf8JsonWriter? _plain;
    [ThreadStatic] private static Utf8JsonWriter? _indented;
}
