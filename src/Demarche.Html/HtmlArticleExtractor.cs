using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Demarche.Html;

/// <summary>Extracts an article's main text and metadata from a saved web page.</summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public ExtractedArticle Extract(string html, string? url = null)
    {
        var article = SmartReader.Reader.ParseArticle(url ?? "https://localhost/", html);
        var text = article.IsReadable ? BlockText(article.Content) : "";
        return new ExtractedArticle(text, string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(), url, null);
    }

    private static string BlockText(string contentHtml)
    {
        var doc = Parser.ParseDocument(contentHtml);
        var sb = new StringBuilder();
        foreach (var block in doc.QuerySelectorAll("p, h1, h2, h3, h4, li, blockquote"))
        {
            if (block.ParentElement?.Closest("p, li, blockquote") is not null) continue;
            var t = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(t);
        }
        return sb.ToString();
    }
}
