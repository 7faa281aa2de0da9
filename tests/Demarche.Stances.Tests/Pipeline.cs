using Demarche.Core.Model;
using Demarche.Quotes;
using Demarche.Segmentation;
using Demarche.Tests.Doubles;

namespace Demarche.Stances.Tests;

/// <summary>Segmentation, the gazetteer double, quotes and stances, as the tests run them.</summary>
internal static class Pipeline
{
    private static readonly SegmentationAnnotator Segmentation = new();
    private static readonly Demarche.Grammar.GrammarAnnotator Grammar = new();
    private static readonly GazetteerActors Actors = new();
    private static readonly QuoteAnnotator Quotes = new();
    private static readonly StanceAnnotator Stances = new();

    public static Document Run(string text, string source = "-", Action<Document>? beforeStances = null)
    {
        var doc = new Document(new DocumentInfo { Source = source }, text);
        Segmentation.Annotate(doc);
        Grammar.Annotate(doc);
        Actors.Annotate(doc);
        Quotes.Annotate(doc);
        beforeStances?.Invoke(doc);
        Stances.Annotate(doc);
        return doc;
    }
}
