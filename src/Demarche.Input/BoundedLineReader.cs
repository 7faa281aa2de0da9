namespace Demarche.Input;

/// <summary>
/// One line of a byte stream (without its line break), or the note that it passed the limit and was skipped. The
/// bytes are the reader's buffer: valid until its next line is read.
/// </summary>
internal readonly record struct ByteLine(int Number, ReadOnlyMemory<byte> Bytes, long SkippedBytes, bool TooLong);

/// <summary>
/// Splits a stream into lines of bytes, never holding more than a limit of one line: a longer line is skipped up
/// to its end (streamed past, not buffered) and reported as too long, and reading goes on at the next line.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private int _start, _end;
    private int _lineNumber;

    // the line being read, kept for the next one (made anew after a line of more than a megabyte, to give that back)
    private MemoryStream _line = new();
    private const int KeptLineCapacity = 1 << 20;

    /// <summary>
    /// The next line, or null at the end of the stream; its bytes stay valid until the next call. Read errors (a
    /// corrupt gzip, an I/O failure) pass through.
    /// </summary>
    public ByteLine? Next()
    {
        var line = _line;
        line.SetLength(0);
        long skipped = 0;
        bool tooLong = false, any = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_chunk, 0, _chunk.Length);
                if (_end == 0)
                {
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int nl = Array.IndexOf(_chunk, (byte)'\n', _start, _end - _start);
            int stop = nl < 0 ? _end : nl;
            int n = stop - _start;
            if (!tooLong && line.Length + n > maxLineBytes)
            {
                tooLong = true;
                skipped = line.Length;
                line.SetLength(0);
            }
            if (tooLong) skipped += n;
            else line.Write(_chunk, _start, n);
            _start = nl < 0 ? _end : nl + 1;
            if (nl >= 0) break;
        }
        _lineNumber++;
        if (line.Capacity > KeptLineCapacity) _line = new MemoryStream();
        if (tooLong) return new ByteLine(_lineNumber, default, skipped, TooLong: true);
        int length = (int)line.Length;
        var buffer = line.GetBuffer();
        if (length > 0 && buffer[length - 1] == '\r') length--;
        return new ByteLine(_lineNumber, buffer.AsMemory(0, length), 0, TooLong: false);
    }
}
