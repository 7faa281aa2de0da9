using System.Runtime.CompilerServices;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Tagging;

/// <summary>
/// The tagger's feature templates for word i of a sentence: the word, its affixes, shape and lexicon readings,
/// its neighbours two either side, and the tags already given to the two words before it.
/// </summary>
public static class TaggerFeatures
{
    public const int Max = 64;
    private const ulong Start1 = 0x1001, Start2 = 0x1002, End1 = 0x2001, End2 = 0x2002, NoTag = 0x3003;

    /// <summary>
    /// Features of word i. <paramref name="tags"/> holds the classes chosen so far (left of i);
    /// <paramref name="firstPass"/>, for the second pass, the first pass's classes of every word (else empty);
    /// <paramref name="titleCase"/> says most words of the sentence are capitalised (a headline).
    /// </summary>
    public static int Extract(ReadOnlySpan<WordAtoms> w, ReadOnlySpan<int> tags, int i, Span<ulong> f, ReadOnlySpan<int> firstPass = default, bool titleCase = false)
    {
        // the three groups the tagger scores apart (its word sums kept, the words around, the classes just chosen)
        int k = ExtractWord(w[i], f);
        k += ExtractAround(w, i, f[k..], firstPass, titleCase);
        k += ExtractTagged(w, tags, i, f[k..], firstPass);
        return k;
    }

    /// <summary>The most features a word has of its own (<see cref="ExtractWord"/>).</summary>
    public const int WordMax = 16;

    /// <summary>
    /// The features that read only the word itself (its forms, affixes, shape, lexicon readings
    /// and clusters, and the bias): the same for every occurrence of the word, so the tagger adds up their weights once
    /// and keeps the sums. <see cref="ExtractAround"/> and <see cref="ExtractTagged"/> give the others; <see cref="Extract"/>
    /// all three.
    /// </summary>
    public static int ExtractWord(in WordAtoms cur, Span<ulong> f)
    {
        int k = 0;
        f[k++] = FeatureHash.Key(0, 0);
        f[k++] = FeatureHash.Key(1, cur.Norm);
        f[k++] = FeatureHash.Key(2, cur.Form);
        f[k++] = FeatureHash.Key(3, cur.Suffix1);
        f[k++] = FeatureHash.Key(4, cur.Suffix2);
        f[k++] = FeatureHash.Key(5, cur.Suffix3);
        f[k++] = FeatureHash.Key(6, cur.Suffix4);
        f[k++] = FeatureHash.Key(7, cur.Prefix1);
        f[k++] = FeatureHash.Key(8, cur.Prefix2);
        f[k++] = FeatureHash.Key(9, cur.Prefix3);
        f[k++] = FeatureHash.Key(10, cur.Shape);
        f[k++] = FeatureHash.Key(12, (ulong)cur.Lexical);
        f[k++] = FeatureHash.Key(40, (ulong)(uint)cur.Cluster);
        f[k++] = FeatureHash.Key(41, (ulong)(uint)cur.Cluster2);
        f[k++] = FeatureHash.Key(42, (ulong)(uint)cur.Cluster1);
        return k;
    }

    /// <summary>The most features of <see cref="ExtractAround"/>.</summary>
    public const int AroundMax = 40;

    /// <summary>
    /// The features that read the words around word i (and the first pass's classes) but
    /// not the classes this pass has chosen: they are known for every word of the sentence before the pass starts.
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static int ExtractAround(ReadOnlySpan<WordAtoms> w, int i, Span<ulong> f, ReadOnlySpan<int> firstPass = default, bool titleCase = false)
    {
        int n = w.Length, k = 0;
        ref readonly var cur = ref w[i];
        ulong normP1 = i > 0 ? w[i - 1].Norm : Start1, normP2 = i > 1 ? w[i - 2].Norm : Start2;
        ulong normN1 = i + 1 < n ? w[i + 1].Norm : End1, normN2 = i + 2 < n ? w[i + 2].Norm : End2;
        ulong lexN1 = i + 1 < n ? (ulong)w[i + 1].Lexical : End1, lexN2 = i + 2 < n ? (ulong)w[i + 2].Lexical : End2;
        ulong lexP1 = i > 0 ? (ulong)w[i - 1].Lexical : Start1;
        ulong lex = (ulong)cur.Lexical;

        f[k++] = FeatureHash.Key(11, (ulong)cur.Flags, i == 0 ? 1UL : 0UL);
        f[k++] = FeatureHash.Key(13, normP1);
        f[k++] = FeatureHash.Key(14, normP2);
        f[k++] = FeatureHash.Key(15, normN1);
        f[k++] = FeatureHash.Key(16, normN2);
        f[k++] = FeatureHash.Key(17, i > 0 ? w[i - 1].Suffix3 : Start1);
        f[k++] = FeatureHash.Key(18, i + 1 < n ? w[i + 1].Suffix3 : End1);
        f[k++] = FeatureHash.Key(19, i + 1 < n ? w[i + 1].Shape : End1);
        f[k++] = FeatureHash.Key(20, i > 0 ? w[i - 1].Shape : Start1);
        f[k++] = FeatureHash.Key(26, lexN1);
        f[k++] = FeatureHash.Key(27, lexP1);
        f[k++] = FeatureHash.Key(28, lex, lexN1);
        f[k++] = FeatureHash.Key(30, cur.Norm, normN1);
        f[k++] = FeatureHash.Key(31, normP1, cur.Norm);
        f[k++] = FeatureHash.Key(32, lexN2);
        f[k++] = FeatureHash.Key(33, cur.Norm, lexN1);
        ulong c2P1 = i > 0 ? (ulong)(uint)w[i - 1].Cluster2 : Start1, c2N1 = i + 1 < n ? (ulong)(uint)w[i + 1].Cluster2 : End1;
        ulong cN1 = i + 1 < n ? (ulong)(uint)w[i + 1].Cluster : End1;
        ulong c = (ulong)(uint)cur.Cluster;
        f[k++] = FeatureHash.Key(43, c2P1);
        f[k++] = FeatureHash.Key(44, c2N1);
        f[k++] = FeatureHash.Key(45, cN1);
        f[k++] = FeatureHash.Key(47, c, c2N1);
        if (titleCase)
        {
            f[k++] = FeatureHash.Key(48, (ulong)cur.Flags, i == 0 ? 1UL : 0UL);
            f[k++] = FeatureHash.Key(49, (ulong)(uint)cur.Cluster2, (ulong)cur.Flags);
            f[k++] = FeatureHash.Key(50, cur.Norm);
        }
        if (!firstPass.IsEmpty)
        {
            ulong t1 = (ulong)firstPass[i];
            ulong t1N1 = i + 1 < n ? (ulong)firstPass[i + 1] : End1, t1N2 = i + 2 < n ? (ulong)firstPass[i + 2] : End2;
            f[k++] = FeatureHash.Key(51, t1N1);
            f[k++] = FeatureHash.Key(52, t1N2);
            f[k++] = FeatureHash.Key(53, t1N1, t1N2);
            f[k++] = FeatureHash.Key(54, t1N1, cur.Norm);
            f[k++] = FeatureHash.Key(56, t1);
            f[k++] = FeatureHash.Key(58, lex, t1N1);
        }
        return k;
    }

    /// <summary>The most features of <see cref="ExtractTagged"/>.</summary>
    public const int TaggedMax = 16;

    /// <summary>
    /// The features that read the classes this pass chose for the two words before word i:
    /// with <see cref="ExtractWord"/> and <see cref="ExtractAround"/>, all of them.
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static int ExtractTagged(ReadOnlySpan<WordAtoms> w, ReadOnlySpan<int> tags, int i, Span<ulong> f, ReadOnlySpan<int> firstPass = default)
    {
        int n = w.Length, k = 0;
        ref readonly var cur = ref w[i];
        ulong prevTag = i > 0 ? (ulong)tags[i - 1] : NoTag;
        ulong prevTag2 = i > 1 ? (ulong)tags[i - 2] : NoTag;
        ulong lexN1 = i + 1 < n ? (ulong)w[i + 1].Lexical : End1;
        ulong lex = (ulong)cur.Lexical;
        f[k++] = FeatureHash.Key(21, prevTag);
        f[k++] = FeatureHash.Key(22, prevTag2);
        f[k++] = FeatureHash.Key(23, prevTag, prevTag2);
        f[k++] = FeatureHash.Key(24, prevTag, cur.Norm);
        f[k++] = FeatureHash.Key(25, prevTag, cur.Suffix3);
        f[k++] = FeatureHash.Key(29, lex, prevTag);
        f[k++] = FeatureHash.Key(34, prevTag, lex, lexN1);
        f[k++] = FeatureHash.Key(35, (ulong)cur.Flags, prevTag);
        f[k++] = FeatureHash.Key(46, prevTag, (ulong)(uint)cur.Cluster);
        if (!firstPass.IsEmpty)
        {
            ulong t1 = (ulong)firstPass[i];
            ulong t1N1 = i + 1 < n ? (ulong)firstPass[i + 1] : End1;
            f[k++] = FeatureHash.Key(55, prevTag, t1N1);
            f[k++] = FeatureHash.Key(57, t1, t1N1, prevTag);
        }
        return k;
    }
}

/// <summary>Sentence-level facts the tagger's features use.</summary>
public static class SentenceShape
{
    /// <summary>Whether most words after the first are capitalised ("Hotel Review Of The Year"): capitals then say little.</summary>
    public static bool IsTitleCase(ReadOnlySpan<WordAtoms> w)
    {
        int words = 0, capitalised = 0;
        for (int i = 1; i < w.Length; i++)
        {
            if ((w[i].Flags & WordAtoms.HasLetter) == 0) continue;
            words++;
            if ((w[i].Flags & WordAtoms.Capitalised) != 0) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 6;
    }
}
