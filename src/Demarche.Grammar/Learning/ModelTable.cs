using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Demarche.Grammar.Learning;

/// <summary>
/// The memory of one of a model's tables: a managed array (a model trained or read from its file), or a stretch of
/// a memory-mapped cache file (<see cref="MappedModelStream"/>), which costs no copy and no fresh memory. Read only.
/// </summary>
internal readonly unsafe struct ModelTable<T> where T : unmanaged
{
    private readonly T[]? _array;
    private readonly T* _pointer;

    public int Length { get; }

    public ModelTable(T[] array)
    {
        _array = array;
        Length = array.Length;
    }

    public ModelTable(T* pointer, int length)
    {
        _pointer = pointer;
        Length = length;
    }

    /// <summary>The first item, for unchecked indexing in the scoring loops (never written through).</summary>
    public ref T First
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _array is { } a ? ref MemoryMarshal.GetArrayDataReference(a) : ref Unsafe.AsRef<T>(_pointer);
    }

    public ReadOnlySpan<T> Span => _array is { } a ? a : new ReadOnlySpan<T>(_pointer, Length);

    public ref readonly T this[int i] => ref Span[i];

    public static implicit operator ModelTable<T>(T[] array) => new(array);
}
