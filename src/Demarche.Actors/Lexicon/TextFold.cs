using System.Globalization;
using System.Text;

namespace Demarche.Actors.Lexicon;

/// <summary>Diacritic folding and slugs for names.</summary>
public static class TextFold
{
    /// <summary>"Élysée" → "Elysee"; "Løkke" → "Lokke". Returns the input when nothing changes.</summary>
    public static string RemoveDiacritics(string s)
    {
        bool ascii = true;
        foreach (var c in s) if (c > 127) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ø' => 'o', 'Ø' => 'O', 'ł' => 'l', 'Ł' => 'L', 'đ' => 'd', 'Đ' => 'D', 'ß' => 's', 'æ' => 'a', 'Æ' => 'A', 'ı' => 'i', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Slug(string name)
    {
        var s = RemoveDiacritics(name).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        bool dash = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().TrimEnd('-');
    }
}
