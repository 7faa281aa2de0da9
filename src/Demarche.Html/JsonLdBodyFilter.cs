using System.Text.RegularExpressions;

namespace Demarche.Html;

/// <summary>
/// Uses the page's JSON-LD articleBody as a hint: when it covers most of the extracted text (so it is
/// the full story, not a teaser), paragraphs whose words it lacks are furniture that slipped in.
/// </summary>
public static partial class JsonLdBodyFilter
{
    private const int MinBodyChars = 400;
    private const double MinCoverage = 0.7;
    private const double MinParagraphShare = 0.3;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks, string? jsonLdBody)
    {
        if (jsonLdBody is null || jsonLdBody.Length < MinBodyChars || blocks.Count == 0) return blocks;
        var known = Pairs(jsonLdBody).ToHashSet();
        int total = 0, covered = 0;
        var shares = new double[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            var pairs = Pairs(blocks[i].Text).ToList();
            int hit = pairs.Count(known.Contains);
            total += pairs.Count;
            covered += hit;
            shares[i] = pairs.Count == 0 ? 1 : (double)hit / pairs.Count;
        }
        if (total == 0 || (double)covered / total < MinCoverage) return blocks;
        var kept = new List<TextBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
            if (shares[i] >= MinParagraphShare) kept.Add(blocks[i]);
        return kept;
    }

    /// <summary>The JSON-LD body as paragraphs: its line breaks become blank lines, other whitespace single spaces.</summary>
    public static string AsText(string jsonLdBody) =>
        string.Join("\n\n", jsonLdBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Spaces().Replace(System.Net.WebUtility.HtmlDecode(line), " ")));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Adjacent word pairs, lower-cased: robust to the markup's spacing and punctuation.</summary>
    private static IEnumerable<(string, string)> Pairs(string text)
    {
        string? previous = null;
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            if (previous is not null) yield return (previous, w);
            previous = w;
        }
    }
}
