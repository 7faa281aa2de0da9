using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Segmentation;

namespace Demarche.Quantities.Tests;

public sealed class QuantityAnnotatorTests
{
    [Fact]
    public void Adds_the_quantities_layer_with_offsets_into_the_text()
    {
        const string text = "Officials said the floods killed 212 people.\nSome 30,000 residents fled the valley.";
        var doc = new Document(new DocumentInfo(), text);
        new SegmentationAnnotator().Annotate(doc);
        var annotator = new QuantityAnnotator();
        Assert.Equal(Layer.Tokens | Layer.Sentences, annotator.Requires);
        annotator.Annotate(doc);

        Assert.True(doc.Has(Layer.Quantities));
        Assert.Collection(doc.Quantities,
            q =>
            {
                Assert.Equal((212.0, QuantityCategory.Killed, false), (q.Value, q.Category, q.Approximate));
                Assert.Equal("212", doc.Slice(q.Start, q.End));
            },
            q =>
            {
                Assert.Equal((30000.0, QuantityCategory.Displaced, true), (q.Value, q.Category, q.Approximate));
                Assert.Equal("30,000", doc.Slice(q.Start, q.End));
                Assert.Equal("residents", q.Subject);
            });
    }

    [Fact]
    public void A_text_without_numbers_has_no_quantities()
    {
        var doc = new Document(new DocumentInfo(), "The ministers met in Geneva and agreed to meet again.");
        new SegmentationAnnotator().Annotate(doc);
        new QuantityAnnotator().Annotate(doc);
        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void The_lexicon_loads_every_category_of_the_contract()
    {
        var lexicon = QuantityLexicon.Default;
        foreach (var category in new[] { QuantityCategory.Killed, QuantityCategory.Injured, QuantityCategory.Hostages,
                     QuantityCategory.Displaced, QuantityCategory.Detained, QuantityCategory.Population })
            Assert.Contains(lexicon.Categories, c => c.Category == category);
        Assert.Equal("USD", lexicon.CurrencyBefore["$"]);
        Assert.Equal("DKK", lexicon.CurrencyAfterCodes["kroner"]);
    }
}
