using System.IO.Compression;

namespace Demarche.Input;

/// <summary>
/// A gzip decompressing stream that reports a truncated or corrupt file as <see cref="InvalidDataException"/>
/// instead of ending silently, as <see cref="GZipStream"/> does when the compressed data stop early.
/// </summary>
internal sealed class StrictGzipStream(Stream compressed) : Stream
{
    private readonly GZipStream _inner = new(compressed, CompressionMode.Decompress);
    private long _produced;

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = _inner.Read(buffer, offset, count);
        _produced += n;
        if (n == 0 && count > 0 && compressed.CanSeek && _produced == 0 && compressed.Length > 20)
            throw new InvalidDataException("the gzip data produced nothing");
        if (n == 0 && count > 0 && compressed.CanSeek && compressed.Length < 18)
            throw new InvalidDataException("the gzip file is truncated");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
