namespace Demarche.Cleaning;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1: "â€™" → "’", "Ã©" → "é", "Â " → no-break
/// space. A sequence is only repaired when its characters map back to a well-formed UTF-8 multi-byte
/// sequence, which ordinary text practically never contains.
/// </summary>
public static class Mojibake
{
    /// <summary>Latin-1 characters whose byte starts a UTF-8 sequence for punctuation or European, Greek,
    /// Cyrillic, Hebrew or Arabic letters.</summary>
    public const string LeadCharacters = "\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00CE\u00CF\u00D0\u00D1\u00D7\u00D8\u00D9\u00DA\u00DB\u00E2";

    public static bool IsLead(char c) => LeadCharacters.Contains(c);

    /// <summary>Decodes the sequence starting at <paramref name="at"/>; false when it is not mojibake.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, int at, out string decoded, out int used)
    {
        decoded = "";
        used = 0;
        int lead = text[at];
        int length = lead >= 0xE0 ? 3 : 2;
        if (at + length > text.Length) return false;
        int codePoint = lead & (length == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < length; k++)
        {
            int b = ByteOf(text[at + k]);
            if (b < 0x80 || b > 0xBF) return false;
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        if (length == 2 && codePoint < 0x80) return false;
        if (length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) return false;
        decoded = char.ConvertFromUtf32(codePoint);
        used = length;
        return true;
    }

    /// <summary>The Windows-1252 (or Latin-1) byte that decodes to <paramref name="c"/>, or -1.</summary>
    private static int ByteOf(char c)
    {
        if (c >= '\u0080' && c <= '\u00FF') return c;
        return c switch
        {
            '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85,
            '\u2020' => 0x86, '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A,
            '\u2039' => 0x8B, '\u0152' => 0x8C, '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92,
            '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95, '\u2013' => 0x96, '\u2014' => 0x97,
            '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B, '\u0153' => 0x9C,
            '\u017E' => 0x9E, '\u0178' => 0x9F,
            _ => -1,
        };
    }
}
