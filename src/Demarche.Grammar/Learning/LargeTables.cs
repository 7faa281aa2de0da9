using System.Runtime.InteropServices;

namespace Demarche.Grammar.Learning;

/// <summary>
/// Arrays for the models' hash tables (tens of MB, read at random): on Linux they are pinned and advised to the
/// kernel as huge-page memory (madvise MADV_HUGEPAGE) before they are filled, so a feature lookup costs one cache
/// miss instead of a cache miss and a TLB miss. Elsewhere, or when the kernel says no, they are plain arrays.
/// </summary>
internal static partial class LargeTables
{
    private const int HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);

    /// <summary>A zeroed array of <paramref name="length"/> items, on huge pages where the system allows it.</summary>
    public static unsafe T[] Allocate<T>(int length) where T : unmanaged
    {
        long bytes = (long)length * sizeof(T);
        if (!OperatingSystem.IsLinux() || bytes < 2L * HugePage) return new T[length];
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        fixed (T* p = array)
        {
            nint start = ((nint)p + HugePage - 1) & ~(nint)(HugePage - 1);
            nint end = ((nint)p + (nint)bytes) & ~(nint)(HugePage - 1);
            try { if (end > start) Madvise(start, (nuint)(end - start), MadviseHugePage); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { /* no libc madvise: plain pages */ }
        }
        array.AsSpan().Clear(); // the first touch, after the advice
        return array;
    }

    /// <summary>
    /// A zeroed table of <paramref name="length"/> items that starts on a cache line (64 bytes), in a pinned array
    /// (advised as huge pages as <see cref="Allocate{T}"/> when large) that <paramref name="owner"/> keeps alive.
    /// </summary>
    public static unsafe ModelTable<T> AllocateAligned<T>(int length, out object owner) where T : unmanaged
    {
        int extra = (64 + sizeof(T) - 1) / sizeof(T);
        long bytes = (long)(length + extra) * sizeof(T);
        var array = GC.AllocateUninitializedArray<T>(length + extra, pinned: true);
        owner = array;
        fixed (T* p = array)
        {
            if (OperatingSystem.IsLinux() && bytes >= 2L * HugePage)
            {
                nint start = ((nint)p + HugePage - 1) & ~(nint)(HugePage - 1);
                nint end = ((nint)p + (nint)bytes) & ~(nint)(HugePage - 1);
                try { if (end > start) Madvise(start, (nuint)(end - start), MadviseHugePage); }
                catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { /* no libc madvise: plain pages */ }
            }
            array.AsSpan().Clear();
            // pinned: the address stays
            return new ModelTable<T>((T*)(((nint)p + 63) & ~(nint)63), length);
        }
    }
}
