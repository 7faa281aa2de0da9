namespace Demarche.Quotes;

/// <summary>Which quote marks exist and how the characters around a mark say whether it opens or closes.</summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033';
    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';
    public static bool IsMark(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>A letter or digit: the neighbour that makes ’ an apostrophe (don’t, Israel’s).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u2026';
    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '/' or '\u2026';

    /// <summary>Marks whose shape says they open (“ „ « ‘ ‚ ‹), even with a space after them (« Bonjour »).</summary>
    public static bool IsOpeningShape(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u201A' or '\u2039';
    /// <summary>Marks whose shape says they close (” » ’ ›), even with a space before them.</summary>
    public static bool IsClosingShape(char c) => c is '\u201D' or '\u00BB' or '\u2019' or '\u203A';

    /// <summary>The mark stands alone between blanks (or a blank and the line's end), as in French spacing.</summary>
    public static bool IsSpaced(string text, int i, int paraStart, int paraEnd)
    {
        bool blankBefore = i - 1 < paraStart || char.IsWhiteSpace(text[i - 1]);
        bool blankAfter = i + 1 >= paraEnd || char.IsWhiteSpace(text[i + 1]) || IsClosingPunctuation(text[i + 1]);
        return blankBefore && blankAfter;
    }

    /// <summary>The mark can open a quote: something non-blank follows and nothing word-like glues it on the left.</summary>
    public static bool CanOpen(string text, int i, int paraStart, int paraEnd)
    {
        char? next = i + 1 < paraEnd ? text[i + 1] : null;
        char? prev = i - 1 >= paraStart ? text[i - 1] : null;
        if (next is null || char.IsWhiteSpace(next.Value) || next.Value is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']') return false;
        return prev is null || char.IsWhiteSpace(prev.Value) || IsOpeningPunctuation(prev.Value) || IsMark(prev.Value);
    }

    /// <summary>The mark can close a quote: something non-blank precedes it and a blank, punctuation or the end follows.</summary>
    public static bool CanClose(string text, int i, int paraStart, int paraEnd)
    {
        char? next = i + 1 < paraEnd ? text[i + 1] : null;
        char? prev = i - 1 >= paraStart ? text[i - 1] : null;
        if (prev is null || char.IsWhiteSpace(prev.Value)) return false;
        return next is null || char.IsWhiteSpace(next.Value) || IsClosingPunctuation(next.Value) || IsMark(next.Value);
    }
}
