namespace Demarche.Grammar;

/// <summary>
/// An argument read from the chunks alone, rightwards from a noun phrase: its "of" chain ("the ministers of France
/// and Germany") and a coordination that follows ("NP, NP and NP"). The event coder uses it for phrases after a
/// trigger that the tree does not make an argument of a verb ("attacks on Israel and Lebanon").
/// </summary>
public static class ChunkArgument
{
    public static Argument RightFrom(PosTag[] tags, string[] lowers, Chunk[] chunks, int[] chunkOfToken, int c, int end)
    {
        List<Chunk>? members = null; // made only for a coordination: most arguments are one chunk
        int spanEnd = chunks[c].End;
        int pos = spanEnd;
        while (pos + 1 < end && lowers[pos] is "of" && chunkOfToken[pos + 1] >= 0 && chunks[chunkOfToken[pos + 1]].Kind == ChunkKind.NounPhrase)
        {
            spanEnd = chunks[chunkOfToken[pos + 1]].End;
            pos = spanEnd;
        }
        int scan = pos;
        var extra = _extra ??= [];
        extra.Clear();
        while (scan + 1 < end)
        {
            bool isAnd = tags[scan] == PosTag.CC && lowers[scan] is "and" or "or";
            bool isComma = tags[scan] == PosTag.Comma;
            if (!isAnd && !isComma) break;
            int nx = scan + 1;
            if (isComma && nx < end && tags[nx] == PosTag.CC && lowers[nx] is "and" or "or") { nx++; isAnd = true; }
            if (nx >= end) break;
            int c2 = chunkOfToken[nx];
            if (c2 < 0 || chunks[c2].Kind != ChunkKind.NounPhrase || chunks[c2].First != nx) break;
            extra.Add(chunks[c2]);
            scan = chunks[c2].End;
            if (isAnd) { members = new List<Chunk>(1 + extra.Count) { chunks[c] }; members.AddRange(extra); spanEnd = scan; break; }
        }
        extra.Clear();
        return new Argument(chunks[c].First, spanEnd, chunks[c].Head, members ?? (IReadOnlyList<Chunk>)[chunks[c]]);
    }

    /// <summary>A thread's chunks met after commas and not yet joined by "and"/"or".</summary>
    [ThreadStatic] private static List<Chunk>? _extra;
}
