namespace Demarche.Events.Tests;

/// <summary>Mechanisms that need entries of the full dictionary (data/events/*.yaml), not only the sample.</summary>
public sealed class FullDictionaryTests
{
    private static IEnumerable<(string Source, string? Target, string Root)> Run(string text) =>
        TestPipeline.Run(text, EventCase.DefaultPublished, EventDictionary.Default).Events.Select(e => (e.Source, e.Target, e.Root));

    [Fact]
    public void PossessorOfTheMatchedNounIsTheReceiver()
    {
        // "blocked X's membership of Y": whose membership, not the organisation
        var events = Run("China has blocked Taiwan's membership of the World Health Assembly.");
        Assert.Contains(("CHN", "TWN", "12"), events);
    }

    [Fact]
    public void BringingTwoSidesTogetherIsMediation()
    {
        var events = Run("Turkey brought Russia and Ukraine together in Istanbul.").ToList();
        Assert.Contains(("TUR", "RUS", "04"), events);
        Assert.Contains(("TUR", "UKR", "04"), events);
    }

    [Fact]
    public void DrillsAroundAStateAimAtIt()
    {
        var events = Run("China staged a third day of drills around Taiwan.");
        Assert.Contains(("CHN", "TWN", "15"), events);
    }

    [Fact]
    public void InsistingThatIsAnAssertionNotADemand()
    {
        var events = Run("Pakistan insists it will keep its troops near India.");
        Assert.DoesNotContain(events, e => e.Root == "10");
    }
}
