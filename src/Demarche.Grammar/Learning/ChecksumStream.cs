using System.IO.Hashing;

namespace Demarche.Grammar.Learning;

/// <summary>
/// Passes writes through to another stream and keeps the CRC-32 of the bytes that went by (the checksum of a cache
/// file's contents). Its position is the inner stream's, so a writer can align tables to the file; it cannot seek.
/// </summary>
internal sealed class ChecksumStream(Stream inner) : Stream
{
    private readonly Crc32 _hash = new();

    public uint Checksum => _hash.GetCurrentHashAsUInt32();

    public override bool CanRead => false;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
