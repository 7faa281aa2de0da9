using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Pipeline;

namespace Demarche.Pipeline.Tests;

public class PipelineTests
{
    private sealed class Needs(Layer requires, Layer assigns) : IAnnotator
    {
        public string Name => $"needs-{requires}";
        public Layer Requires => requires;
        public Layer Assigns => assigns;
        public void Annotate(Document document) => document.MarkDone(assigns);
    }

    [Fact]
    public void BuilderRejectsAnAnnotatorWhoseInputIsNotAssignedEarlier()
    {
        var builder = new PipelineBuilder().Add(new Needs(Layer.Actors, Layer.Events));
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Equal("stage 'needs-Actors' requires layer 'actors', which no earlier stage assigns", ex.Message);
    }

    [Fact]
    public void BuilderAcceptsAnnotatorsInDataFlowOrder()
    {
        var p = new PipelineBuilder()
            .Add(new Needs(Layer.Text, Layer.Tokens))
            .Add(new Needs(Layer.Tokens, Layer.Actors))
            .Build();
        var doc = new Document(new DocumentInfo(), "x");
        p.Run(doc);
        Assert.True(doc.Has(Layer.Actors | Layer.Tokens));
    }

    [Fact]
    public void DefaultPipelineIsValidAndSegments()
    {
        var analyzer = Analyzer.CreateDefault();
        var result = analyzer.Analyze(new RawDocument { Source = "t", Content = "One sentence. Another one.", Format = ContentFormat.Text }, new AnalyzeOptions());
        Assert.Null(result.Error);
        Assert.Equal(2, result.Document!.Sentences.Count);
        Assert.True(result.Document.Tokens.Length > 4);
    }

    [Fact]
    public void ShortFirstLineWithoutStopIsTheHeadline()
    {
        var analyzer = Analyzer.CreateDefault();
        var r = analyzer.Analyze(new RawDocument { Source = "t", Content = "Talks collapse in Doha\nThe talks collapsed on Monday.", Format = ContentFormat.Text }, new AnalyzeOptions());
        Assert.Equal("Talks collapse in Doha", r.Document!.Info.Title);
        var r2 = analyzer.Analyze(new RawDocument { Source = "t", Content = "The talks collapsed on Monday.\nMore text.", Format = ContentFormat.Text }, new AnalyzeOptions());
        Assert.Null(r2.Document!.Info.Title);
    }

    [Fact]
    public void InputIdAndDateOverrideAreKept()
    {
        var analyzer = Analyzer.CreateDefault();
        var r = analyzer.Analyze(new RawDocument { Source = "s", Id = "my-id", Content = "Text here.", Format = ContentFormat.Text, Published = new DateOnly(2020, 1, 1) },
            new AnalyzeOptions(new DateOnly(2025, 6, 11)));
        Assert.Equal("my-id", r.Document!.Info.Id);
        Assert.Equal(new DateOnly(2025, 6, 11), r.Document.Info.Published);
    }

    [Fact]
    public void ContentIdIsSixteenHexCharactersOfTheCleanText()
    {
        var id = DocumentBuilder.ContentId("abc");
        Assert.Equal("ba7816bf8f01cfea", id);
    }

    [Fact]
    public void InputErrorsPassThroughAsResults()
    {
        var r = Analyzer.CreateDefault().Analyze(new InputError("x", "no such file"), new AnalyzeOptions());
        Assert.Equal("no such file", r.Error);
        Assert.Null(r.Document);
    }
}
