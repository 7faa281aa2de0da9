using System.Text.RegularExpressions;

namespace Demarche.Places;

/// <summary>
/// The dateline that opens a wire story's first paragraph: "KYIV, Ukraine (Reuters) —", "ADDIS ABABA, Oct 8 (Wire) —",
/// "HONIARA —": the place in capitals, perhaps its country or a date, perhaps the agency, then a dash.
/// </summary>
public static partial class Dateline
{
    [GeneratedRegex(@"^(?<name>[A-Z][A-Z'’.\- ]{1,40}?)(?:,\s*(?<qual>[A-Z][A-Za-z'’. ]{1,30}?))?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-)\s")]
    private static partial Regex Pattern();

    private const int ParagraphsRead = 4;

    /// <summary>The dateline's place, or null when the article opens without one.</summary>
    public static PlaceMention? Find(string text, Gazetteer gazetteer)
    {
        int start = 0;
        for (int n = 0; n < ParagraphsRead && start < text.Length; n++)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var m = Pattern().Match(text, start, end - start);
            if (m.Success && m.Index == start)
            {
                var name = m.Groups["name"];
                var places = gazetteer.Find(PlaceNames.Key(name.Value.Trim()));
                if (places.Count > 0)
                {
                    Place? qualifier = null;
                    if (m.Groups["qual"] is { Success: true } q)
                        qualifier = gazetteer.Find(PlaceNames.Key(q.Value.Trim())).FirstOrDefault(p => p.Kind != PlaceKind.City);
                    int nameEnd = name.Index + name.Value.TrimEnd().Length;
                    return new PlaceMention(name.Index, nameEnd, places) { Qualifier = qualifier };
                }
            }
            start = end + 1;
            while (start < text.Length && text[start] == '\n') start++;
        }
        return null;
    }
}
