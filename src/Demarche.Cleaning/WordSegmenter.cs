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

    /// <summary>Cost of <paramref name="word"/> as a part of a split, or +infinity when it may not be one.</summary>
    public float PartCost(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
            return word[0] is 'a' or 'A' ? 2f : float.PositiveInfinity;
        bool function = classes.FunctionWords.Contains(word);
        if (word.Length == 2 && !classes.ShortWords.Contains(word))
            return float.PositiveInfinity;
        float cost = lexicon.LowerCost(word);
        if (function) return Math.Min(cost, 3f);
        if (word.Length == 2) return Math.Min(cost, 5f);
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
        totalCost = float.PositiveInfinity;
        int n = text.Length;
        if (n == 0 || n > MaxLength) return 0;
        Span<float> best = stackalloc float[n + 1];
        Span<int> back = stackalloc int[n + 1];
        best.Fill(float.PositiveInfinity);
        best[0] = 0;
        for (int end = 1; end <= n; end++)
        {
            for (int start = Math.Max(0, end - MaxWordLength); start < end; start++)
            {
                if (float.IsPositiveInfinity(best[start])) continue;
                float cost = PartCost(text[start..end]);
                if (float.IsPositiveInfinity(cost)) continue;
                float total = best[start] + cost + SplitPenalty;
                if (total < best[end]) { best[end] = total; back[end] = start; }
            }
        }
        if (float.IsPositiveInfinity(best[n])) return 0;
        int count = 0;
        for (int at = n; at > 0; at = back[at]) count++;
        if (count > ends.Length) return 0;
        int i = count;
        for (int at = n; at > 0; at = back[at]) ends[--i] = at;
        totalCost = best[n];
        return count;
    }
}
