using System.Text.RegularExpressions;

namespace Demarche.Html;

/// <summary>
/// Drops paragraphs of furniture that survive the main-content search: ad labels, "Read more"
/// and "Also read" promos, share prompts, newsletter invitations, photo credits, lists of links.
/// </summary>
public static class ParagraphFilter
{
    private static readonly Regex Label = new(
        @"^(?:close|subscribe|camera|menu|search|log in|login|sign in|next|previous|back to top|advertisement|advertisements|advertising|advert|adverts|ad|ads|don't miss|see more|more stories|trending now|recommended|you may also like|you might also like|sponsored|sponsored content|paid content|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|article continues below|skip advertisement|read more|read more:?|more:?|related:?|related articles|related stories|related content|see also:?|share(?: this)?(?: article| story)?|share on \w+|copy link|print|email|comments?|\d+ comments?|show comments|view comments|load comments|listen(?: to this article)?|image:?|photo:?|video:?|getty images|reuters|ap|afp|file photo)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PromoLead = new(
        @"^(?:read more|read also|also read|see also|related|recommended|more on this|watch|listen|click here|sign up|subscribe|follow us|follow \w+ on|download the|get the latest|don't miss|must read|trending|most read|photo|image|picture|credit|caption)\b[^a-z]?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PhotoCredit = new(
        @"^(?:\(?(?:photo|image|picture|foto|credit|illustration)s?\s*(?:by|:|credit)|©|\(c\)\s|copyright\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ReadingTime = new(
        @"\b\d+\s*(?:min|mins|minutes?)\s+(?:read|reading)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"By Jane Roe - 11/18/19", "By Jane Roe and John Doe, Reuters": a byline line.</summary>
    private static readonly Regex Byline = new(
        @"^(?:by|By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|el|da)){0,6}\s*(?:$|[,|\-–—•·]|\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"Published: 10:48, Tue, Nov 19, 2019", "Updated at 1:23 p.m.": a dateline of the page, not of the story.</summary>
    private static readonly Regex Timestamp = new(
        @"^[|\s]*(?:published|updated|posted|last updated|last modified|first published|modified)(?:\s+(?:on|at))?\s*(?::|\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NewsletterPitch = new(
        @"\b(?:sign up|signup|subscribe|subscription|newsletter|inbox|get our|delivered to you)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex TagLine = new(
        @"^(?:tags|tagged|topics|keywords|categories|filed under)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A line that is only a date and time: "23 Nov 2017", "November 20, 2019 - 11:28 AM", "2019-11-20 08:00".</summary>
    private static readonly Regex DateOnlyLine = new(
        @"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*(?:[-|,–—•·]|at)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,4})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ImageCounter = new(
        @"^(?:image|photo|picture|slide|foto)\s+\d+\s*(?:of|/)\s*\d+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ListHeading = new(
        @"^(?:tags|tagged|topics|related|related topics|related tags|keywords|categories|filed under|more on|more about|see also)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

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
