using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Demarche.Html;

/// <summary>
/// Extracts an article's main text and metadata from a saved web page: parse once (AngleSharp),
/// refuse absurd nesting, read metadata, strip furniture, find the main content (SmartReader),
/// write it as paragraphs and drop furniture paragraphs that remain.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <exception cref="Demarche.Core.Model.DocumentRejectedException">The page nests elements too deeply to process safely.</exception>
    public ExtractedArticle Extract(string html, string? url = null)
    {
        var doc = Parser.ParseDocument(html);
        NestingGuard.Check(html, doc);
        var meta = PageMetadata.Read(doc, url);
        var text = MainText(doc, meta.Url ?? url);
        return new ExtractedArticle(text, meta.Title, meta.Url ?? url, meta.Published);
    }

    private static string MainText(IHtmlDocument doc, string? url)
    {
        BoilerplateRemover.Clean(doc);
        IElement? content = null;
        var reader = new SmartReader.Reader(BaseUrl(url), doc) { DisableJSONLD = false, ContinueIfNotReadable = true };
        reader.AddCustomOperationEnd(e => content = e);
        var article = reader.GetArticle();
        if (content is null) return "";
        _ = article;
        var blocks = ParagraphFilter.Apply(BlockTextWriter.Blocks(content));
        return BlockTextWriter.Join(blocks);
    }

    private static string BaseUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https")
            ? u.ToString() : "https://localhost/";
}
