using System.Text;

namespace Demarche.Actors.Lexicon;

/// <summary>Diacritic folding and slugs for names.</summary>
public static class TextFold
{
    // Latin letters with diacritics and their plain forms (the runtime runs with invariant globalization, so
    // string.Normalize cannot be relied on); generated from Unicode decompositions of U+00C0..U+024F.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳøØłŁđĐßæÆıœŒħĦ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyoOlLdDsaAioOhH";
    private static readonly Dictionary<char, char> FoldMap = BuildMap();

    private static Dictionary<char, char> BuildMap()
    {
        var m = new Dictionary<char, char>(Accented.Length);
        for (int i = 0; i < Accented.Length; i++) m[Accented[i]] = Plain[i];
        return m;
    }

    /// <summary>A combining mark, which <see cref="RemoveDiacritics"/> drops.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>The plain letter of a letter with a diacritic ('é' → 'e'), as <see cref="RemoveDiacritics"/> folds it; any other char itself.</summary>
    public static char Fold(char c) => FoldMap.TryGetValue(c, out var p) ? p : c;

    /// <summary>"Élysée" → "Elysee"; "Løkke" → "Lokke". Returns the input when nothing changes.</summary>
    public static string RemoveDiacritics(string s)
    {
        bool ascii = true;
        foreach (var c in s) if (c > 127) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (IsCombiningMark(c)) continue;
            sb.Append(Fold(c));
        }
        return sb.ToString();
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
