using Demarche.Core.Model;

namespace Demarche.Events.Tests;

public sealed class EventShapeTests
{
    [Fact]
    public void FillsEveryContractField()
    {
        var doc = TestPipeline.Run("The EU imposed sanctions on Russia on Monday.", new DateOnly(2025, 3, 14));
        var e = Assert.Single(doc.Events);
        Assert.Equal("EU", e.Source);
        Assert.Equal("RUS", e.Target);
        Assert.Equal("16", e.Root);
        Assert.StartsWith("16", e.Cameo);
        Assert.Equal("SANCTION", e.Plover);
        Assert.Equal(4, e.Quad);
        Assert.True(e.Goldstein < 0);
        Assert.Equal(new DateOnly(2025, 3, 10), e.Date);
        Assert.Equal("imposed sanctions on", e.Trigger);
        Assert.Equal(0, e.Sentence.Start);
        Assert.Equal(doc.Text.Length, e.Sentence.End);
        Assert.False(string.IsNullOrEmpty(e.Rule));
    }

    [Fact]
    public void NoMentionIndexMeansNoEvents()
    {
        var doc = new Document(new DocumentInfo(), "Russia attacked Ukraine.");
        new Demarche.Segmentation.SegmentationAnnotator().Annotate(doc);
        new Demarche.Grammar.GrammarAnnotator().Annotate(doc);
        new EventAnnotator(TestPipeline.Sample).Annotate(doc);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void OneEventPerSourceTargetCodeAndSentence()
    {
        var doc = TestPipeline.Run("Russia attacked Ukraine and attacked Ukraine again.", new DateOnly(2025, 3, 14));
        Assert.Single(doc.Events);
    }

    [Fact]
    public void WithoutPublicationDateRelativeDatesStayNull()
    {
        var doc = TestPipeline.Run("Israel struck Lebanon on Tuesday.", null);
        Assert.Null(Assert.Single(doc.Events).Date);
    }
}
