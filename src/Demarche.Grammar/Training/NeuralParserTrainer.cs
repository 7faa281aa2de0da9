using Demarche.Grammar.Neural;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>How the neural parser is trained.</summary>
public sealed record NeuralTrainingOptions
{
    public int Epochs { get; init; } = 20;
    public int Seed { get; init; } = 1;
    public int BatchSentences { get; init; } = 32;
    public float LearningRate { get; init; } = 0.002f;
    public float Dropout { get; init; } = 0.33f;
    /// <summary>Probability that a word's trained vector is replaced by the unknown word's in training.</summary>
    public float WordDropout { get; init; } = 0.25f;
    public int Threads { get; init; } = 2;
    public NetworkShape Shape { get; init; } = new();
    /// <summary>Pretrained vectors: the most frequent words kept (all words seen in training are kept too).</summary>
    public int PretrainedWords { get; init; } = 60_000;
    /// <summary>Stop when the dev UAS has not risen for this many epochs.</summary>
    public int Patience { get; init; } = 4;
}

/// <summary>
/// Trains the <see cref="NeuralParser"/> on treebank sentences whose tags a tagger predicted (jackknifed on the
/// training side), by Adam over the cross-entropy of each word's head among all words and of its arc's label.
/// Deterministic for a seed and a thread count: batches are split between threads in a fixed way and their
/// gradients summed in a fixed order.
/// </summary>
public sealed class NeuralParserTrainer(NeuralTrainingOptions o, TextWriter log)
{
    public NeuralParser Train(IReadOnlyList<TrainingSentence> train, IReadOnlyList<TrainingSentence> dev, string[] labelNames,
        int tagCount, (string[] Words, float[][] Vectors) pretrained, string description)
    {
        var vocabulary = BuildVocabulary(train, pretrained, o.PretrainedWords, out int pretrainedDims);
        var shape = o.Shape with { Pretrained = pretrainedDims, Vocabulary = vocabulary.Count, Tags = tagCount, Labels = labelNames.Length };
        var layout = new ParameterLayout(shape);
        log.WriteLine($"neural parser: {layout.Size:N0} parameters; vocabulary {vocabulary.Count:N0} trained, {vocabulary.PretrainedKeys.Length:N0} pretrained; {labelNames.Length} labels");
        var parameters = Initial(shape, layout, o.Seed);
        var network = new BiaffineNetwork(shape, parameters, vocabulary);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labelNames.Length; i++) labelIndex[labelNames[i]] = i;
        int fallback = Array.IndexOf(labelNames, "dep");

        var trainInputs = train.Select(s => Input(s, vocabulary, shape)).ToArray();
        var trainLabels = train.Select(s => s.Deprels.Select(d => labelIndex.TryGetValue(d, out var l) ? l : fallback).ToArray()).ToArray();
        var devInputs = dev.Select(s => Input(s, vocabulary, shape)).ToArray();

        int threads = Math.Max(1, o.Threads);
        var grads = Enumerable.Range(0, threads).Select(_ => new float[layout.Size]).ToArray();
        var works = Enumerable.Range(0, threads).Select(_ => new Workspace(shape, training: true)).ToArray();
        var inputs = Enumerable.Range(0, threads).Select(_ => new NeuralInput()).ToArray();
        var losses = new double[threads];
        var adamM = new float[layout.Size];
        var adamV = new float[layout.Size];
        int step = 0;
        double bestUas = -1;
        float[]? best = null;
        int sinceBest = 0;
        var order = Enumerable.Range(0, train.Count).ToArray();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            new Random(o.Seed * 7919 + epoch).Shuffle(order);
            double epochLoss = 0;
            int batches = 0;
            for (int start = 0; start < order.Length; start += o.BatchSentences)
            {
                int end = Math.Min(order.Length, start + o.BatchSentences);
                int batchWords = 0;
                for (int b = start; b < end; b++) batchWords += train[order[b]].Words.Length;
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
                {
                    Array.Clear(grads[k]);
                    losses[k] = 0;
                    for (int b = start + k; b < end; b += threads)
                    {
                        int si = order[b];
                        var random = new Random(HashCode.Combine(o.Seed, epoch, si));
                        losses[k] += SentenceGradient(network, trainInputs[si], inputs[k], train[si].Heads, trainLabels[si], works[k], grads[k], random, 1f / batchWords);
                    }
                });
                for (int k = 1; k < threads; k++)
                {
                    var g0 = grads[0]; var gk = grads[k];
                    System.Numerics.Tensors.TensorPrimitives.Add(g0, gk, g0);
                }
                for (int k = 0; k < threads; k++) epochLoss += losses[k];
                batches++;
                Adam(parameters, grads[0], adamM, adamV, ++step);
            }
            var (uas, las, _) = Score(network, labelNames, devInputs, dev);
            log.WriteLine($"epoch {epoch}: loss {epochLoss / batches:F4} a word; dev UAS {uas:F2} LAS {las:F2} ({sw.Elapsed.TotalSeconds:F0} s)");
            if (uas > bestUas) { bestUas = uas; best = (float[])parameters.Clone(); sinceBest = 0; }
            else if (++sinceBest >= o.Patience) break;
        }
        return new NeuralParser(new BiaffineNetwork(shape, best ?? parameters, vocabulary), labelNames, $"{description}; dev UAS {bestUas:F2}");
    }

    /// <summary>
    /// Forward, losses and backward for one sentence (with this trainer's dropouts): adds the gradient of the
    /// sentence's loss times <paramref name="scale"/> into <paramref name="grad"/> and returns that scaled loss.
    /// </summary>
    public float SentenceGradient(BiaffineNetwork network, NeuralInput gold, NeuralInput input, int[] heads, int[] labels,
        Workspace w, float[] grad, Random random, float scale)
    {
        // word dropout on a copy of the input
        input.Reset(gold.Length - 1);
        for (int t = 1; t < gold.Length; t++)
        {
            input.Pretrained[t] = gold.Pretrained[t];
            input.Word[t] = random.NextSingle() < o.WordDropout ? Vocabulary.Unknown : gold.Word[t];
            input.Tag[t] = gold.Tag[t];
            input.Suffix[t] = gold.Suffix[t];
            input.Flags[t] = gold.Flags[t];
        }
        network.Forward(input, w, o.Dropout, random);
        network.BeginBackward(w);
        int m = input.Length;
        float loss = 0;
        var ds = w.DScores;
        Span<float> dl = stackalloc float[network.Shape.Labels];
        for (int i = 1; i < m; i++)
        {
            // heads: softmax over every other node
            var row = w.Scores.AsSpan(i * m, m);
            var drow = ds.AsSpan(i * m, m);
            int goldHead = heads[i - 1] + 1;
            float max = float.NegativeInfinity;
            for (int j = 0; j < m; j++) if (j != i && row[j] > max) max = row[j];
            float sum = 0;
            for (int j = 0; j < m; j++) { float e = j == i ? 0f : MathF.Exp(row[j] - max); drow[j] = e; sum += e; }
            for (int j = 0; j < m; j++) drow[j] = drow[j] / sum * scale;
            drow[goldHead] -= scale;
            loss -= (row[goldHead] - max - MathF.Log(sum)) * scale;

            // label of the gold arc
            network.LabelScores(w, i, goldHead);
            var logits = w.LabelLogits;
            float lmax = float.NegativeInfinity;
            foreach (var v in logits) lmax = Math.Max(lmax, v);
            float lsum = 0;
            for (int l = 0; l < logits.Length; l++) { dl[l] = MathF.Exp(logits[l] - lmax); lsum += dl[l]; }
            for (int l = 0; l < logits.Length; l++) dl[l] = dl[l] / lsum * scale;
            int goldLabel = labels[i - 1];
            dl[goldLabel] -= scale;
            loss -= (logits[goldLabel] - lmax - MathF.Log(lsum)) * scale;
            network.LabelBackward(w, i, goldHead, dl, grad);
        }
        network.Backward(input, w, grad);
        return loss;
    }

    private void Adam(float[] p, float[] g, float[] m, float[] v, int t)
    {
        const float beta1 = 0.9f, beta2 = 0.9f, eps = 1e-8f;
        double norm = 0;
        for (int i = 0; i < g.Length; i++) norm += g[i] * (double)g[i];
        norm = Math.Sqrt(norm);
        float clip = norm > 5.0 ? (float)(5.0 / norm) : 1f;
        float lr = o.LearningRate * MathF.Sqrt(1 - MathF.Pow(beta2, t)) / (1 - MathF.Pow(beta1, t));
        for (int i = 0; i < p.Length; i++)
        {
            float gi = g[i] * clip;
            m[i] = beta1 * m[i] + (1 - beta1) * gi;
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
            p[i] -= lr * m[i] / (MathF.Sqrt(v[i]) + eps);
        }
    }

    /// <summary>UAS and LAS on gold sentences (a sentence too long for the tree search counts as all wrong).</summary>
    public static Evaluation.ParseScore Score(BiaffineNetwork network, string[] labelNames, NeuralInput[] inputs, IReadOnlyList<TrainingSentence> gold)
    {
        var parser = new NeuralParser(network, labelNames, "");
        return Evaluation.Score(gold, labelNames, (k, s, heads, labels) =>
        {
            if (s.Words.Length > NeuralParser.MaxWords) heads.Fill(-2);
            else parser.Parse(inputs[k], heads, labels);
        });
    }

    public static NeuralInput Input(TrainingSentence s, Vocabulary vocabulary, NetworkShape shape)
    {
        var x = new NeuralInput();
        x.Reset(s.Words.Length);
        var tags = s.PredictedTags ?? s.GoldTags;
        for (int i = 0; i < s.Words.Length; i++) x.Set(i, s.Words[i], tags[i], vocabulary, shape.SuffixBuckets);
        return x;
    }

    private static Vocabulary BuildVocabulary(IReadOnlyList<TrainingSentence> train, (string[] Words, float[][] Vectors) pretrained, int keep, out int dims)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var s in train) foreach (var w in s.Words) counts[w.Norm] = counts.GetValueOrDefault(w.Norm) + 1;
        var trained = counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order().ToArray();
        dims = pretrained.Vectors.Length > 0 ? pretrained.Vectors[0].Length : 0;
        var keys = new List<ulong>();
        var rows = new List<float[]>();
        var seen = new HashSet<ulong>();
        var lexicon = WordLexicons.Default;
        for (int i = 0; i < pretrained.Words.Length; i++)
        {
            var norm = WordAtoms.Of(pretrained.Words[i], lexicon).Norm;
            if (!seen.Add(norm)) continue;
            if (i >= keep && !counts.ContainsKey(norm)) continue;
            keys.Add(norm);
            rows.Add(pretrained.Vectors[i]);
        }
        var flat = new float[rows.Count * dims];
        for (int r = 0; r < rows.Count; r++) rows[r].CopyTo(flat, r * dims);
        var (values, scales) = Vocabulary.Quantise(flat, dims);
        return new Vocabulary(trained, [.. keys], values, scales, dims);
    }

    private static float[] Initial(NetworkShape s, ParameterLayout lay, int seed)
    {
        var p = new float[lay.Size];
        var random = new Random(seed);
        void Uniform(int at, int count, float bound) { for (int i = 0; i < count; i++) p[at + i] = (random.NextSingle() * 2 - 1) * bound; }
        float Glorot(int fanIn, int fanOut) => MathF.Sqrt(6f / (fanIn + fanOut));
        Uniform(lay.WordEmbeddings, s.Vocabulary * s.Word, 0.1f);
        Uniform(lay.TagEmbeddings, (s.Tags + 1) * s.Tag, 0.1f);
        Uniform(lay.SuffixEmbeddings, s.SuffixBuckets * s.Suffix, 0.1f);
        int H = s.Hidden;
        for (int l = 0; l < s.Layers; l++)
            for (int d = 0; d < 2; d++)
            {
                int k = 2 * l + d;
                Uniform(lay.LstmInput[k], 4 * H * s.LayerInput(l), Glorot(s.LayerInput(l), H));
                Uniform(lay.LstmHidden[k], 4 * H * H, Glorot(H, H));
                for (int j = 0; j < H; j++) p[lay.LstmBias[k] + H + j] = 1f; // forget gates start open
            }
        Uniform(lay.ArcDep, s.Arc * s.Output, Glorot(s.Output, s.Arc));
        Uniform(lay.ArcHead, s.Arc * s.Output, Glorot(s.Output, s.Arc));
        // U starts at zero (Dozat and Manning): the first scores are the head prior's
        Uniform(lay.LabelDep, s.Label * s.Output, Glorot(s.Output, s.Label));
        Uniform(lay.LabelHead, s.Label * s.Output, Glorot(s.Output, s.Label));
        Uniform(lay.LabelOut, s.Labels * s.LabelFeatures, Glorot(s.LabelFeatures, s.Labels));
        return p;
    }
}

/// <summary>Reads the treebanks and the pretrained vectors, tags the sentences as the parser will see them, and trains.</summary>
public static class NeuralParserTraining
{
    public static NeuralParser Run(GrammarModel model, IReadOnlyList<string> trainFiles, IReadOnlyList<string> devFiles, string embeddings,
        NeuralTrainingOptions options, int folds, int limit, TextWriter log, string? tagsCache = null)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var lexicon = WordLexicons.Default;
        var tags = model.Tagger.Tags;
        var train = Treebank.Load(trainFiles, tags, lexicon, addTags: false);
        if (limit > 0) train = train.Take(limit).ToList();
        var dev = Treebank.Load(devFiles, tags, lexicon, addTags: false);
        log.WriteLine($"read {train.Count:N0} training sentences, {dev.Count:N0} dev ({sw.Elapsed.TotalSeconds:F0} s)");
        if (tagsCache is not null && File.Exists(tagsCache))
        {
            var lines = File.ReadAllLines(tagsCache);
            if (lines.Length != train.Count) throw new InvalidDataException($"{tagsCache}: {lines.Length} lines for {train.Count} sentences");
            for (int i = 0; i < train.Count; i++)
            {
                train[i].PredictedTags = [.. lines[i].Split(' ').Select(int.Parse)];
                if (train[i].PredictedTags!.Length != train[i].Words.Length) throw new InvalidDataException($"{tagsCache}: line {i + 1} has the wrong length");
            }
            log.WriteLine($"read the training sentences' tags from {tagsCache}");
        }
        else if (folds > 1) Jackknife.Tag(train, tags, folds, Jackknife.Epochs, options.Seed, log, sw);
        if (tagsCache is not null && !File.Exists(tagsCache) && folds > 1)
            File.WriteAllLines(tagsCache, train.Select(s => string.Join(' ', s.PredictedTags!)));
        foreach (var s in dev)
        {
            s.PredictedTags = new int[s.Words.Length];
            model.Tagger.Tag(s.Words, s.PredictedTags);
        }
        var pretrained = WordClusterer.ReadWinkEmbeddings(embeddings, 400_000);
        log.WriteLine($"read {pretrained.Words.Length:N0} pretrained vectors ({sw.Elapsed.TotalSeconds:F0} s)");
        var labels = model.Parser.LabelNames.ToArray();
        return new NeuralParserTrainer(options, log).Train(train, dev, labels, tags.Count, pretrained,
            $"neural parser trained on {string.Join(", ", trainFiles.Select(Path.GetFileName))}; seed {options.Seed}");
    }
}
