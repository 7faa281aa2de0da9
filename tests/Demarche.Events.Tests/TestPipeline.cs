using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Grammar;
using Demarche.Segmentation;

namespace Demarche.Events.Tests;

/// <summary>Segmentation, grammar, the gazetteer test double and the events stage, with the sample or the full dictionary.</summary>
public static class TestPipeline
{
    private static readonly Lazy<EventDictionary> _sample = new(() =>
    {
        var dir = DataDirectory.Path;
        var entries = EventDictionary.ReadYaml(File.ReadAllText(Path.Combine(dir, "events", "sample.yaml")), "sample.yaml").ToList();
        var codesFile = Path.Combine(dir, "cameo", "codes.sample.tsv");
        return new EventDictionary(entries, EventDictionary.ReadCodes(codesFile));
    });

    public static EventDictionary Sample => _sample.Value;

    private static readonly SegmentationAnnotator Segmentation = new();
    private static readonly GrammarAnnotator Grammar = new();
    private static readonly GazetteerActors Actors = new();

    public static Document Run(string text, DateOnly? published, EventDictionary? dictionary = null)
    {
        var doc = new Document(new DocumentInfo { Published = published }, text);
        Segmentation.Annotate(doc);
        Grammar.Annotate(doc);
        Actors.Annotate(doc);
        new EventAnnotator(dictionary ?? Sample).Annotate(doc);
        return doc;
    }
}
