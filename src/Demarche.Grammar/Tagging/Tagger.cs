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
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        for (int i = 0; i < words.Length; i++)
        {
            int k = TaggerFeatures.Extract(words, classes, i, features, firstPass, title);
            scores.Clear();
            model.Score(features[..k], scores);
            int best = ArgMax(scores);
            if (IsUnknownInterjection(words[i], best)) { scores[best] = float.MinValue; best = ArgMax(scores); }
            classes[i] = best;
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
