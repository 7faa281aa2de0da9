using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Tests;

/// <summary>
/// The beam's own sort of its candidates leaves them in the order List.Sort did, ties included; its margin keeps only
/// items scoring near the best, and a margin of 0 or wider than any gap parses as the whole width.
/// </summary>
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

    [Fact]
    public void NoMarginOrAWideOneParsesAsTheWholeWidth()
    {
        var parser = GrammarModel.Transition.WithBeam(4).Parser;
        var random = new Random(5);
        var plain = new BeamSearch(4);
        var none = new BeamSearch(4) { Margin = 0 };
        var wide = new BeamSearch(4) { Margin = 1e15f };
        for (int trial = 0; trial < 30; trial++)
        {
            var x = RandomParserInput.Make(random.Next(1, 40), random);
            var expected = Parse(plain, x, parser);
            foreach (var other in new[] { none, wide })
            {
                var (heads, labels) = Parse(other, x, parser);
                Assert.Equal(expected.Heads, heads);
                Assert.Equal(expected.Labels, labels);
            }
        }
    }

    [Fact]
    public void EachStepKeepsOnlyItemsWithinTheMargin()
    {
        var parser = GrammarModel.Transition.WithBeam(4).Parser;
        var moves = parser.BeamMoves!;
        var random = new Random(9);
        const float margin = 20_000;
        var beam = new BeamSearch(4) { Margin = margin };
        int narrowed = 0, steps = 0;
        for (int trial = 0; trial < 30; trial++)
        {
            var x = RandomParserInput.Make(random.Next(2, 40), random);
            beam.Recycle();
            beam.Start(x.Length);
            while (!beam.Done)
            {
                beam.Step(x, (f, sc) => { moves.Score(f, sc); return 0; }, parser);
                beam.Recycle();
                Assert.InRange(beam.Beam.Count, 1, 4);
                foreach (var item in beam.Beam) Assert.True(item.Score >= beam.Best.Score - margin);
                steps++;
                if (beam.Beam.Count < 4) narrowed++;
            }
        }
        Assert.True(narrowed > 0 && narrowed < steps, $"{narrowed} of {steps} steps narrowed");
    }

    private static (int[] Heads, int[] Labels) Parse(BeamSearch beam, ParserInput x, DependencyParser parser)
    {
        var heads = new int[x.Length];
        var labels = new int[x.Length];
        beam.Parse(x, parser.BeamMoves!, parser, heads, labels);
        return (heads, labels);
    }
}
