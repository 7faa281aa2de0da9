using Demarche.Grammar.Neural;
using Demarche.Grammar.Training;
using Xunit;

namespace Demarche.Grammar.Tests;

public class NeuralParserTests
{
    private static (BiaffineNetwork Network, NeuralInput Input, int[] Heads, int[] Labels) Tiny()
    {
        var shape = new NetworkShape { Pretrained = 4, Word = 3, Tag = 2, Suffix = 2, SuffixBuckets = 8, Hidden = 3, Layers = 2, Arc = 4, Label = 3, Vocabulary = 5, Tags = 3, Labels = 4 };
        var layout = new ParameterLayout(shape);
        var random = new Random(7);
        var p = new float[layout.Size];
        for (int i = 0; i < p.Length; i++) p[i] = (random.NextSingle() * 2 - 1) * 0.5f;
        var pretrained = new float[3 * 4];
        for (int i = 0; i < pretrained.Length; i++) pretrained[i] = random.NextSingle() - 0.5f;
        var (values, scales) = Vocabulary.Quantise(pretrained, 4);
        var vocabulary = new Vocabulary([11, 12, 13], [11, 12, 14], values, scales, 4);
        var input = new NeuralInput();
        input.Reset(4);
        int[] words = [2, 3, 0, 4], tags = [1, 2, 3, 1], rows = [0, -1, 2, 1], flags = [1, 0, 4, 32];
        for (int t = 1; t <= 4; t++)
        {
            input.Word[t] = words[t - 1]; input.Tag[t] = tags[t - 1]; input.Pretrained[t] = rows[t - 1];
            input.Suffix[t] = t * 2 % 8; input.Flags[t] = flags[t - 1];
        }
        return (new BiaffineNetwork(shape, p, vocabulary), input, [1, -1, 1, 2], [1, 0, 2, 3]);
    }

    [Fact]
    public void GradientsMatchFiniteDifferences()
    {
        var (network, input, heads, labels) = Tiny();
        var trainer = new NeuralParserTrainer(new NeuralTrainingOptions { Dropout = 0f, WordDropout = 0f }, TextWriter.Null);
        var work = new Workspace(network.Shape, training: true);
        var scratch = new NeuralInput();
        var grad = new float[network.Parameters.Length];
        trainer.SentenceGradient(network, input, scratch, heads, labels, work, grad, new Random(1), 1f);
        var none = new float[grad.Length];
        float Loss() { Array.Clear(none); return trainer.SentenceGradient(network, input, scratch, heads, labels, work, none, new Random(1), 1f); }
        var layout = network.Layout;
        int checkedCount = 0, bad = 0;
        var failures = new List<string>();
        for (int i = 0; i < grad.Length; i++)
        {
            // the pretrained vectors are fixed; unused embedding rows have no gradient either way
            const float eps = 1e-2f;
            float keep = network.Parameters[i];
            network.Parameters[i] = keep + eps; float up = Loss();
            network.Parameters[i] = keep - eps; float down = Loss();
            network.Parameters[i] = keep;
            float numeric = (up - down) / (2 * eps);
            checkedCount++;
            if (Math.Abs(numeric - grad[i]) > 2e-3f + 0.05f * Math.Abs(numeric)) { bad++; if (failures.Count < 10) failures.Add($"{i}: numeric {numeric} analytic {grad[i]}"); }
        }
        Assert.True(checkedCount > 500);
        Assert.True(bad == 0, $"{bad} of {checkedCount} gradients differ (layout: lstm {layout.LstmInput[0]}, arc {layout.ArcDep}, label {layout.LabelDep}):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void EisnerFindsTheBestProjectiveTree()
    {
        // root 0, words 1..3; scores favour 2 as root with 1 and 3 as its dependents
        int m = 4;
        var scores = new float[m * m];
        Array.Fill(scores, -5f);
        scores[2 * m + 0] = 3f; scores[1 * m + 2] = 2f; scores[3 * m + 2] = 2f;
        scores[1 * m + 0] = 2.5f; // a second word on the root would score more, but a tree has one root
        var heads = new int[m];
        new Eisner().Decode(scores, m, heads);
        Assert.Equal([-1, 2, 0, 2], heads);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 5, 9)]
    [InlineData(4, 8, 16)]
    [InlineData(7, 13, 37)]
    public void RowProductsMatchTheNaiveSum(int m, int n, int k)
    {
        var random = new Random(m * 100 + n * 10 + k);
        var a = Enumerable.Range(0, m * k).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var b = Enumerable.Range(0, n * k).Select(_ => random.NextSingle() - 0.5f).ToArray();
        int ldc = n + 2;
        var c = new float[m * ldc];
        Array.Fill(c, 1f);
        Blas.DotRowsAdd(a, m, b, n, k, c, ldc);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < ldc; j++)
            {
                double expected = 1;
                if (j < n) for (int t = 0; t < k; t++) expected += a[i * k + t] * (double)b[j * k + t];
                Assert.Equal(expected, c[i * ldc + j], 4);
            }
    }
}
