using System.Numerics;
using System.Text.Json;

namespace Demarche.Grammar.Training;

/// <summary>
/// Groups words by their embedding into a tree of clusters (hierarchical k-means on unit vectors, cosine
/// similarity): <see cref="Branching"/> clusters at each of <see cref="Levels"/> levels, so that a word's path
/// ("3f0") and its prefixes ("3", "3f") name ever finer groups of words used alike, as Brown clusters do.
/// Deterministic for a seed. The tagger and parser use the paths as features, which carries what a treebank
/// teaches about a word to the words it never saw.
/// </summary>
public sealed class WordClusterer(int branching = 16, int levels = 3, int iterations = 12, int seed = 1)
{
    public int Branching { get; } = branching;
    public int Levels { get; } = levels;

    /// <summary>Reads the first <paramref name="limit"/> words of a wink-embeddings JSON file (words by frequency, vectors by word).</summary>
    public static (string[] Words, float[][] Vectors) ReadWinkEmbeddings(string path, int limit)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        var root = doc.RootElement;
        int dims = root.GetProperty("dimensions").GetInt32();
        var words = root.GetProperty("words").EnumerateArray().Take(limit).Select(w => w.GetString()!).ToArray();
        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) index.TryAdd(words[i], i);
        var vectors = new float[words.Length][];
        foreach (var property in root.GetProperty("vectors").EnumerateObject())
        {
            if (!index.TryGetValue(property.Name, out int i) || vectors[i] is not null) continue;
            var v = new float[dims];
            int k = 0;
            foreach (var x in property.Value.EnumerateArray())
            {
                if (k == dims) break;
                v[k++] = x.GetSingle();
            }
            vectors[i] = v;
        }
        for (int i = 0; i < vectors.Length; i++) vectors[i] ??= new float[dims];
        return (words, vectors);
    }

    /// <summary>The cluster path of each word: one digit (0…Branching-1) per level.</summary>
    public int[][] Cluster(float[][] vectors)
    {
        foreach (var v in vectors) Normalise(v);
        var paths = new int[vectors.Length][];
        for (int i = 0; i < paths.Length; i++) paths[i] = new int[Levels];
        Split(vectors, Enumerable.Range(0, vectors.Length).ToArray(), paths, 0, seed);
        return paths;
    }

    private void Split(float[][] vectors, int[] members, int[][] paths, int level, int splitSeed)
    {
        if (level >= Levels || members.Length == 0) return;
        int k = Math.Min(Branching, members.Length);
        var assignment = KMeans(vectors, members, k, new Random(splitSeed));
        for (int c = 0; c < k; c++)
        {
            var group = members.Where((_, i) => assignment[i] == c).ToArray();
            foreach (int m in group) paths[m][level] = c;
            Split(vectors, group, paths, level + 1, splitSeed * 31 + c + 1);
        }
    }

    private int[] KMeans(float[][] vectors, int[] members, int k, Random rng)
    {
        int dims = vectors[members[0]].Length;
        // k-means++ seeding, on the most frequent words of the group first (members are in frequency order)
        var centroids = new float[k][];
        centroids[0] = (float[])vectors[members[rng.Next(Math.Min(members.Length, 1000))]].Clone();
        var distance = new float[members.Length];
        for (int c = 1; c < k; c++)
        {
            double total = 0;
            for (int i = 0; i < members.Length; i++)
            {
                float best = float.MaxValue;
                for (int j = 0; j < c; j++) best = Math.Min(best, 1 - Dot(vectors[members[i]], centroids[j]));
                distance[i] = Math.Max(best, 0);
                total += distance[i];
            }
            double pick = rng.NextDouble() * total;
            int chosen = members.Length - 1;
            for (int i = 0; i < members.Length; i++) { pick -= distance[i]; if (pick <= 0) { chosen = i; break; } }
            centroids[c] = (float[])vectors[members[chosen]].Clone();
        }
        var assignment = new int[members.Length];
        for (int it = 0; it < iterations; it++)
        {
            bool changed = false;
            for (int i = 0; i < members.Length; i++)
            {
                int best = 0;
                float bestSim = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float sim = Dot(vectors[members[i]], centroids[c]);
                    if (sim > bestSim) { bestSim = sim; best = c; }
                }
                if (assignment[i] != best || it == 0) { changed |= assignment[i] != best; assignment[i] = best; }
            }
            var sums = new float[k][];
            var counts = new int[k];
            for (int c = 0; c < k; c++) sums[c] = new float[dims];
            for (int i = 0; i < members.Length; i++)
            {
                var v = vectors[members[i]];
                var s = sums[assignment[i]];
                for (int d = 0; d < dims; d++) s[d] += v[d];
                counts[assignment[i]]++;
            }
            for (int c = 0; c < k; c++)
                if (counts[c] > 0) { Normalise(sums[c]); centroids[c] = sums[c]; }
            if (!changed && it > 0) break;
        }
        return assignment;
    }

    private static float Dot(float[] a, float[] b)
    {
        float sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
                acc += new Vector<float>(a, i) * new Vector<float>(b, i);
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalise(float[] v)
    {
        float n = MathF.Sqrt(Dot(v, v));
        if (n > 0) for (int i = 0; i < v.Length; i++) v[i] /= n;
    }

    /// <summary>A path as hex digits, one a level ("3f0").</summary>
    public static string PathText(int[] path) => string.Concat(path.Select(p => p.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
}
