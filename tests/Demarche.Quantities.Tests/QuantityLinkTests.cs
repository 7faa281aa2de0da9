using Demarche.Core.Model;
using Demarche.Grammar;
using Demarche.Segmentation;
using Demarche.Tests.Doubles;

namespace Demarche.Quantities.Tests;

/// <summary>Counts linked through the parse to their event, the actor counted, and the total beside named ones.</summary>
public sealed class QuantityLinkTests
{
    private static readonly SegmentationAnnotator Segmentation = new();
    private static readonly GrammarAnnotator Grammar = new();
    private static readonly GazetteerActors Actors = new();

    /// <summary>The text through segmentation, the parse and the test gazetteer; one hand-made event per trigger given.</summary>
    private static Document Run(string text, params string[] triggers)
    {
        var doc = new Document(new DocumentInfo(), text);
        Segmentation.Annotate(doc);
        Grammar.Annotate(doc);
        Actors.Annotate(doc);
        foreach (var trigger in triggers)
            doc.Events.Add(new Event { Source = "X", Cameo = "190", Root = "19", Trigger = trigger, Sentence = new SentenceRef(0, text.Length), Rule = "test" });
        new QuantityAnnotator().Annotate(doc);
        return doc;
    }

    [Theory]
    [InlineData("Air strikes killed 12 people in the north on Tuesday.", "killed")]
    [InlineData("At least 12 people were killed when the shells hit the market.", "killed")]
    [InlineData("Police arrested 14 farmers after the march, and the court freed them on Friday.", "arrested")]
    public void TheCountBelongsToTheEventWhoseVerbTakesIt(string text, string trigger)
    {
        var doc = Run(text, "met", trigger);
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(1, q.Event);
    }

    [Fact]
    public void ACountOutsideTheEventsClauseBelongsToNoEvent()
    {
        // the killing is an event; the 40,000 residents who fled are not its victims
        var doc = Run("Gunmen killed a guard, and some 40,000 residents fled the valley.", "killed");
        var q = Assert.Single(doc.Quantities, x => x.Value == 40000);
        Assert.Null(q.Event);
    }

    [Theory]
    [InlineData("Twelve Israeli soldiers were wounded in the attack.", "ISR")]
    [InlineData("Gunmen killed 17 Kenyan police officers near the border.", "KEN")]
    public void TheActorCountedIsNamedBeforeTheNoun(string text, string actor)
    {
        var q = Assert.Single(Run(text).Quantities);
        Assert.Equal(actor, q.Actor);
    }

    [Fact]
    public void APlaceAfterTheCountedNounIsNotTheActorCounted()
    {
        // "in Haiti" says where, not who: the 12 people are no actor of the gazetteer
        var q = Assert.Single(Run("Gang violence killed 12 people in Haiti on Sunday.").Quantities);
        Assert.Null(q.Actor);
    }

    [Theory]
    [InlineData("An air strike killed a senior commander and 12 others, the ministry said.", 12, 13)]
    [InlineData("Tomas Berg and 12 others were killed in the raid.", 12, 13)]
    [InlineData("The strike killed a senior commander and 12 other fighters.", 12, 13)]
    public void OthersBesideNamedOnesHaveATotal(string text, double value, double total)
    {
        var q = Assert.Single(Run(text).Quantities);
        Assert.Equal(QuantityCategory.Killed, q.Category);
        Assert.Equal((value, total), (q.Value, q.Total));
    }

    [Fact]
    public void TheCueOfAnEarlierClauseDoesNotCountAfterAComma()
    {
        // "were killed …, and more than seven million people are displaced": displaced, not killed
        var doc = Run("About 3,000 people were killed in the battle for the city alone, and more than seven million people are displaced.");
        Assert.Equal(QuantityCategory.Displaced, Assert.Single(doc.Quantities, q => q.Value == 7000000).Category);
    }

    [Fact]
    public void ACountWithFiguresOnBothSidesHasNoTotal()
    {
        // "two soldiers and 12 others": the two are a count of their own, not added twice
        var doc = Run("The shelling killed two soldiers and 12 others.");
        Assert.All(doc.Quantities, q => Assert.Null(q.Total));
    }
}
