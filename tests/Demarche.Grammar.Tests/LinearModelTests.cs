using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Tests;

/// <summary>
/// A linear model's scores are the sums of its features' weights, whatever way a row is kept (its non-zero weights,
/// or also a dense row for the rows of 24 or more weights), and its file is the same after a read.
/// </summary>
public sealed class LinearModelTests
{
    private const int Classes = 40;

    /// <summary>Rows of integer weights: every third feature has only a few, the others nearly all classes.</summary>
    private static (ulong[] Keys, float[] Rows) Weights(int features, int seed, int classes = Classes)
    {
        var random = new Random(seed);
        var keys = Enumerable.Range(0, features).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray();
        var rows = new float[features * classes];
        for (int r = 0; r < features; r++)
            for (int c = 0; c < classes; c++)
                rows[r * classes + c] = (r % 3 == 0 ? c % 9 == 0 : c % 7 != 0) ? random.Next(-30000, 30000) : 0f;
        return (keys, rows);
    }

    [Theory]
    [InlineData(Classes)]
    [InlineData(106)] // the tagger's: dense rows of 112 weights, seven 512-bit vectors
    [InlineData(51)] // the labels'
    [InlineData(140)] // past the eight vectors kept in registers
    public void ScoresAreTheSumsOfTheWeightsOfTheFeaturesPresent(int classes)
    {
        var (keys, rows) = Weights(300, 1, classes);
        var model = new LinearModel(classes, keys, rows);
        var random = new Random(2);
        for (int trial = 0; trial < 50; trial++)
        {
            // features of the model (some twice) and features it never saw
            var present = Enumerable.Range(0, 60).Select(_ => random.Next(keys.Length)).ToArray();
            var features = present.Select(i => keys[i]).Concat(Enumerable.Range(0, 20).Select(_ => (ulong)random.NextInt64(1, long.MaxValue))).ToArray();
            var expected = new float[classes];
            foreach (int i in present)
                for (int c = 0; c < classes; c++) expected[c] += rows[i * classes + c];
            var scores = new float[classes];
            model.Score(features, scores);
            Assert.Equal(expected, scores);
        }
    }

    [Theory]
    [InlineData(Classes)]
    [InlineData(106)]
    [InlineData(51)]
    [InlineData(140)]
    public void SumsKeptOfSomeFeaturesScoreWithTheRestAsAllAtOnce(int classes)
    {
        var (keys, rows) = Weights(300, 4, classes);
        var model = new LinearModel(classes, keys, rows);
        var random = new Random(5);
        for (int trial = 0; trial < 50; trial++)
        {
            var features = Enumerable.Range(0, 70).Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64(1, long.MaxValue) : keys[random.Next(keys.Length)]).ToArray();
            int cut = random.Next(features.Length + 1);
            var kept = new int[model.SumLength];
            model.AddWeights(features.AsSpan(0, cut), kept);
            var parts = new float[classes];
            model.Score(features.AsSpan(cut), kept, parts);
            var whole = new float[classes];
            model.Score(features, whole);
            Assert.Equal(whole, parts);
        }
    }

    [Fact]
    public void AModelReadFromItsFileScoresAndWritesAsItself()
    {
        var (keys, rows) = Weights(300, 3);
        var model = new LinearModel(Classes, keys, rows);
        var written = Bytes(model);
        var read = LinearModel.Read(new BinaryReader(new MemoryStream(written)));
        Assert.Equal(written, Bytes(read));
        // a model read from a file lays its rows out in slot order (a trained one in training order): read twice, the same
        Assert.True(read.SameTables(LinearModel.Read(new BinaryReader(new MemoryStream(written)))));
        var first = new float[Classes];
        var second = new float[Classes];
        model.Score(keys, first);
        read.Score(keys, second);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(4, 20_000)]
    [InlineData(3, 5_000)]
    [InlineData(Classes, 6_000)]
    [InlineData(Classes, 3)]
    public void EveryFeatureOfTheSlotsHasItsWeightsInTheBuckets(int classes, int features)
    {
        // many features: full buckets, chains past them and round the end of the table
        var random = new Random(features);
        var keys = Enumerable.Range(0, features).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray();
        var rows = Enumerable.Range(0, features * classes).Select(i => i % 4 == 0 ? 0f : random.Next(-30000, 30000)).ToArray();
        var model = new LinearModel(classes, keys, rows);
        AssertSlotsScored(model, model);
        // features the model never saw score nothing
        var scores = new float[classes];
        model.Score(Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray(), scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    /// <summary>
    /// For every slot of <paramref name="slots"/>' file layout (the feature tables as they were scored before the
    /// buckets), <paramref name="scored"/> gives the slot's weights to its fingerprint (a key below 2^32 is its own).
    /// </summary>
    internal static void AssertSlotsScored(LinearModel slots, LinearModel scored)
    {
        var r = new BinaryReader(new MemoryStream(Bytes(slots)));
        int classes = r.ReadInt32(), count = r.ReadInt32();
        int n = (int)r.ReadUInt64();
        var keys = new uint[n];
        for (int i = 0; i < n; i++) keys[i] = r.ReadUInt32();
        var weights = new float[n][];
        for (int i = 0; i < n; i++) weights[i] = new float[classes];
        if (classes <= 4)
        {
            for (int c = 0; c < classes; c++)
                for (int i = 0; i < n; i++) weights[i][c] = r.ReadInt16();
        }
        else
        {
            var counts = new ushort[n];
            for (int i = 0; i < n; i++) counts[i] = r.ReadUInt16();
            int total = r.ReadInt32();
            var classOf = new ushort[total];
            for (int e = 0; e < total; e++) classOf[e] = r.ReadUInt16();
            int at = 0;
            for (int i = 0; i < n; i++)
                for (int e = 0; e < counts[i]; e++, at++) weights[i][classOf[at]] = r.ReadInt16();
        }
        int stored = 0;
        var scores = new float[classes];
        for (int i = 0; i < n; i++)
        {
            if (keys[i] == 0) continue;
            stored++;
            Array.Clear(scores);
            scored.Score([keys[i]], scores);
            if (!scores.AsSpan().SequenceEqual(weights[i])) Assert.Fail($"feature {keys[i]:x8}: [{string.Join(", ", scores)}] instead of [{string.Join(", ", weights[i])}]");
        }
        Assert.Equal(count, stored);
    }

    private static byte[] Bytes(LinearModel model)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        return stream.ToArray();
    }
}
