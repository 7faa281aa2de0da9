using Demarche.Grammar.Learning;
using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Training;

/// <summary>
/// Trains the move classifier for <see cref="BeamSearch"/> as a global structured perceptron with early update
/// (Collins and Roark 2004; Zhang and Clark 2008): when the gold move sequence falls out of the beam, the weights
/// move towards the gold prefix and away from the best item of the beam, and the sentence stops there.
/// Labels come from an already trained <see cref="DependencyParser"/>.
/// </summary>
public sealed class BeamTrainer(int width, int epochs, int seed, TextWriter? log = null)
{
    public LinearModel Train(IReadOnlyList<TrainingSentence> train, IReadOnlyList<TrainingSentence>? dev, DependencyParser labeller, float prune = 0f)
    {
        var labelIndex = labeller.LabelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var moves = new PerceptronTrainer(4);
        var beam = new BeamSearch(width);
        var input = new ParserInput();
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var goldSequences = train.Select(s => GoldSequence(s, labelIndex)).ToArray();
        LinearModel? best = null;
        double bestScore = -1;
        Func<ReadOnlySpan<ulong>, Span<float>, int> score = (f, sc) => { moves.Score(f, sc); return 0; };
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int early = 0, wrong = 0;
            foreach (int si in order)
            {
                var s = train[si];
                var (gm, gl) = goldSequences[si];
                ParserTrainer.Fill(input, s, s.PredictedTags ?? s.GoldTags);
                beam.Recycle();
                beam.Start(s.Words.Length);
                bool updated = false;
                for (int t = 0; t < gm.Length; t++)
                {
                    if (!beam.Step(input, score, labeller, gm[t], gl[t]))
                    {
                        Update(moves, input, s.Words.Length, beam.OutOfBeamGold!, beam.Best);
                        early++;
                        updated = true;
                        break;
                    }
                }
                if (!updated && !beam.Best.Gold)
                {
                    var gold = beam.Beam.First(i => i.Gold);
                    Update(moves, input, s.Words.Length, gold, beam.Best);
                    wrong++;
                }
                moves.Tick();
            }
            beam.Recycle();
            var model = moves.Average(prune);
            string line = $"beam {width} epoch {epoch}: early updates {early:N0}, final updates {wrong:N0}";
            if (dev is { Count: > 0 })
            {
                var r = Evaluation.ParsingWithBeam(model, labeller, width, dev);
                line += $", dev UAS {r.Uas:F2}% LAS {r.Las:F2}% ({model.Count:N0} features)";
                if (r.Las > bestScore) { bestScore = r.Las; best = model; }
            }
            else best = model;
            log?.WriteLine(line);
        }
        return best!;
    }

    /// <summary>The static oracle's moves and labels for a sentence (gold tree lifted to a projective one).</summary>
    public static (Move[] Moves, int[] Labels) GoldSequence(TrainingSentence s, Dictionary<string, int> labelIndex)
    {
        int n = s.Words.Length;
        var gold = (int[])s.Heads.Clone();
        Projectivizer.Lift(gold);
        for (int i = 0; i < n; i++) if (gold[i] < 0) gold[i] = n;
        var state = new ParseState();
        state.Reset(n);
        var moves = new List<Move>(2 * n);
        var labels = new List<int>(2 * n);
        int root = labelIndex["root"];
        while (!state.IsFinal)
        {
            Move chosen = Move.Shift;
            bool found = false;
            foreach (var m in (Move[])[Move.Left, Move.Right, Move.Shift, Move.Reduce])
                if (state.CanDo(m) && ArcEagerOracle.Cost(state, m, gold) == 0) { chosen = m; found = true; break; }
            if (!found)
                foreach (var m in (Move[])[Move.Reduce, Move.Left, Move.Shift, Move.Right])
                    if (state.CanDo(m)) { chosen = m; break; }
            int label = -1;
            if (chosen is Move.Left or Move.Right)
            {
                int dep = chosen == Move.Left ? state.Stack(0) : state.Front;
                label = chosen == Move.Left && state.Front == n ? root
                    : labelIndex.TryGetValue(s.Deprels[dep], out int l) ? l : labelIndex["dep"];
            }
            moves.Add(chosen);
            labels.Add(label);
            state.Apply(chosen, label);
        }
        return ([.. moves], [.. labels]);
    }

    private static void Update(PerceptronTrainer moves, ParserInput input, int n, BeamSearch.Item gold, BeamSearch.Item predicted)
    {
        var g = Path(gold);
        var p = Path(predicted);
        int common = 0;
        while (common < g.Count && common < p.Count && g[common].Move == p[common].Move && g[common].Label == p[common].Label) common++;
        Replay(moves, input, n, g, common, +1f);
        Replay(moves, input, n, p, common, -1f);
    }

    private static List<(Move Move, int Label)> Path(BeamSearch.Item item)
    {
        var path = new List<(Move, int)>(item.Steps);
        for (var i = item; i is not null && i.Parent is not null; i = i.Parent)
            if ((int)i.Move != 255) path.Add((i.Move, i.Label));
        path.Reverse();
        return path;
    }

    private static readonly ParseState ReplayState = new();
    private static readonly ulong[] ReplayFeatures = new ulong[ParserFeatures.Max];

    private static void Replay(PerceptronTrainer moves, ParserInput input, int n, List<(Move Move, int Label)> path, int from, float amount)
    {
        var state = ReplayState;
        state.Reset(n);
        for (int t = 0; t < path.Count; t++)
        {
            if (t >= from)
            {
                int k = ParserFeatures.Extract(input, state, ReplayFeatures);
                moves.Add(ReplayFeatures.AsSpan(0, k), (int)path[t].Move, amount);
            }
            state.Apply(path[t].Move, path[t].Label);
        }
    }
}
