namespace Demarche.Cleaning;

/// <summary>
/// Splits a run of letters into lexicon words by dynamic programming (Viterbi over word costs): the
/// cheapest sequence of allowed words, each paying its lexicon cost plus a fixed penalty per word.
/// Only confident words may be parts: one-letter "a", listed two-letter words, common three-letter words,
/// and longer words up to the large word list (rarer ones only when long).
/// </summary>
public sealed class WordSegmenter(Lexicon lexicon, WordClasses classes)
{
    public const int MaxLength = 48;
    public const float CommonCost = 9.5f;
    public const float LargeListCost = 10.5f;
    private const int MaxWordLength = 24;
    private const float SplitPenalty = 1.5f;
    private const float RareLongCost = 12.5f;
    /// <summary>Extra cost of one- and two-letter parts, which fit almost anywhere ("the seat" beats "these at").</summary>
    private const float ShortWordPenalty = 3.5f;

    /// <summary>Cost of <paramref name="word"/> as a part of a split, or +infinity when it may not be one.</summary>
    public float PartCost(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
            return word[0] is 'a' or 'A' ? 2f + ShortWordPenalty : float.PositiveInfinity;
        if (!lexicon.TryGet(word, out var entry) || !entry.IsLower) return float.PositiveInfinity;
        float cost = entry.LowerCost;
        if (word.Length == 2)
            return classes.ShortWords.Contains(word)
                ? Math.Min(cost, classes.FunctionWords.Contains(word) ? 3f : 5f) + ShortWordPenalty
                : float.PositiveInfinity;
        if (cost <= 3f) return cost;
        if (classes.FunctionWords.Contains(word)) return Math.Min(cost, 3f);
        if (word.Length == 3) return cost <= CommonCost ? cost : float.PositiveInfinity;
        if (word.Length < 7) return cost <= LargeListCost ? cost : float.PositiveInfinity;
        return cost <= RareLongCost ? cost : float.PositiveInfinity;
    }

    /// <summary>
    /// The cheapest split of <paramref name="text"/> into allowed words. Fills <paramref name="ends"/> with the
    /// end offset of each word and returns the number of words (0 when no split covers the whole text).
    /// </summary>
    public int Segment(ReadOnlySpan<char> text, Span<int> ends, out float totalCost)
    {
        Span<float> best = stackalloc float[MaxLength + 1];
        Span<int> next = stackalloc int[MaxLength + 1];
        if (!SegmentSuffixes(text, best, next)) { totalCost = float.PositiveInfinity; return 0; }
        return Path(text.Length, 0, best, next, ends, out totalCost);
    }

    /// <summary>
    /// Backward Viterbi: <paramref name="best"/>[i] is the cost of the cheapest split of text[i..], and
    /// <paramref name="next"/>[i] where its first word ends. Only word ends already reachable are tried, so a
    /// name with no word at its end costs a handful of lookups. False when no suffix splits at all.
    /// </summary>
    public bool SegmentSuffixes(ReadOnlySpan<char> text, Span<float> best, Span<int> next)
    {
        int n = text.Length;
        if (n == 0 || n > MaxLength) return false;
        best[..(n + 1)].Fill(float.PositiveInfinity);
        best[n] = 0;
        Span<int> reachable = stackalloc int[MaxLength + 1];
        int reachableCount = 1;
        reachable[0] = n;
        for (int i = n - 1; i >= 0; i--)
        {
            for (int r = 0; r < reachableCount; r++)
            {
                int end = reachable[r];
                if (end - i > MaxWordLength) continue;
                float cost = PartCost(text[i..end]);
                if (float.IsPositiveInfinity(cost)) continue;
                float total = best[end] + cost + SplitPenalty;
                if (total < best[i]) { best[i] = total; next[i] = end; }
            }
            if (!float.IsPositiveInfinity(best[i])) reachable[reachableCount++] = i;
        }
        return reachableCount > 1;
    }

    /// <summary>Reads the split of text[from..] out of a backward pass; returns the word count.</summary>
    public static int Path(int length, int from, ReadOnlySpan<float> best, ReadOnlySpan<int> next, Span<int> ends, out float totalCost)
    {
        totalCost = best[from];
        if (float.IsPositiveInfinity(totalCost)) return 0;
        int count = 0;
        for (int at = from; at < length; at = next[at])
        {
            if (count == ends.Length) return 0;
            ends[count++] = next[at] - from;
        }
        return count;
    }
}
