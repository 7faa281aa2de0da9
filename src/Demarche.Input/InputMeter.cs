namespace Demarche.Input;

/// <summary>Bytes of input files read so far, for a progress bar (thread-safe).</summary>
public sealed class InputMeter
{
    private long _bytes;
    public long BytesRead => Interlocked.Read(ref _bytes);
    internal void Add(long n) => Interlocked.Add(ref _bytes, n);

    /// <summary>
    /// The bytes the given inputs hold on disk (what <see cref="InputReader"/> reads from them), or null when some
    /// input's size is not known in advance (standard input, a URL).
    /// </summary>
    public static long? TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path)) total += new FileInfo(path).Length;
            else if (Directory.Exists(path))
                total += InputReader.ArticleFiles(path).Sum(f => new FileInfo(f).Length);
            else if (path == "-" || Feeds.PageFetcher.IsHttpUrl(path)) return null;
        }
        return total;
    }
}

/// <summary>Passes reads through to a stream and adds the bytes to an <see cref="InputMeter"/>.</summary>
internal sealed class MeteredStream(Stream inner, InputMeter meter) : Stream
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = inner.Read(buffer, offset, count);
        meter.Add(n);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        meter.Add(n);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => inner.Position = value; }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
