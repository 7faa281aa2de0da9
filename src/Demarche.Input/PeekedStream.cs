namespace Demarche.Input;

/// <summary>
/// A read-only stream whose first bytes were read ahead (to sniff a format) and are given again before the rest,
/// so that pipes and FIFOs, which cannot seek back, can be sniffed.
/// </summary>
internal sealed class PeekedStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private int _headUsed;

    private PeekedStream(Stream inner, byte[] head)
    {
        _inner = inner;
        _head = head;
    }

    /// <summary>The first (up to) <paramref name="count"/> bytes of <paramref name="inner"/>, and a stream that still starts with them.</summary>
    public static Stream Peek(Stream inner, int count, out ReadOnlySpan<byte> head)
    {
        var buffer = new byte[count];
        int n = inner.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        var peeked = new PeekedStream(inner, buffer[..n]);
        head = peeked._head;
        return peeked;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headUsed < _head.Length && buffer.Length > 0)
        {
            int n = Math.Min(buffer.Length, _head.Length - _headUsed);
            _head.AsSpan(_headUsed, n).CopyTo(buffer);
            _headUsed += n;
            return n;
        }
        return _inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
