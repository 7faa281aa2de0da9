using System.Text;
using Demarche.Actors.Lexicon;

namespace Demarche.Places;

/// <summary>The lookup form of a place name: diacritics folded, lower case, apostrophes dropped, spaces single.</summary>
public static class PlaceNames
{
    public static string Key(ReadOnlySpan<char> name)
    {
        if (IsPlainLower(name)) return name.ToString();
        var folded = TextFold.RemoveDiacritics(name.ToString());
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (var c in folded)
        {
            if (c is '\'' or '’' or 'ʼ' or '‘' or 'ʻ' or 'ʿ' or 'ʾ') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The key of a name into <paramref name="destination"/> without allocating: the same characters as
    /// <see cref="Key"/> (a name with letters beyond ASCII folded as <see cref="TextFold.RemoveDiacritics"/> folds
    /// them). False, and nothing written, for a destination too short; the caller then asks <see cref="Key"/>.
    /// </summary>
    public static bool TryWriteKey(ReadOnlySpan<char> name, Span<char> destination, out int length)
    {
        length = 0;
        if (name.Length > destination.Length) return false;
        bool ascii = System.Text.Ascii.IsValid(name);
        bool space = false;
        foreach (var letter in name)
        {
            var c = letter;
            if (!ascii)
            {
                if (TextFold.IsCombiningMark(c)) continue;
                c = TextFold.Fold(c);
            }
            if (c is '\'' or '’' or 'ʼ' or '‘' or 'ʻ' or 'ʿ' or 'ʾ') continue;
            if (char.IsWhiteSpace(c)) { space = length > 0; continue; }
            if (space) { destination[length++] = ' '; space = false; }
            destination[length++] = char.ToLowerInvariant(c);
        }
        return true;
    }

    /// <summary>Already a key: lower-case ASCII letters, digits, hyphens, dots and single inner spaces.</summary>
    private static bool IsPlainLower(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s[0] == ' ' || s[^1] == ' ') return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or ',') continue;
            if (c == ' ' && s[i - 1] != ' ') continue;
            return false;
        }
        return true;
    }
}
