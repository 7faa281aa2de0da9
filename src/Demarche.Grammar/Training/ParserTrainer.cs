using Demarche.Grammar.Learning;
using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Training;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the arc-eager dynamic oracle and error exploration
/// (Goldberg and Nivre 2012): after the first epoch the trainer follows its own prediction with probability
/// <paramref name="explore"/>, so it learns to recover from its mistakes; every update moves the score towards the
/// best move that loses no more gold arcs. Labels are learnt on the arcs whose head is right.
/// </summary>
public sealed class ParserTrainer(string[] labelNames, int epochs, int seed, double explore = 0.9, TextWriter? log = null)
{
    public DependencyParser Train(IReadOnlyList<TrainingSentence> train, IReadOnlyList<TrainingSentence>? dev,
        HashSet<ulong> verbTags, float prune = 0f)
    {
        var labelIndex = labelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        int rootLabel = labelIndex["root"];
        var moves = new PerceptronTrainer(4);
        var labels = new PerceptronTrainer(labelNames.Length);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParseState();
        var input = new ParserInput();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> scores = stackalloc float[4];
        var labelScores = new float[labelNames.Length];
        Span<int> costs = stackalloc int[4];
        DependencyParser? best = null;
        double bestScore = -1;

        // gold heads with the root at position n, lifted to projective trees
        var gold = train.Select(s =>
        {
            var h = (int[])s.Heads.Clone();
            Projectivizer.Lift(h);
            for (int i = 0; i < h.Length; i++) if (h[i] < 0) h[i] = s.Heads.Length;
            return h;
        }).ToArray();
        var goldLabels = train.Select(s => s.Deprels.Select(d => labelIndex.TryGetValue(d, out int l) ? l : labelIndex["dep"]).ToArray()).ToArray();

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            long right = 0, steps = 0;
            foreach (int si in order)
            {
                var s = train[si];
                int n = s.Words.Length;
                Fill(input, s, s.PredictedTags ?? s.GoldTags);
                state.Reset(n);
                var g = gold[si];
                while (!state.IsFinal)
                {
                    int k = ParserFeatures.Extract(input, state, features);
                    scores.Clear();
                    moves.Score(features[..k], scores);
                    var predicted = DependencyParser.Best(state, scores);
                    int bestZero = -1, minCost = int.MaxValue;
                    for (int m = 0; m < 4; m++)
                    {
                        costs[m] = state.CanDo((Move)m) ? ArcEagerOracle.Cost(state, (Move)m, g) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[m]);
                    }
                    for (int m = 0; m < 4; m++)
                        if (costs[m] == minCost && (bestZero < 0 || scores[m] > scores[bestZero])) bestZero = m;
                    if (costs[(int)predicted] > minCost) moves.Update(features[..k], bestZero, (int)predicted);
                    else right++;
                    moves.Tick();
                    steps++;
                    bool follow = epoch > 1 && rng.NextDouble() < explore;
                    var move = follow ? predicted : (Move)bestZero;

                    int label = -1;
                    if (move is Move.Left or Move.Right)
                    {
                        int head = move == Move.Left ? state.Front : state.Stack(0);
                        int dep = move == Move.Left ? state.Stack(0) : state.Front;
                        if (head == n) label = rootLabel;
                        else
                        {
                            int lk = LabelFeatures.Extract(input, state, head, dep, labelFeatures);
                            Array.Clear(labelScores);
                            labels.Score(labelFeatures[..lk], labelScores);
                            int guess = -1;
                            for (int l = 0; l < labelScores.Length; l++)
                                if (l != rootLabel && (guess < 0 || labelScores[l] > labelScores[guess])) guess = l;
                            label = guess;
                            if (g[dep] == head)
                            {
                                int truth = goldLabels[si][dep];
                                if (truth != rootLabel)
                                {
                                    labels.Update(labelFeatures[..lk], truth, guess);
                                    if (!follow) label = truth;
                                }
                            }
                            labels.Tick();
                        }
                    }
                    state.Apply(move, label);
                }
            }
            var parser = new DependencyParser(moves.Average(prune), labels.Average(prune), labelNames) { VerbTags = verbTags };
            string line = $"parser epoch {epoch}: moves right {100.0 * right / steps:F2}%";
            if (dev is { Count: > 0 })
            {
                var score = Evaluation.Parsing(parser, dev);
                line += $", dev UAS {score.Uas:F2}% LAS {score.Las:F2}% ({parser.Moves.Count:N0} + {parser.Labels.Count:N0} features)";
                if (score.Las > bestScore) { bestScore = score.Las; best = parser; }
            }
            else best = parser;
            log?.WriteLine(line);
        }
        return best!;
    }

    public static void Fill(ParserInput input, TrainingSentence s, int[] tags)
    {
        input.Reset(s.Words.Length);
        for (int i = 0; i < s.Words.Length; i++)
        {
            input.Set(i, s.Words[i], tags[i]);
        }
    }
}
