using Demarche.Core.Model;

namespace Demarche.Stances.Tests;

/// <summary>How firmly a stance is held, where the words say so, and the key the view groups it under.</summary>
public sealed class StanceStrengthTests
{
    [Theory]
    [InlineData("Norway strongly supports a ceasefire in the north.", "NOR", StanceStrength.Strong)]
    [InlineData("Poland firmly opposed the pipeline deal on Monday.", "POL", StanceStrength.Strong)]
    [InlineData("Japan cautiously welcomed the release of the fishermen.", "JPN", StanceStrength.Weak)]
    [InlineData("Brazil condemned the annexation of the island.", "BRA", StanceStrength.Strong)]
    [InlineData("Canada backed the new trade agreement on Tuesday.", "CAN", null)]
    [InlineData("Mexico, which strongly backs free trade, criticised the tariffs on steel.", "MEX", StanceStrength.Strong)]
    public void StrengthComesFromTheCueAndItsAdverbs(string text, string holder, string? strength)
    {
        var doc = Pipeline.Run(text);
        var stances = doc.Stances.Where(s => s.Holder == holder).ToList();
        Assert.NotEmpty(stances);
        Assert.Contains(stances, s => s.Strength == strength);
    }

    [Fact]
    public void AnAdverbOfAnotherVerbGivesNoStrength()
    {
        // "strongly" modifies "said", not "backed"
        var doc = Pipeline.Run("Canada strongly said on Monday that it backed the new trade agreement.");
        Assert.All(doc.Stances, s => Assert.Null(s.Strength));
    }

    [Theory]
    [InlineData("France could recognise a Palestinian state.", "FRA", "recognition of palestine")]
    [InlineData("Norway backed the peace talks.", "NOR", "talk")]
    [InlineData("Turkey opposes any sanctions on Russia.", "TUR", "sanction on russia")]
    public void EveryStanceCarriesTheKeyOfItsTopic(string text, string holder, string key)
    {
        var doc = Pipeline.Run(text);
        Assert.Contains(doc.Stances, s => s.Holder == holder && s.TopicKey == key);
    }
}
