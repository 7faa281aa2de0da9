using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Tests;

/// <summary>The beam's own sort of its candidates leaves them in the order List.Sort did, ties included.</summary>
public sealed class BeamSearchTests
{
    [Fact]
    public void CandidatesAreSortedAsListSortSortsThem()
    {
        var random = new Random(7);
        Comparison<(int Item, Move Move, float Score)> byScore = (a, c) => c.Score.CompareTo(a.Score);
        for (int trial = 0; trial < 20_000; trial++)
        {
            int n = random.Next(0, 33);
            // few distinct scores: many ties, whose order is what a different sort would change
            var items = Enumerable.Range(0, n).Select(i => (i, (Move)random.Next(4), (float)random.Next(-3, 4) * 0.5f)).ToList();
            var expected = items.ToList();
            expected.Sort(byScore);
            BeamSearch.SortCandidates(items);
            Assert.Equal(expected, items);
        }
    }
}
