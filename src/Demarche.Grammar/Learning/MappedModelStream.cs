using System.IO.MemoryMappedFiles;

namespace Demarche.Grammar.Learning;

/// <summary>
/// A cache file mapped into memory (read only), read as a stream for its small fields while its tables are taken
/// in place (<see cref="Take{T}"/>): the pages are the operating system's file cache, shared by every process that
/// maps the file, and nothing is copied. The mapping lives as long as a model that took a table from it
/// (<see cref="Owner"/>), not as long as this stream.
/// </summary>
internal sealed unsafe class MappedModelStream : UnmanagedMemoryStream
{
    /// <summary>Keeps the mapping alive: unmapped when no model holds it any more (its finalizer).</summary>
    public sealed class Mapping(MemoryMappedFile file, MemoryMappedViewAccessor view)
    {
        ~Mapping()
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }

    /// <summary>Tables are placed at multiples of this in the file, so that a mapped table starts on a cache line.</summary>
    public const int Alignment = 64;

    public Mapping Owner { get; }

    private MappedModelStream(Mapping owner, byte* start, long length) : base(start, length)
    {
        Owner = owner;
    }

    public static MappedModelStream Open(string path)
    {
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            start += view.PointerOffset;
            return new MappedModelStream(new Mapping(file, view), start, new FileInfo(path).Length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The bytes of the file from <paramref name="offset"/> on (to check them before anything is read).</summary>
    public ReadOnlySpan<byte> Bytes(long offset) => new(PositionPointer - Position + offset, checked((int)(Length - offset)));

    /// <summary>The next <paramref name="count"/> items in place, after the padding to <see cref="Alignment"/>.</summary>
    public ModelTable<T> Take<T>(int count) where T : unmanaged
    {
        Position = (Position + Alignment - 1) / Alignment * Alignment;
        long bytes = (long)count * sizeof(T);
        if (count < 0 || bytes > Length - Position) throw new InvalidDataException("corrupt model: truncated tables");
        var table = new ModelTable<T>((T*)PositionPointer, count);
        Position += bytes;
        return table;
    }

    /// <summary>Writes the padding that <see cref="Take{T}"/> skips.</summary>
    public static void Pad(Stream stream)
    {
        int pad = (int)((Alignment - stream.Position % Alignment) % Alignment);
        if (pad > 0) stream.Write(stackalloc byte[pad]);
    }
}
