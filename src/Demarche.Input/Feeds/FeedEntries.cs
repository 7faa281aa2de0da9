using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Demarche.Input.Feeds;

/// <summary>One item of a feed: its HTML (or plain text) content, title, link, id and date.</summary>
public sealed record FeedEntry(string? Id, string? Title, string? Link, string Content, bool IsHtml, DateOnly? Published)
{
    /// <summary>The length of the content's text, tags left out: how much of the article the feed carries.</summary>
    public int TextLength => IsHtml ? FeedEntries.TextLength(Content) : Content.Trim().Length;
}

/// <summary>Parses RSS 0.9x/1.0 (RDF)/2.0, Atom and JSON Feed documents into <see cref="FeedEntry"/>s (CodeHollow.FeedReader).</summary>
public static partial class FeedEntries
{
    /// <summary>The feed's items, in document order; relative links are resolved against <paramref name="baseUri"/> (the feed's address).</summary>
    /// <exception cref="FormatException">The text is not a feed the parser understands.</exception>
    public static IReadOnlyList<FeedEntry> Parse(string text, Uri? baseUri = null)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FormatException("not a readable RSS, Atom or JSON feed: " + FirstSentence(ex.Message), ex);
        }
        return feed.Items.Select(item => ToEntry(item, baseUri)).ToList();
    }

    private static FeedEntry ToEntry(FeedItem item, Uri? baseUri)
    {
        string? content = Blank(item.Content) ?? Blank(item.Description);
        bool isHtml = true;
        string? dateText = item.PublishingDateString;
        DateTime? date = item.PublishingDate;
        string? id = Blank(item.Id);
        switch (item.SpecificItem)
        {
            case AtomFeedItem atom:
                content = Blank(atom.Content) ?? Blank(atom.Summary);
                (dateText, date) = Blank(atom.PublishedDateString) is not null
                    ? (atom.PublishedDateString, atom.PublishedDate)
                    : (atom.UpdatedDateString, atom.UpdatedDate);
                break;
            case JsonFeedItem json:
                content = Blank(json.ContentHtml);
                if (content is null && Blank(json.ContentText ?? json.Summary) is { } plain)
                    (content, isHtml) = (plain, false);
                (dateText, date) = (json.DatePublishedString ?? json.DateModifiedString, json.DatePublished ?? json.DateModified);
                break;
            case Rss10FeedItem rdf:
                dateText ??= rdf.DC?.DateString;
                date ??= rdf.DC?.Date;
                break;
            case Rss20FeedItem rss when dateText is null:
                (dateText, date) = (rss.DC?.DateString, rss.DC?.Date);
                break;
        }
        var title = Blank(item.Title) is { } t ? WebUtility.HtmlDecode(Tags().Replace(t, "")).Trim() : null;
        var link = Resolve(Blank(item.Link)?.Trim(), baseUri);
        return new FeedEntry(id ?? link, title, link, content ?? "", isHtml, DateOf(dateText, date));
    }

    /// <summary>The date as the publisher wrote it (its own time zone), else the parser's.</summary>
    private static DateOnly? DateOf(string? text, DateTime? parsed)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var s = text.Trim();
            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
                return DateOnly.FromDateTime(dto.DateTime);
            // RFC 822 zones written as +0200 or with a name (EST) that .NET does not read: drop the zone.
            var m = Rfc822Date().Match(s);
            if (m.Success && DateTime.TryParseExact(m.Groups[1].Value, ["d MMM yyyy", "dd MMM yyyy", "d MMM yy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
                return DateOnly.FromDateTime(d);
        }
        return parsed is { } p ? DateOnly.FromDateTime(p) : null;
    }

    /// <summary>A relative link ("/world/1.html", "2.html") made absolute against the feed's address; others as they are.</summary>
    /// (A link is absolute when it starts with a scheme: on Unix, .NET takes "/news/1.html" for an absolute file path.)
    private static string? Resolve(string? link, Uri? baseUri) =>
        link is not null && baseUri is not null && !Scheme().IsMatch(link) && Uri.TryCreate(baseUri, link, out var absolute)
            ? absolute.ToString() : link;

    internal static int TextLength(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim().Length;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return (dot > 0 ? message[..dot] : message).TrimEnd('.');
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4})")]
    private static partial Regex Rfc822Date();
}
