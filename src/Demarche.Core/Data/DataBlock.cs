using System.IO.MemoryMappedFiles;

namespace Demarche.Core.Data;

/// <summary>
/// Read-only bytes that tables are used from in place: a stretch of a memory-mapped cache file (no copy, no fresh
/// memory: the pages are the system's file cache, shared by every process) or a pinned array (data just built, or no
/// cache). The memory stays valid while the block is referenced; a mapping is released by the finalizer.
/// </summary>
public sealed unsafe class DataBlock
{
    private readonly byte[]? _array;
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;

    /// <summary>The first byte (never written through).</summary>
    public byte* Pointer { get; }
    public long Length { get; }

    private DataBlock(byte[] array)
    {
        _array = array;
        fixed (byte* p = array) Pointer = p; // pinned: the address stays
        Length = array.Length;
    }

    private DataBlock(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* pointer, long length)
    {
        _file = file;
        _view = view;
        Pointer = pointer;
        Length = length;
    }

    /// <summary>A copy of the bytes in a pinned array.</summary>
    public static DataBlock FromBytes(ReadOnlySpan<byte> bytes)
    {
        var array = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(array);
        return new DataBlock(array);
    }

    /// <summary>The bytes of an open file from <paramref name="offset"/> on, mapped read-only (the file may be closed after).</summary>
    public static DataBlock Map(FileStream stream, long offset)
    {
        long length = stream.Length;
        if (offset < 0 || offset > length) throw new InvalidDataException($"{stream.Name}: shorter than its header");
        var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new DataBlock(file, view, start + view.PointerOffset + offset, length - offset);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The bytes from <paramref name="offset"/>, <paramref name="length"/> of them (checked against the block).
    /// The span points into memory the block's finalizer frees: keep the block reachable while it is read
    /// (a field of the object that reads it, or <see cref="GC.KeepAlive"/> after the last read).</summary>
    public ReadOnlySpan<byte> Bytes(long offset, long length)
    {
        if (offset < 0 || length < 0 || offset + length > Length) throw new InvalidDataException("damaged data: a table runs past the end of its block");
        return new ReadOnlySpan<byte>(Pointer + offset, checked((int)length));
    }

    /// <summary>The bytes as a read-only stream (for a <see cref="BinaryReader"/>); the block must outlive it.</summary>
    public Stream OpenRead() => new UnmanagedMemoryStream(Pointer, Length);

    ~DataBlock()
    {
        if (_view is null) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file!.Dispose();
    }
}
