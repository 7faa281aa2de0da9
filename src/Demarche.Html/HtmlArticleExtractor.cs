using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Demarche.Core.Model;

namespace Demarche.Html;

/// <summary>
/// Extracts an article's main text and metadata from a saved web page: parse once (AngleSharp),
/// refuse absurd nesting, read metadata, strip furniture, find the main content (SmartReader),
/// write it as paragraphs and drop furniture paragraphs that remain.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Deepest tree handed to recursive code (SmartReader). Flattening keeps real input far below it.</summary>
    private const int RecursionSafeDepth = 1000;

    /// <summary>SmartReader's candidate search grows with the square of the element count; bigger pages use <see cref="DensestContainer"/>.</summary>
    private const int MaxElementsForSmartReader = 12_000;

    /// <summary>A JSON-LD articleBody this long stands in for the text when the markup yields none.</summary>
    private const int MinJsonLdFallbackChars = 200;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Main text ("" when the page has no article), title, canonical address and publication date.</summary>
    /// <exception cref="DocumentRejectedException">The page's tree is still too deep to process safely after flattening.</exception>
    public ExtractedArticle Extract(string html, string? url = null)
    {
        var doc = Parser.ParseDocument(NestingGuard.Flatten(html));
        int depth = NestingGuard.MeasureDepth(doc);
        if (depth > RecursionSafeDepth)
            throw new DocumentRejectedException(
                $"the page nests HTML elements {depth} levels deep (at most {RecursionSafeDepth} can be read safely)");
        var meta = PageMetadata.Read(doc, url);
        var text = MainText(doc, meta.Url ?? url, meta.JsonLdBody);
        return new ExtractedArticle(text, meta.Title, meta.Url ?? url, meta.Published);
    }

    private static string MainText(IHtmlDocument doc, string? url, string? jsonLdBody)
    {
        BoilerplateRemover.Clean(doc);
        if (doc.Body is not { } body) return "";
        IElement? content = null;
        if (body.GetElementsByTagName("*").Length <= MaxElementsForSmartReader)
        {
            var reader = new SmartReader.Reader(BaseUrl(url), doc) { ContinueIfNotReadable = true };
            // Readability drops "dateline" elements as bylines, but a dateline opens the first sentence.
            reader.ReplaceRegularExpression(SmartReader.RegularExpressions.Byline, "byline|author|writtenby|p-author");
            reader.AddCustomOperationEnd(e => content = e);
            reader.GetArticle();
        }
        var blocks = content is null ? [] : ParagraphFilter.Apply(BlockTextWriter.Blocks(content));
        if (blocks.Count == 0 && DensestContainer.Find(body) is { } densest)
            blocks = ParagraphFilter.Apply(BlockTextWriter.Blocks(densest));
        if (blocks.Count == 0 && jsonLdBody is { Length: >= MinJsonLdFallbackChars })
            return JsonLdBodyFilter.AsText(jsonLdBody);
        return BlockTextWriter.Join(JsonLdBodyFilter.Apply(blocks, jsonLdBody));
    }

    private static string BaseUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https")
            ? u.ToString() : "https://localhost/";
}
