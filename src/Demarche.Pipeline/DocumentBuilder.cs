using System.Security.Cryptography;
using System.Text;
using Demarche.Cleaning;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Input;

namespace Demarche.Pipeline;

/// <summary>Turns raw input into a document: main content of a web page, cleaned text, id and metadata.</summary>
public sealed class DocumentBuilder(HtmlArticleExtractor html, TextCleaner cleaner)
{
    public Document Build(RawDocument raw, DateOnly? publishedOverride = null, string? urlOverride = null)
    {
        string body;
        string? title = raw.Title, url = urlOverride ?? raw.Url;
        DateOnly? published = raw.Published;
        if (raw.Format == ContentFormat.Html)
        {
            var article = html.Extract(raw.Content, url);
            body = article.Text;
            title ??= article.Title;
            url ??= article.Url;
            published ??= article.Published;
        }
        else
        {
            body = raw.Content;
        }
        published ??= raw.FallbackPublished;

        var cleaned = cleaner.Clean(body);
        if (cleaned.Text.Length == 0)
            throw new DocumentRejectedException(raw.Format == ContentFormat.Html
                ? "no article text found in the page"
                : "the document is empty");
        if (raw.Format == ContentFormat.Text)
            title ??= Headline(cleaned.Text);

        var info = new DocumentInfo
        {
            Id = raw.Id ?? ContentId(cleaned.Text),
            Source = raw.Source,
            Title = title,
            Url = url,
            Published = publishedOverride ?? published,
        };
        return new Document(info, cleaned.Text, cleaned.Repairs);
    }

    /// <summary>sha256 of the clean text, first 16 hex characters.</summary>
    public static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>The first line is a headline when it is short, has no final stop and more text follows.</summary>
    private static string? Headline(string text)
    {
        int nl = text.IndexOf('\n');
        if (nl <= 0 || nl > 200) return null;
        var line = text.AsSpan(0, nl).Trim();
        if (line.Length < 8 || line[^1] is '.' or '!' or '?' or ',' or ';' or ':' or '"' or '\u201D') return null;
        return line.ToString();
    }
}
