namespace Demarche.Grammar.Parsing;

/// <summary>
/// News sentences often put an apposition or a non-restrictive clause between the subject and its verb ("Turkey,
/// a NATO member, criticised Sweden", "Kenya, which leads the mission, praised Haiti", "Hezbollah, backed by Iran,
/// fired rockets"). The treebanks the parser learnt from (mostly web text) have few of them, and it reads the first
/// noun phrase as a vocative or an adverbial. This finds such an interjection from the tags, so that the sentence
/// can be parsed without it and the interjection hung on the subject (<see cref="SentenceAnalyzer"/>).
/// </summary>
public static class Interjections
{
    /// <summary>The longest interjection considered, in words.</summary>
    public const int MaxLength = 30;

    /// <summary>
    /// The commas that open and close an interjection after a sentence-initial noun phrase (which may be a list),
    /// when the word after the closing comma can begin the main verb; null when there is none.
    /// </summary>
    public static (int Open, int Close)? Find(ReadOnlySpan<PosTag> tags)
    {
        int n = tags.Length;
        if (n < 5 || !CanBeginSubject(tags[0])) return null;
        // an unknown name before a comma is often tagged as an interjection ("Hezbollah, backed by Iran, …")
        bool noun = tags[0].IsNoun() || tags[0] is PosTag.PRP or PosTag.UH;
        for (int open = 1; open < n - 3; open++)
        {
            var t = tags[open];
            if (t.IsVerb() || t is PosTag.MD or PosTag.WDT or PosTag.WP or PosTag.WPS or PosTag.WRB or PosTag.Colon or PosTag.Quote or PosTag.OpenParen or PosTag.Dash) return null;
            noun |= t.IsNoun() || t == PosTag.PRP;
            if (t != PosTag.Comma || !noun || !CanBeginInterjection(tags[open + 1])) continue;
            int close = NextComma(tags, open + 1);
            if (close < 0) return null;
            if (close - open - 1 > MaxLength || close == open + 1) continue;
            if (close + 1 < n && CanBeginMainVerb(tags, close + 1)) return (open, close);
        }
        return null;
    }

    private static int NextComma(ReadOnlySpan<PosTag> tags, int from)
    {
        for (int k = from; k < tags.Length; k++)
        {
            if (tags[k] == PosTag.Comma) return k;
            if (tags[k] is PosTag.Period or PosTag.Colon) return -1;
        }
        return -1;
    }

    private static bool CanBeginSubject(PosTag t) =>
        t.IsNoun() || t == PosTag.UH || t is PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.JJS or PosTag.CD or PosTag.PRP;

    private static bool CanBeginInterjection(PosTag t) =>
        t.IsNoun() || t is PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.JJS or PosTag.CD
            or PosTag.WDT or PosTag.WP or PosTag.WPS or PosTag.VBN or PosTag.VBG;

    private static bool CanBeginMainVerb(ReadOnlySpan<PosTag> tags, int k)
    {
        if (tags[k] == PosTag.RB && k + 1 < tags.Length) k++;
        return tags[k] is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN or PosTag.MD;
    }
}
