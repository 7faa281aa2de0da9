using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Tests;

/// <summary>
/// The beam adds up its move scores from the groups of the parser's templates (front, top, pair, rest), each group's
/// sum remembered for the sentence: the groups hold every template once, each writes its own, and the parses are
/// those of scoring every state's whole feature set.
/// </summary>
public sealed class MoveScorePartsTests
{
    private static byte[][] Groups =>
        [ParserFeatures.FrontTemplates.ToArray(), ParserFeatures.TopTemplates.ToArray(), ParserFeatures.PairTemplates.ToArray(), ParserFeatures.RestTemplates.ToArray()];

    [Fact]
    public void TheGroupsHoldEveryTemplateOnce()
    {
        var all = Groups.SelectMany(g => g).Select(t => (int)t).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, ParserFeatures.Count), all);
    }

    [Fact]
    public void EachGroupWritesItsTemplatesAndExtractWritesThemAll()
    {
        var x = RandomParserInput.Make(12, new Random(3));
        var s = new ParseState();
        s.Reset(x.Length);
        foreach (var m in new[] { Move.Shift, Move.Shift, Move.Left, Move.Shift, Move.Right, Move.Shift, Move.Left })
            if (s.CanDo(m)) s.Apply(m, 3);
        var c = ParserContext.Of(x, s);
        Action<ulong[]>[] writers =
        [
            f => ParserFeatures.Front(x, c.N0, f), f => ParserFeatures.Top(x, c.S0, f),
            f => ParserFeatures.Pair(x, c.S0, c.N0, f), f => ParserFeatures.Rest(x, c, f),
        ];
        var whole = new ulong[ParserFeatures.Max];
        Assert.Equal(ParserFeatures.Count, ParserFeatures.Extract(x, c, whole));
        for (int g = 0; g < writers.Length; g++)
        {
            var f = new ulong[ParserFeatures.Max];
            writers[g](f);
            var written = Enumerable.Range(0, f.Length).Where(i => f[i] != 0).Select(i => i + 1).ToArray();
            Assert.Equal(Groups[g].Select(t => (int)t).Order(), written);
            foreach (int t in written) Assert.Equal(whole[t - 1], f[t - 1]);
        }
    }

    [Fact]
    public void TheBeamParsesAsWithWholeFeatureSets()
    {
        var parser = GrammarModel.Transition.WithBeam(4).Parser;
        var moves = parser.BeamMoves!;
        var random = new Random(11);
        var byParts = new BeamSearch(4);
        var whole = new BeamSearch(4);
        for (int trial = 0; trial < 40; trial++)
        {
            var x = RandomParserInput.Make(random.Next(1, 40), random);
            var heads = new int[x.Length];
            var labels = new int[x.Length];
            byParts.Parse(x, moves, parser, heads, labels);
            // the beam's best state (Parse then gives a sentence with several roots one root)
            var best = byParts.Best;
            whole.Recycle();
            whole.Start(x.Length);
            while (!whole.Done)
            {
                whole.Step(x, (f, sc) => { moves.Score(f, sc); return 0; }, parser);
                whole.Recycle();
            }
            Assert.Equal(best.Score, whole.Best.Score);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.Equal(best.State.Head(i), whole.Best.State.Head(i));
                Assert.Equal(best.State.Label(i), whole.Best.State.Label(i));
            }
        }
    }
}
