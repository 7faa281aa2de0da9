using Demarche.Cleaning;
using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Input;
using Demarche.Pipeline;
using Demarche.Segmentation;

namespace Demarche.Pipeline.Tests;

/// <summary>A document that costs more than its budget fails with a clear error; the next one is analysed.</summary>
public class BudgetTests
{
    private sealed class Slow(TimeSpan delay) : IAnnotator
    {
        public string Name => "slow";
        public Layer Requires => Layer.Tokens;
        public Layer Assigns => Layer.None;
        public void Annotate(Document document)
        {
            if (document.Text.Contains("slow", StringComparison.Ordinal)) Thread.Sleep(delay);
        }
    }

    private static Analyzer With(AnalysisBudget budget, params IAnnotator[] stages)
    {
        var builder = new PipelineBuilder().Add(new SegmentationAnnotator());
        foreach (var s in stages) builder.Add(s);
        return new Analyzer(new DocumentBuilder(new HtmlArticleExtractor(), new TextCleaner()), builder.Build()) { Budget = budget };
    }

    private static InputItem Text(string s) => new RawDocument { Source = "t.txt", Content = s, Format = ContentFormat.Text };

    [Fact]
    public void ADocumentOverItsTimeFailsAndTheNextIsAnalysed()
    {
        // compiled first under the default budget, so that only the slow stage can exceed the small one on a loaded machine
        Assert.NotNull(With(new AnalysisBudget(), new Slow(TimeSpan.Zero)).Analyze(Text("A first document."), new AnalyzeOptions()).Document);
        var analyzer = With(new AnalysisBudget { BaseTime = TimeSpan.FromSeconds(1), TimePerMillionCharacters = TimeSpan.Zero }, new Slow(TimeSpan.FromMilliseconds(2500)));
        var slow = analyzer.Analyze(Text("A slow document."), new AnalyzeOptions());
        Assert.Null(slow.Document);
        Assert.Contains("took more than", slow.Error);
        Assert.Contains("after slow", slow.Error);
        Assert.NotNull(analyzer.Analyze(Text("A quick document."), new AnalyzeOptions()).Document);
    }

    [Fact]
    public void LongerDocumentsAreGivenTimeInProportion()
    {
        var budget = new AnalysisBudget();
        Assert.Equal(TimeSpan.FromSeconds(30), budget.TimeFor(0));
        Assert.Equal(TimeSpan.FromSeconds(130), budget.TimeFor(10_000_000));
    }

    [Fact]
    public void ADocumentOverItsWorkFailsAfterTokenising()
    {
        var analyzer = With(new AnalysisBudget { MaxTokens = 50 });
        var big = analyzer.Analyze(Text(string.Concat(Enumerable.Repeat("word ", 51))), new AnalyzeOptions());
        Assert.Contains("51 tokens, more than the analysis budget of 50", big.Error);
        Assert.NotNull(analyzer.Analyze(Text(string.Concat(Enumerable.Repeat("word ", 50))), new AnalyzeOptions()).Document);
    }

    [Fact]
    public void ThousandsOfVerbsWithoutAStopGiveAResultOrABudgetError()
    {
        // once quadratic in the frame builder; sentences are now cut at 250 tokens
        var r = Analyzer.CreateDefault().Analyze(Text(string.Concat(Enumerable.Repeat("said ", 20_000))), new AnalyzeOptions());
        Assert.True(r.Document is not null || r.Error!.Contains("budget") || r.Error.Contains("took more than"), r.Error);
        Assert.All(r.Document!.Sentences, s => Assert.True(s.TokenCount <= 250));
    }
}
