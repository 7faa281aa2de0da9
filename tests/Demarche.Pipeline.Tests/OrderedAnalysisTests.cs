using Demarche.Cleaning;
using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Input;
using Demarche.Language;
using Demarche.Segmentation;

namespace Demarche.Pipeline.Tests;

/// <summary>Documents analysed on several threads come back in input order, each with its own result; the profile counts them.</summary>
public sealed class OrderedAnalysisTests
{
    /// <summary>Sleeps longer for earlier documents, so that later ones finish first.</summary>
    private sealed class SlowerFirst : IAnnotator
    {
        public string Name => "slower-first";
        public Layer Requires => Layer.Tokens;
        public Layer Assigns => Layer.None;
        public void Annotate(Document document) => Thread.Sleep(Math.Max(0, 40 - 2 * document.Text.Length % 40));
    }

    private static Analyzer Analyzer() => new(new DocumentBuilder(new HtmlArticleExtractor(), new TextCleaner()),
        new PipelineBuilder().Add(new SegmentationAnnotator()).Add(new SlowerFirst()).Build());

    private static IEnumerable<InputItem> Items(int count) => Enumerable.Range(0, count).Select(i => (InputItem)(i % 7 == 3
        ? new InputError($"bad-{i}", "unreadable")
        : new RawDocument { Source = $"doc-{i}", Content = $"Document {i} {new string('x', i)}.", Format = ContentFormat.Text }));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ResultsKeepTheInputOrder(int workers)
    {
        var results = OrderedAnalysis.Run(Analyzer(), Items(30), new AnalyzeOptions(), workers).ToList();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => i % 7 == 3 ? $"bad-{i}" : $"doc-{i}"), results.Select(r => r.Source));
        Assert.All(results.Where(r => r.Error is null), r => Assert.StartsWith($"Document {r.Source[4..]} ", r.Document!.Text));
    }

    [Fact]
    public void AReaderThatStopsEarlyLeavesNoWorkerBehind()
    {
        var first = OrderedAnalysis.Run(Analyzer(), Items(1000), new AnalyzeOptions(), 2).Take(5).ToList();
        Assert.Equal(["doc-0", "doc-1", "doc-2", "bad-3", "doc-4"], first.Select(r => r.Source));
    }

    [Fact]
    public void TheProfileTimesEveryStageOfEveryDocument()
    {
        var profile = new StageProfile();
        var analyzer = Analyzer();
        analyzer.Profile = profile;
        _ = OrderedAnalysis.Run(analyzer, Items(10), new AnalyzeOptions(), 2).ToList();
        Assert.Equal(9, profile.Documents);
        Assert.Equal(["cleaning", "segmentation", "slower-first"], profile.Stages().Select(s => s.Stage));
        Assert.InRange(profile.Stages().Sum(s => s.Share), 0.999, 1.001);
    }

    [Theory]
    [InlineData("Die Regierung in Berlin hat am Montag neue Sanktionen beschlossen, sagte der Sprecher; the talks were over, er sagte, es gebe keine weiteren Gespräche mit Moskau in dieser Woche.", "de")]
    [InlineData("The ministers said that they would meet again after the summit, and that the talks with Moscow were not over, but they gave no date for the next round.", "en")]
    [InlineData("Finland linked a tanker to the damage and closed the port.", "en")]
    public void PlainEnglishIsToldWithoutTheModelAndOtherLanguagesStillAre(string text, string language) =>
        Assert.Equal(language, LanguageDetector.Default.Detect(text));
}
