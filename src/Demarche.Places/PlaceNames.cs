using System.Text;
using Demarche.Actors.Lexicon;

namespace Demarche.Places;

/// <summary>The lookup form of a place name: diacritics folded, lower case, apostrophes dropped, spaces single.</summary>
public static class PlaceNames
{
    public static string Key(ReadOnlySpan<char> name)
    {
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
}
