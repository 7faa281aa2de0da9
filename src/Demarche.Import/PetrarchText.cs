using System.Globalization;

namespace Demarche.Import;

/// <summary>How PETRARCH writes words: upper case, underscores between the words of a phrase, a trailing _ for "no plural".</summary>
internal static class PetrarchText
{
    /// <summary>"MEET_WITH" → "meet with".</summary>
    public static string Words(string phrase) =>
        string.Join(' ', phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>"UNITED_NATIONS_" → "United Nations"; acronyms ("U.N.", "UNHCR") and short all-capital words stay as they are.</summary>
    public static string Name(string phrase)
    {
        var words = phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Contains('.') || w.Length <= 3 && words.Length == 1 || IsAcronym(w) ? w : TitleCase(w)));
    }

    private static readonly HashSet<string> Lower = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "del", "la", "al", "el", "in", "on", "to" };

    private static string TitleCase(string w)
    {
        var lower = w.ToLowerInvariant();
        if (Lower.Contains(lower)) return lower;
        return string.Join('-', lower.Split('-').Select(p => p.Length == 0 ? p : char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
    }

    /// <summary>A word written as an acronym: no vowels, or a known short organisation form (UN, EU, UNHCR).</summary>
    private static bool IsAcronym(string w) => w.Length is >= 2 and <= 6 && w.All(char.IsAsciiLetterUpper) && !w.Any(c => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y');

    /// <summary>Text before a comment (# or ;).</summary>
    public static string WithoutComment(string line)
    {
        int hash = line.IndexOf('#');
        int semi = line.IndexOf(';');
        int cut = hash < 0 ? semi : semi < 0 ? hash : Math.Min(hash, semi);
        return cut < 0 ? line : line[..cut];
    }
}
