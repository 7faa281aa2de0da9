using Demarche.Core.Data;
using System.Text.RegularExpressions;

namespace Demarche.Html;

/// <summary>
/// Drops paragraphs of furniture that survive the main-content search: ad labels, "Read more"
/// and "Also read" promos, share prompts, newsletter invitations, photo credits, lists of links.
/// </summary>
public static class ParagraphFilter
{
    /// <summary>The patterns of data/cleaning/paragraph-patterns.tsv (name, case, .NET regular expression).</summary>
    private static readonly PatternTable Patterns = PatternTable.Load(DataDirectory.File("cleaning", "paragraph-patterns.tsv"));

    private static readonly Regex Label = Patterns.Get("label");
    private static readonly Regex PromoLead = Patterns.Get("promo-lead");
    private static readonly Regex PhotoCredit = Patterns.Get("photo-credit");
    private static readonly Regex ReadingTime = Patterns.Get("reading-time");
    private static readonly Regex Byline = Patterns.Get("byline");
    private static readonly Regex Timestamp = Patterns.Get("timestamp");
    private static readonly Regex NewsletterPitch = Patterns.Get("newsletter-pitch");
    private static readonly Regex TagLine = Patterns.Get("tag-line");
    private static readonly Regex DateOnlyLine = Patterns.Get("date-only-line");
    private static readonly Regex ImageCounter = Patterns.Get("image-counter");
    private static readonly Regex ListHeading = Patterns.Get("list-heading");

    public static IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new List<TextBlock>(blocks.Count);
        bool afterListHeading = false;
        foreach (var b in blocks)
        {
            // "Tags" / "Related" headings: the link list that follows goes with them.
            if (afterListHeading && b.LinkDensity > 0.5) continue;
            afterListHeading = ListHeading.IsMatch(b.Text.Trim());
            if (afterListHeading || IsFurniture(b)) continue;
            kept.Add(b);
        }
        return kept;
    }

    public static bool IsFurniture(TextBlock b)
    {
        var t = b.Text.Trim();
        if (t.Length == 0) return true;
        if (Label.IsMatch(t)) return true;
        if (t.Length < 60 && (DateOnlyLine.IsMatch(t) || ImageCounter.IsMatch(t))) return true;
        if (t.Length < 200 && PhotoCredit.IsMatch(t)) return true;
        if (t.Length < 100 && ReadingTime.IsMatch(t)) return true;
        if (t.Length < 120 && Byline.IsMatch(t) && !t.EndsWith('.')) return true;
        if (t.Length < 120 && Timestamp.IsMatch(t)) return true;
        if (t.Length < 400 && TagLine.IsMatch(t) && b.LinkDensity > 0.4) return true;
        // A newsletter pitch names two of the signs (sign up … newsletter … inbox).
        if (t.Length < 300 && NewsletterPitch.Matches(t).Select(m => m.Value.ToLowerInvariant()).Distinct().Count() >= 2) return true;
        // A promo line: starts like one and is mostly a link.
        if (t.Length < 250 && PromoLead.IsMatch(t) && b.LinkDensity > 0.4) return true;
        // Lists of links (related stories, tags) inside the body.
        if (b.Tag == "li" && b.LinkDensity > 0.6) return true;
        if (b.LinkDensity > 0.8 && t.Length < 150) return true;
        return false;
    }
}
