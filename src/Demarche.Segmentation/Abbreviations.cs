using Demarche.Core.Data;

namespace Demarche.Segmentation;

/// <summary>Words that take a period without ending a sentence (Mr., Gen., Jan. 5, No. 10): data/lexicon/abbreviations.tsv.</summary>
public static class Abbreviations
{
    private static readonly ILookup<string, string> ByKind = TsvFile.Read(DataDirectory.File("lexicon", "abbreviations.tsv"), 2, "abbreviation, kind")
        .ToLookup(f => f[1].Trim(), f => f[0].Trim(), StringComparer.Ordinal);

    /// <summary>Titles and other abbreviations that are always followed by more of the sentence.</summary>
    private static readonly HashSet<string> Always = Kind("always");

    /// <summary>Abbreviations that count as such only before a number (No. 10, Jan. 5, Art. 51).</summary>
    private static readonly HashSet<string> BeforeNumber = Kind("before-number");

    /// <summary>Abbreviations that may also end a sentence (in the U.S. The next …).</summary>
    private static readonly HashSet<string> MayEnd = Kind("may-end");

    private static HashSet<string> Kind(string kind) => new(ByKind[kind], StringComparer.OrdinalIgnoreCase);

    public static bool IsAlways(ReadOnlySpan<char> word) => Always.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    public static bool MayEndSentence(ReadOnlySpan<char> wordWithoutFinalPeriod) => MayEnd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithoutFinalPeriod)
        || IsCorporate(wordWithoutFinalPeriod);

    private static bool IsCorporate(ReadOnlySpan<char> w) => w.Equals("inc", StringComparison.OrdinalIgnoreCase);
}
