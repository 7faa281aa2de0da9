using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Demarche.Html;

/// <summary>
/// Removes page furniture before the main-content search: navigation, share and cookie bars,
/// newsletter boxes, related-story lists, ads, captions. An element is recognised by its tag,
/// ARIA role, or class/id words, and is kept anyway when it holds much of the page's paragraph text
/// (so a wrapper named "article-with-sidebar" survives).
/// </summary>
public static class BoilerplateRemover
{
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "input",
        "nav", "aside", "figcaption", "dialog", "menu", "object", "embed", "canvas", "video", "audio",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>
    /// Words in class or id (split at '-', '_', spaces and camelCase) that name furniture. The boundaries are
    /// look-arounds (not a letter before, not one after), so the engine can jump to the words' first letters.
    /// </summary>
    private static readonly Regex FurnitureName = new(
        @"(?<![a-z])(?:share|sharing|sharebar|socials|social-(?:links|share|icons|buttons|bar|follow|tools)|related|recommended|recommendations?|newsletters?|subscribe|subscription|signup|cookies?|consent|gdpr|promo|promos|promotion|advert|advertisement|adverts|ad|ads|adslot|adunit|dfp|gpt|sponsored|sponsor|outbrain|taboola|mostread|most-read|most-popular|popular|trending|comments?|breadcrumbs?|caption|captions|credit|credits|sidebar|footer|navbar|nav|navigation|menu|toolbar|modal|popup|readmore|read-more|also-read|more-stories|more-from|next-article|tags|tag-list|topics|paywall|disclaimer|copyright|byline|dateline|author|authors|timestamp|published|pubdate|meta|metadata|readtime|read-time|reading-time|skip|visually-hidden|sr-only|screen-reader)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);


    /// <summary>Pages with more elements than this lose their empty ones (the main-content search is quadratic).</summary>
    private const int PruneAbove = 3000;

    /// <summary>An element holding more than this share of the page's paragraph text is never removed by name.</summary>
    private const double ProtectedShare = 0.3;

    public static void Clean(IHtmlDocument doc)
    {
        // one walk of the page for the furniture tags (removing an element inside a removed one changes nothing)
        foreach (var e in doc.QuerySelectorAll("*").Where(e => FurnitureTags.Contains(e.LocalName)).ToList()) e.Remove();

        var body = doc.Body;
        if (body is null) return;
        var paragraphChars = ParagraphChars(body, out int total);
        var doomed = new List<IElement>();
        foreach (var e in body.QuerySelectorAll("*"))
        {
            if (e.LocalName is "html" or "body" or "main" or "article") continue;
            var names = Names(e);
            if (!IsFurniture(e, names) && !IsImageWithCaption(e, names)) continue;
            if (paragraphChars.TryGetValue(e, out int chars) && chars > ProtectedShare * total) continue;
            if (IsInlineInRunningText(e)) continue;
            doomed.Add(e);
        }
        foreach (var e in doomed) e.Remove();
        if (body.GetElementsByTagName("*").Length > PruneAbove) RemoveEmpty(body);
    }

    /// <summary>
    /// Removes elements without any text (icons, spacers, empty ad slots): fewer elements keep the
    /// main-content search fast. Line breaks stay.
    /// </summary>
    public static void RemoveEmpty(IElement body)
    {
        var all = body.QuerySelectorAll("*").ToList();
        var hasText = new HashSet<IElement>();
        for (int i = all.Count - 1; i >= 0; i--)
        {
            var e = all[i];
            if (e.LocalName is "br" or "hr" || HasOwnText(e) || e.Children.Any(hasText.Contains))
                hasText.Add(e);
        }
        // Group by parent: removing children one at a time costs a list search each.
        var byParent = new Dictionary<IElement, int>();
        foreach (var e in all)
            if (!hasText.Contains(e) && e.ParentElement is { } parent && (parent == body || hasText.Contains(parent)))
                byParent[parent] = byParent.GetValueOrDefault(parent) + 1;
        foreach (var (parent, count) in byParent)
        {
            if (count < 64)
            {
                foreach (var child in parent.Children.Where(c => !hasText.Contains(c)).ToList()) child.Remove();
                continue;
            }
            var kept = parent.ChildNodes.Where(n => n is not IElement c || hasText.Contains(c)).ToList();
            parent.TextContent = "";
            foreach (var n in kept) parent.AppendChild(n);
        }
    }

    private static bool HasOwnText(IElement e)
    {
        foreach (var child in e.ChildNodes)
            if (child is IText t && !string.IsNullOrWhiteSpace(t.Data)) return true;
        return false;
    }

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "a", "em", "strong", "b", "i", "u", "time", "small", "abbr", "cite", "mark", "font", "sup", "sub",
    };

    /// <summary>An inline element inside a sentence ("&lt;span class=dateline&gt;CITY, Date&lt;/span&gt; — The …") is part of the text.</summary>
    private static bool IsInlineInRunningText(IElement e)
    {
        if (!InlineTags.Contains(e.LocalName) || e.ParentElement is not { } parent) return false;
        if (parent.LocalName is not ("p" or "li" or "blockquote" or "td" or "dd")) return false;
        return parent.TextContent.Trim().Length > e.TextContent.Trim().Length + 40;
    }

    private static readonly Regex ImageName = new(
        @"(?<![a-z])(?:image|images|img|photo|photos|picture|pic|figure|media|gallery|slideshow|lead-art|leadart|thumbnail)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>An image container ("div.image") with an image and a short text: the text is its caption or credit.</summary>
    public static bool IsImageWithCaption(IElement e) => IsImageWithCaption(e, Names(e));

    private static bool IsImageWithCaption(IElement e, string? names)
    {
        if (e.LocalName is "p" or "li" or "blockquote" or "table") return false;
        if (names is null || !ImageName.IsMatch(names)) return false;
        if (e.QuerySelector("img, picture") is null) return false;
        return e.TextContent.Trim().Length < 400 && e.QuerySelectorAll("p").Length <= 2;
    }

    public static bool IsFurniture(IElement e) => IsFurniture(e, Names(e));

    private static bool IsFurniture(IElement e, string? names)
    {
        var role = e.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim())) return true;
        if (e.LocalName is "footer" or "header" && e.ParentElement?.LocalName is "body" or "html") return true;
        if (e.HasAttribute("hidden")) return true;
        return names is not null && FurnitureName.IsMatch(names);
    }

    /// <summary>
    /// The element's class and id as the name patterns read them: "class id", camelCase humps split with '-'
    /// ("shareBar" → "share-bar"), lower case; null when it has neither. Made once per element for both patterns.
    /// </summary>
    private static string? Names(IElement e)
    {
        var cls = e.GetAttribute("class") ?? "";
        var id = e.GetAttribute("id") ?? "";
        if (cls.Length + id.Length == 0) return null;
        var names = new System.Text.StringBuilder(cls.Length + id.Length + 8);
        AppendSplitAtHumps(names, cls);
        names.Append(' ');
        AppendSplitAtHumps(names, id);
        return names.ToString().ToLowerInvariant();
    }

    private static void AppendSplitAtHumps(System.Text.StringBuilder names, string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsAsciiLetterLower(s[i - 1]) && char.IsAsciiLetterUpper(s[i])) names.Append('-');
            names.Append(s[i]);
        }
    }

    /// <summary>Characters of &lt;p&gt; text under each element.</summary>
    private static Dictionary<IElement, int> ParagraphChars(IElement body, out int total)
    {
        var chars = new Dictionary<IElement, int>();
        total = 0;
        foreach (var p in body.GetElementsByTagName("p"))
        {
            int n = p.TextContent.Length;
            total += n;
            for (var a = p.ParentElement; a is not null; a = a.ParentElement)
                chars[a] = chars.GetValueOrDefault(a) + n;
        }
        return chars;
    }
}
