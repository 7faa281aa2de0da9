namespace Demarche.Grammar;

/// <summary>
/// A thread's working space for <see cref="TreeFrameBuilder"/>: one sentence's frames, their clauses, their order and
/// the frame of each clause. Kept between documents (a builder is made a document, and made these each time) while
/// small; a builder reads one document on one thread.
/// </summary>
internal sealed class FrameWorkspace
{
    private const int KeptCapacity = 1024;

    [ThreadStatic] private static FrameWorkspace? _kept;

    public readonly List<VerbFrame> Frames = [];
    public int[] ClauseOf = new int[16];
    public long[] Order = new long[16];
    public readonly Dictionary<int, int> FrameOfClause = [];

    /// <summary>The thread's working space.</summary>
    public static FrameWorkspace ForThread() => _kept ??= new FrameWorkspace();

    /// <summary>Forgets the last sentence's frames (no document's objects stay reachable); drops a space a long sentence grew.</summary>
    public void Release()
    {
        Frames.Clear();
        FrameOfClause.Clear();
        if (Frames.Capacity > KeptCapacity || ClauseOf.Length > KeptCapacity || Order.Length > KeptCapacity || FrameOfClause.EnsureCapacity(0) > KeptCapacity)
            _kept = null;
    }
}
