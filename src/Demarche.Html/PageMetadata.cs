using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Demarche.Html;

/// <summary>What a page says of itself: title, canonical address, publication date, and the JSON-LD article body if any.</summary>
public sealed record PageMetadata(string? Title, string? Url, DateOnly? Published, string? JsonLdBody)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publication_date", "publication-date", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date", "parsely-pub-date",
        "article.published", "published_time", "published-date", "date", "og:published_time", "original-publish-date",
        "displaydate", "dc.date.created", "article_date_original", "cxenseparse:recs:publishtime",
    ];

    private static readonly Regex IsoDate = new(@"(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)", RegexOptions.CultureInvariant);
    private static readonly Regex CompactDate = new(@"^(?<y>(?:19|20)\d\d)(?<m>\d\d)(?<d>\d\d)", RegexOptions.CultureInvariant);
    private static readonly Regex TitleSeparator = new(@"\s+(?:[|\-–—·•:]|::|»|/)\s+", RegexOptions.CultureInvariant);

    public static PageMetadata Read(IHtmlDocument doc, string? url)
    {
        var jsonLd = JsonLdArticle.Read(doc);
        var metas = MetaTags(doc);
        var title = ReadTitle(doc, metas, jsonLd.Headline);
        var canonical = Canonical(doc, metas, url);
        var published = MetaDate(metas) ?? ParseDate(jsonLd.DatePublished) ?? TimeDate(doc);
        return new PageMetadata(title, canonical ?? url, published, jsonLd.ArticleBody);
    }

    /// <summary>
    /// The page's meta tags, read in one walk: each key (property, else name, else itemprop; any case) with the
    /// first non-empty content the page gives it.
    /// </summary>
    private static Dictionary<string, string> MetaTags(IHtmlDocument doc)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is null || metas.ContainsKey(key)) continue;
            var content = (meta.GetAttribute("content") ?? "").Trim();
            if (content.Length > 0) metas[key] = content;
        }
        return metas;
    }

    /// <summary>The content of the first of these keys that the page has.</summary>
    private static string? Meta(Dictionary<string, string> metas, params string[] names)
    {
        foreach (var name in names)
            if (metas.TryGetValue(name, out var content)) return content;
        return null;
    }

    private static string? ReadTitle(IHtmlDocument doc, Dictionary<string, string> metas, string? jsonLdHeadline)
    {
        var og = Clean(Meta(metas, "og:title", "twitter:title"));
        var h1 = Clean(doc.QuerySelector("h1")?.TextContent);
        var titleTag = Clean(doc.Title);
        var site = Clean(Meta(metas, "og:site_name", "application-name"));
        foreach (var candidate in new[] { og, Clean(jsonLdHeadline), titleTag })
        {
            if (candidate is null) continue;
            var stripped = StripSiteName(candidate, site, h1);
            if (stripped.Length > 0) return stripped;
        }
        return h1;
    }

    /// <summary>"Headline | Site" → "Headline": drops the part naming the site, or keeps the longest part.</summary>
    public static string StripSiteName(string title, string? siteName, string? h1 = null)
    {
        if (h1 is not null && title.Contains(h1, StringComparison.Ordinal)) return h1;
        var parts = TitleSeparator.Split(title);
        if (parts.Length < 2) return title;
        if (siteName is not null)
        {
            var kept = parts.Where(p => !p.Equals(siteName, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (kept.Length < parts.Length && kept.Length > 0)
                return string.Join(" - ", kept);
        }
        // Site names sit at the ends; the headline is the longest part when it clearly dominates.
        var first = parts[0];
        var last = parts[^1];
        if (first.Length >= last.Length * 2 && first.Split(' ').Length >= 4) return string.Join(" - ", parts[..^1]);
        if (last.Length >= first.Length * 2 && last.Split(' ').Length >= 4) return string.Join(" - ", parts[1..]);
        return title;
    }

    private static string? Canonical(IHtmlDocument doc, Dictionary<string, string> metas, string? url)
    {
        var href = doc.QuerySelectorAll("link[rel]")
            .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href)) href = Meta(metas, "og:url");
        if (string.IsNullOrEmpty(href)) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == "http" || abs.Scheme == "https")) return abs.ToString();
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var rel))
            return rel.ToString();
        return null;
    }

    private static DateOnly? MetaDate(Dictionary<string, string> metas)
    {
        foreach (var name in DateMetaNames)
        {
            var date = ParseDate(Meta(metas, name));
            if (date is not null) return date;
        }
        return null;
    }

    private static DateOnly? TimeDate(IHtmlDocument doc)
    {
        var times = doc.QuerySelectorAll("time[datetime]").ToList();
        var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || string.Equals(t.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase));
        foreach (var t in preferred is null ? times : times.Prepend(preferred))
        {
            var date = ParseDate(t.GetAttribute("datetime"));
            if (date is not null) return date;
        }
        return null;
    }

    /// <summary>The calendar date as written: "2025-09-26T02:42:00+08:00" → 2025-09-26 (no time-zone shift).</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        var m = IsoDate.Match(value);
        if (!m.Success) m = CompactDate.Match(value);
        if (m.Success && DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
            && dto.Year is >= 1900 and <= 2100)
            return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length == 0 ? null : s;
    }
}

/// <summary>The first article-like object in the page's JSON-LD scripts (searching @graph and arrays).</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? ArticleBody)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle Read(IHtmlDocument doc)
    {
        string? headline = null, date = null, body = null;
        foreach (var script in doc.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim(), Options);
                Visit(json.RootElement, ref headline, ref date, ref body);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return new JsonLdArticle(headline, date, body);
    }

    /// <summary>Breadth-first over objects and arrays (explicit queue, no recursion).</summary>
    private static void Visit(JsonElement root, ref string? headline, ref string? date, ref string? body)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var e = queue.Dequeue();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray()) queue.Enqueue(item);
                continue;
            }
            if (e.ValueKind != JsonValueKind.Object) continue;
            date ??= StringProperty(e, "datePublished") ?? StringProperty(e, "dateCreated");
            if (IsArticle(e))
            {
                headline ??= StringProperty(e, "headline");
                var b = StringProperty(e, "articleBody");
                if (b is not null && (body is null || b.Length > body.Length)) body = b;
            }
            foreach (var p in e.EnumerateObject())
                if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && p.Name != "publisher" && p.Name != "author")
                    queue.Enqueue(p.Value);
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return e.TryGetProperty("articleBody", out _);
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "Report" or "BlogPosting" or "LiveBlogPosting" or "WebPage");
    }

    private static string? StringProperty(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
