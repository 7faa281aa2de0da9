using System.Text;

namespace Demarche.Input.Warc;

/// <summary>
/// A forward-only buffered reader of bytes and lines over a stream, which knows how many bytes it has handed
/// out (<see cref="Offset"/>) and can be pointed at a new stream (after a seek) with <see cref="Reset"/>.
/// </summary>
internal sealed class ByteReader(Stream stream, long offset = 0, int bufferSize = 1 << 16)
{
    private Stream _stream = stream;
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start, _end;
    private long _offset = offset;
    private Exception? _pending;

    /// <summary>Bytes of the stream handed out so far (the stream offset of the next byte).</summary>
    public long Offset => _offset;

    /// <summary>Called just before each read from the stream, e.g. to note where a compressed file stood.</summary>
    public Action? BeforeFill { get; set; }

    public void Reset(Stream stream, long offset)
    {
        _stream = stream;
        _pending = null;
        _start = _end = 0;
        _offset = offset;
    }

    /// <summary>At least <paramref name="count"/> buffered bytes (fewer only at the end of the stream).</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, _buffer.Length);
        while (_end - _start < count && Fill()) { }
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>
    /// The next line without its LF or CRLF, read as Latin-1 (WARC and HTTP headers are ASCII), and the bytes
    /// it took; null at the end of the stream. A line longer than <paramref name="maxBytes"/> is an error.
    /// </summary>
    public string? ReadLine(int maxBytes, out int consumed)
    {
        consumed = 0;
        if (_start < _end)
        {
            int first = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (first >= 0 && first <= maxBytes + 1)
            {
                int len = first > 0 && _buffer[_start + first - 1] == '\r' ? first - 1 : first;
                var text = Encoding.Latin1.GetString(_buffer, _start, len);
                consumed = first + 1;
                Advance(first + 1);
                return text;
            }
        }
        var line = new List<byte>(0);
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (consumed == 0) return null;
                return Latin1(line);
            }
            int nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            int take = nl < 0 ? _end - _start : nl + 1;
            if (consumed + take > maxBytes + 2)
                throw new WarcFormatException($"a header line is longer than {maxBytes} bytes");
            line.AddRange(_buffer.AsSpan(_start, nl < 0 ? take : nl));
            Advance(take);
            consumed += take;
            if (nl >= 0)
            {
                if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
                return Latin1(line);
            }
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="target"/>; fewer only at the end of the stream.</summary>
    public int ReadBlock(Span<byte> target)
    {
        int done = 0;
        while (done < target.Length)
        {
            if (_start == _end && !Fill()) break;
            int n = Math.Min(target.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(target[done..]);
            Advance(n);
            done += n;
        }
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill()) break;
            int n = (int)Math.Min(count - done, _end - _start);
            Advance(n);
            done += n;
        }
        return done;
    }

    /// <summary>Skips bytes up to the next line that starts with <paramref name="prefix"/>; false at the end of the stream.</summary>
    public bool SkipToLineStarting(ReadOnlySpan<byte> prefix)
    {
        while (true)
        {
            var head = Peek(prefix.Length);
            if (head.Length < prefix.Length) return false;
            if (head.SequenceEqual(prefix)) return true;
            // Drop the rest of this line, newline included.
            while (true)
            {
                if (_start == _end && !Fill()) return false;
                int nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (nl >= 0) { Advance(nl + 1); break; }
                Advance(_end - _start);
            }
        }
    }

    private void Advance(int n)
    {
        _start += n;
        _offset += n;
    }

    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) return true;
        if (_pending is not null)
        {
            // The bytes before a decoding error are handed out first; the error comes where the data broke.
            if (_end > _start) return false;
            var error = _pending;
            _pending = null;
            throw error;
        }
        BeforeFill?.Invoke();
        int n;
        try
        {
            n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException ex) when (_end > _start)
        {
            _pending = ex;
            return false;
        }
        _end += n;
        return n > 0;
    }

    private static string Latin1(List<byte> bytes) =>
        bytes.Count == 0 ? "" : Encoding.Latin1.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
}

/// <summary>The bytes do not follow the WARC or HTTP framing.</summary>
internal sealed class WarcFormatException(string message) : Exception(message);
