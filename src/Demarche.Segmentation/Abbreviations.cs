namespace Demarche.Segmentation;

/// <summary>Words that take a period without ending a sentence (Mr., Gen., Jan. 5, No. 10).</summary>
public static class Abbreviations
{
    /// <summary>Titles and other abbreviations that are always followed by more of the sentence.</summary>
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cdr",
        "gov", "sen", "rep", "reps", "rev", "hon", "pres", "amb", "supt", "insp", "cpl", "pvt", "brig", "fr", "sr", "jr",
        "st", "mt", "ft", "ave", "blvd", "rd", "vs", "etc", "approx", "est", "dept", "univ", "assn", "bros",
        "e.g", "i.e", "cf", "al", "viz", "ca", "fig", "figs", "vol", "vols", "pp", "ed", "eds",
    };

    /// <summary>Abbreviations that count as such only before a number (No. 10, Jan. 5, Art. 51).</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "art", "arts", "para", "sec", "ch", "op", "p",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Abbreviations that may also end a sentence (in the U.S. The next …).</summary>
    private static readonly HashSet<string> MayEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "plc", "jr", "sr", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a",
    };

    public static bool IsAlways(ReadOnlySpan<char> word) => Always.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    public static bool MayEndSentence(ReadOnlySpan<char> wordWithoutFinalPeriod) => MayEnd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithoutFinalPeriod)
        || IsCorporate(wordWithoutFinalPeriod);

    private static bool IsCorporate(ReadOnlySpan<char> w) => w.Equals("inc", StringComparison.OrdinalIgnoreCase);
}
