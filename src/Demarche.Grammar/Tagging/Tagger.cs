using System.Runtime.CompilerServices;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Tagging;

/// <summary>
/// A greedy averaged-perceptron tagger: left to right, each word's class (a UPOS and Penn tag pair) chosen from
/// <see cref="TaggerFeatures"/>, which include the classes already chosen for the two words before it.
/// </summary>
public sealed class Tagger(TagSet tags, LinearModel model, LinearModel? second = null)
{
    public TagSet Tags { get; } = tags;
    public LinearModel Model { get; } = model;
    /// <summary>The second pass: the same left-to-right tagging, also seeing the first pass's classes of the words to the right.</summary>
    public LinearModel? Second { get; } = second;

    [ThreadStatic] private static int[]? _firstPass;

    public void Tag(ReadOnlySpan<WordAtoms> words, Span<int> classes)
    {
        bool title = SentenceShape.IsTitleCase(words);
        Pass(Model, words, classes, default, title);
        if (Second is null) return;
        var first = _firstPass is { } b && b.Length >= words.Length ? b : _firstPass = new int[Math.Max(64, words.Length * 2)];
        classes.CopyTo(first);
        Pass(Second, words, classes, first.AsSpan(0, words.Length), title);
    }

    /// <summary>One left-to-right pass with one model.</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public void Pass(LinearModel model, ReadOnlySpan<WordAtoms> words, Span<int> classes, ReadOnlySpan<int> firstPass, bool title)
    {
        Span<float> scores = stackalloc float[Tags.Count];
        if (BuffersOf(model) is { } buffers)
        {
            PassInParts(model, buffers, words, classes, firstPass, title, scores);
            return;
        }
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        for (int i = 0; i < words.Length; i++)
        {
            int k = TaggerFeatures.Extract(words, classes, i, features, firstPass, title);
            scores.Clear();
            model.Score(features[..k], scores);
            classes[i] = Choose(words[i], scores);
        }
    }

    /// <summary>
    /// The pass with a wide model, its features in three parts whose weights are integers added up exactly: the
    /// word's own (<see cref="TaggerFeatures.ExtractWord"/>), summed at its last occurrence and kept; those of the words
    /// around it (<see cref="TaggerFeatures.ExtractAround"/>), added for every word of the sentence before the pass, the
    /// table's lines of the words ahead asked for while a word's are added (each look-up is a cache miss, and so they
    /// overlap); and the few that read the classes just chosen (<see cref="TaggerFeatures.ExtractTagged"/>), left to right.
    /// The scores are those of all the features at once.
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    private void PassInParts(LinearModel model, PassBuffers buffers, ReadOnlySpan<WordAtoms> words, Span<int> classes, ReadOnlySpan<int> firstPass, bool title, Span<float> scores)
    {
        const int Ahead = 2, Width = TaggerFeatures.AroundMax;
        int n = words.Length, stride = model.SumLength;
        buffers.Ensure(n, stride);
        var around = buffers.Around.AsSpan(0, n * Width);
        var counts = buffers.Counts.AsSpan(0, n);
        var sums = buffers.Sums.AsSpan(0, n * stride);
        for (int i = 0; i < n; i++) counts[i] = TaggerFeatures.ExtractAround(words, i, around.Slice(i * Width, Width), firstPass, title);
        for (int i = 0; i < Math.Min(Ahead, n); i++) model.Prefetch(around.Slice(i * Width, counts[i]));
        for (int i = 0; i < n; i++)
        {
            if (i + Ahead < n) model.Prefetch(around.Slice((i + Ahead) * Width, counts[i + Ahead]));
            var sum = sums.Slice(i * stride, stride);
            buffers.Kept.Of(words[i]).CopyTo(sum);
            model.AddWeights(around.Slice(i * Width, counts[i]), sum);
        }
        Span<ulong> tagged = stackalloc ulong[TaggerFeatures.TaggedMax];
        for (int i = 0; i < n; i++)
        {
            int k = TaggerFeatures.ExtractTagged(words, classes, i, tagged, firstPass);
            scores.Clear();
            model.Score(tagged[..k], sums.Slice(i * stride, stride), scores);
            classes[i] = Choose(words[i], scores);
        }
    }

    /// <summary>The class of the best score, but for an unknown capitalised word an interjection's (<see cref="IsUnknownInterjection"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Choose(in WordAtoms word, Span<float> scores)
    {
        int best = ArgMax(scores);
        if (IsUnknownInterjection(word, best)) { scores[best] = float.MinValue; best = ArgMax(scores); }
        return best;
    }

    // each thread's buffers for the first and the second pass's model
    private readonly ThreadLocal<PassBuffers?[]> _buffers = new(() => new PassBuffers?[2]);

    /// <summary>The thread's buffers of one of this tagger's (wide) models; null for another model.</summary>
    private PassBuffers? BuffersOf(LinearModel model)
    {
        int which = ReferenceEquals(model, Model) ? 0 : ReferenceEquals(model, Second) ? 1 : -1;
        if (which < 0 || model.IsNarrow) return null;
        var buffers = _buffers.Value!;
        return buffers[which] ??= new PassBuffers(model);
    }

    /// <summary>A thread's kept word sums of one model and the features and sums of the sentence being tagged.</summary>
    private sealed class PassBuffers(LinearModel model)
    {
        public readonly WordSums Kept = new(model);
        public ulong[] Around = [];
        public int[] Counts = [];
        public int[] Sums = [];

        /// <summary>Sentences longer than this are tagged in buffers of their own, not kept for the next sentence.</summary>
        private const int KeptWords = 512;

        public void Ensure(int words, int stride)
        {
            // a long sentence's buffers are dropped at the next sentence of the kept size
            bool oversized = Counts.Length > KeptWords;
            if (Counts.Length >= words && !(oversized && words <= KeptWords)) return;
            int size = words <= KeptWords ? Math.Min(KeptWords, Math.Max(64, words * 2)) : words;
            Around = new ulong[size * TaggerFeatures.AroundMax];
            Counts = new int[size];
            Sums = new int[size * stride];
        }
    }

    /// <summary>
    /// "Hezbollah, …", "Hezbollah fired …": web text opens many sentences with a capitalised greeting, so an unknown
    /// capitalised word can come out as an interjection (UH). A capitalised word that is not listed as an
    /// interjection (data/lexicon/interjections.txt) takes its next best class instead.
    /// </summary>
    private bool IsUnknownInterjection(in WordAtoms word, int cls) => Tags.Penn(cls) == PosTag.UH && !word.MayBeInterjection;

    /// <summary>
    /// The first class of the highest score (as a loop keeping the best on a strictly higher score finds it; scores
    /// are sums of integer weights, never NaN nor -0), found with vector instructions.
    /// </summary>
    public static int ArgMax(ReadOnlySpan<float> scores) => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(scores);

    /// <summary>Writes the tagger as in a model file, or with <paramref name="tables"/> its tables as in memory (the cache's layout).</summary>
    public void Write(BinaryWriter w, bool tables = false)
    {
        Tags.Write(w);
        Model.Write(w, tables);
        w.Write(Second is not null);
        Second?.Write(w, tables);
    }

    public static Tagger Read(BinaryReader r, int version = 2)
    {
        var tags = TagSet.Read(r);
        var read = LinearModel.ReaderOf(version);
        var first = read(r);
        var second = version >= 2 && r.ReadBoolean() ? read(r) : null;
        return new Tagger(tags, first, second);
    }
}

/// <summary>
/// A model's integer sums of the weights of words' own features (<see cref="TaggerFeatures.ExtractWord"/>: about a
/// third of a word's features, each a look-up in a table far larger than the caches), kept for the last word seen at
/// each of 4,096 places: a frequent word's are summed once. The kept sums are exactly what adding the same weights
/// again gives (integers), so the tags are the same. One thread's.
/// </summary>
internal sealed class WordSums
{
    private const int Bits = 12;
    private readonly LinearModel _model;
    private readonly int _stride;
    private readonly WordAtoms[] _words = new WordAtoms[1 << Bits];
    private readonly bool[] _filled = new bool[1 << Bits];
    private readonly int[] _sums;

    public WordSums(LinearModel model)
    {
        _model = model;
        _stride = model.SumLength;
        _sums = new int[(1 << Bits) * _stride];
    }

    /// <summary>The sums of the word's own features (valid until the next call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Of(in WordAtoms word)
    {
        int at = (int)((word.Form * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
        var sums = _sums.AsSpan(at * _stride, _stride);
        if (_filled[at] && SameFeatures(_words[at], word)) return sums;
        Fill(word, sums);
        _words[at] = word;
        _filled[at] = true;
        return sums;
    }

    private void Fill(in WordAtoms word, Span<int> sums)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.WordMax];
        int k = TaggerFeatures.ExtractWord(word, features);
        sums.Clear();
        _model.AddWeights(features[..k], sums);
    }

    /// <summary>Whether two words have the same own features (every value <see cref="TaggerFeatures.ExtractWord"/> reads is equal).</summary>
    private static bool SameFeatures(in WordAtoms a, in WordAtoms b) =>
        a.Form == b.Form && a.Norm == b.Norm && a.Suffix1 == b.Suffix1 && a.Suffix2 == b.Suffix2 && a.Suffix3 == b.Suffix3
        && a.Suffix4 == b.Suffix4 && a.Prefix1 == b.Prefix1 && a.Prefix2 == b.Prefix2 && a.Prefix3 == b.Prefix3 && a.Shape == b.Shape
        && a.Lexical == b.Lexical && a.Cluster == b.Cluster && a.Cluster1 == b.Cluster1 && a.Cluster2 == b.Cluster2;
}
