using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Tests;

/// <summary>The tagger's vectorised arg max gives the class a loop keeping the best on a strictly higher score gives, ties included.</summary>
public sealed class ArgMaxTests
{
    [Fact]
    public void TheFirstHighestScoreWins()
    {
        var random = new Random(9);
        for (int trial = 0; trial < 20_000; trial++)
        {
            // few distinct scores (many ties), any length around the tag set's 106
            var scores = Enumerable.Range(0, random.Next(1, 130)).Select(_ => (float)random.Next(-4, 5) * 1000f).ToArray();
            if (random.Next(3) == 0) scores[random.Next(scores.Length)] = float.MinValue;
            int expected = 0;
            for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[expected]) expected = i;
            Assert.Equal(expected, Tagger.ArgMax(scores));
        }
    }
}
