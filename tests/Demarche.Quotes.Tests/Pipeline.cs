using Demarche.Core.Model;
using Demarche.Quotes;
using Demarche.Segmentation;
using Demarche.Tests.Doubles;

namespace Demarche.Quotes.Tests;

/// <summary>Segmentation, the gazetteer double and the quote annotator, as the tests run them.</summary>
internal static class Pipeline
{
    private static readonly SegmentationAnnotator Segmentation = new();
    private static readonly GazetteerActors Actors = new();
    private static readonly QuoteAnnotator Quotes = new();

    public static Document Run(string text, string source = "-")
    {
        var doc = new Document(new DocumentInfo { Source = source }, text);
        Segmentation.Annotate(doc);
        Actors.Annotate(doc);
        Quotes.Annotate(doc);
        return doc;
    }
}
