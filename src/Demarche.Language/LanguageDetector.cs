using Lingua;

namespace Demarche.Language;

/// <summary>
/// Says which language a document is written in (ISO 639-1: "en", "fr"), with Lingua (SearchPioneer.Lingua) restricted
/// to the languages of international news and in its low-accuracy mode (trigram models only: a few MB, loaded on first
/// use). A text too short or too mixed to tell is taken as English, the language Demarche reads, so that a one-line
/// English sentence is never turned away.
/// </summary>
public sealed class LanguageDetector
{
    public const string English = "en";

    /// <summary>The languages told apart (others are read as the nearest of these).</summary>
    public static readonly Lingua.Language[] Languages =
    [
        Lingua.Language.English, Lingua.Language.French, Lingua.Language.German, Lingua.Language.Spanish, Lingua.Language.Portuguese,
        Lingua.Language.Italian, Lingua.Language.Dutch, Lingua.Language.Russian, Lingua.Language.Ukrainian, Lingua.Language.Polish,
        Lingua.Language.Turkish, Lingua.Language.Arabic, Lingua.Language.Persian, Lingua.Language.Hebrew, Lingua.Language.Chinese,
        Lingua.Language.Japanese, Lingua.Language.Korean, Lingua.Language.Hindi, Lingua.Language.Urdu, Lingua.Language.Indonesian,
        Lingua.Language.Swahili, Lingua.Language.Swedish, Lingua.Language.Greek, Lingua.Language.Serbian, Lingua.Language.Romanian,
    ];

    /// <summary>Characters read: enough to tell a language, few enough to stay fast on long articles.</summary>
    public const int SampleLength = 1000;
    /// <summary>Below this many letters the text is taken as English.</summary>
    public const int MinimumLetters = 40;
    /// <summary>Another language is said only when its confidence is at least this and English's is far below.</summary>
    public const double MinimumConfidence = 0.6;
    /// <summary>A text shorter than this many letters (a sentence) must be told apart with near certainty.</summary>
    public const int ShortText = 160;
    public const double ShortTextConfidence = 0.95;

    private static readonly Lazy<Lingua.LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages(Languages).WithLowAccuracyMode().Build());

    public static LanguageDetector Default { get; } = new();

    private static int _modelsLoaded;

    /// <summary>
    /// Lingua reads its models (compressed JSON) at its first use: about 7 MB of garbage beside 17 MB of models, and the
    /// heap it grew to stays committed for the rest of the run. One compacting collection that gives the free memory
    /// back, once a process: docs-1's peak memory (bench/realtext/README.md).
    /// </summary>
    private static void ReleaseModelLoadingGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>
    /// Tells whether a lower-case word is English (the grammar's lexicon); with it, a sentence Lingua gives to another
    /// language whose lower-case words are nearly all English stays English. Null: Lingua's word is final.
    /// </summary>
    public Func<string, bool>? EnglishWord { get; init; }

    /// <summary>Share of a short text's lower-case words that must be English words to overrule Lingua.</summary>
    public const double EnglishVocabularyShare = 0.8;
    /// <summary>The fewest lower-case words a short text needs for that test.</summary>
    public const int EnglishVocabularyMinimum = 3;

    /// <summary>The ISO 639-1 code of the text's language.</summary>
    public string Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        int letters = 0;
        foreach (var c in head) if (char.IsLetter(c)) letters++;
        if (letters < MinimumLetters || IsPlainlyEnglish(head)) return English;
        var sample = head.Length == text.Length ? text : head.ToString();
        // a short text whose lower-case words are nearly all English is English whatever Lingua says (below: Lingua's
        // English is English, and its other language is overruled by the same test), so Lingua is not asked: on
        // one-sentence documents it took a seventh of the time, and its models (loaded at first use) 20-odd MB
        bool shortText = letters < ShortText;
        if (shortText && EnglishWord is { } isEnglishWord && MostlyEnglishWords(sample, isEnglishWord)) return English;
        var confidences = Detector.Value.ComputeLanguageConfidenceValues(sample);
        if (_modelsLoaded == 0 && Interlocked.Exchange(ref _modelsLoaded, 1) == 0) ReleaseModelLoadingGarbage();
        Lingua.Language top = Lingua.Language.English;
        double topValue = 0, english = 0;
        foreach (var (language, value) in confidences)
        {
            if (language == Lingua.Language.English) english = value;
            if (value > topValue) { top = language; topValue = value; }
        }
        double needed = shortText ? ShortTextConfidence : MinimumConfidence;
        if (top == Lingua.Language.English || topValue < needed || english > topValue / 4) return English;
        // (a short text whose lower-case words are all English returned English above: "Indonesia's foreign minister met
        // her Malaysian counterpart in Jakarta on Thursday." is Indonesian to the trigrams)
        return top.IsoCode6391().ToString().ToLowerInvariant();
    }

    /// <summary>
    /// English words that none of the other languages told apart writes ("was", "will", "of", "to", "been", "had" are
    /// words of German, Dutch or Polish too, so they are not here): in English news about one word in seven is one of
    /// them, in the others none. A sample where they make a tenth of the words (and at least six of them; two in a
    /// sample under forty words) is English without asking Lingua, which costs far more (and most documents are English).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> EnglishWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "and", "that", "with", "said", "were", "has", "have", "from", "which", "would", "their", "for", "this", "are",
         "its", "after", "who", "they", "not", "but"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWordLookup =
        EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>
    /// Words of the list above that no other language told apart writes as a word at all: one of them in a sample
    /// under forty words (a sentence), with the share below, makes it English ("Bolivia refused to extradite the former interior minister to
    /// Peru." is Romanian to Lingua's trigrams), where "are", "has" or "for" alone would not (Romanian, Spanish, Danish).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> StrongEnglishWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "and", "that", "with", "said", "which", "would", "their", "this", "they"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongEnglishWordLookup =
        StrongEnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public const double PlainlyEnglishShare = 0.1;
    /// <summary>
    /// In a sentence, one word of the strong list among twenty suffices: "Iran seized a British-flagged tanker in the
    /// Strait of Hormuz." has one in eleven, and Lingua's trigrams call it Dutch. Losing an English sentence loses its
    /// events, while an other-language sentence read as English only yields nothing.
    /// </summary>
    public const double PlainlyEnglishShortShare = 0.05;
    /// <summary>
    /// Frequent words of the other languages that English never writes and that names rarely hold (so not "de", "der",
    /// "la", "el", "van", "von", "al"): a sentence with one of them is left to Lingua however many English words it has.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ForeignWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["und", "ist", "nicht", "mit", "sich", "dem", "ein", "eine", "auf", "les", "des", "du", "et", "est", "une", "dans",
         "pour", "qui", "los", "las", "y", "que", "por", "con", "para", "het", "een", "niet", "och", "att", "il", "che",
         "della", "per", "os", "em", "com", "uma", "nie", "jest", "oraz", "bir", "ve", "bu", "yang", "dan", "ini",
         "dengan", "untuk"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignWordLookup =
        ForeignWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public const int PlainlyEnglishMinimum = 6;
    /// <summary>In a sample of fewer words (a sentence), two of them suffice (with the same share).</summary>
    public const int PlainlyEnglishMinimumShort = 2, ShortSampleWords = 40;

    private static bool IsPlainlyEnglish(ReadOnlySpan<char> sample)
    {
        Span<char> lower = stackalloc char[6];
        int words = 0, english = 0, strong = 0;
        bool foreign = false;
        for (int i = 0; NextWord(sample, ref i, out int start);)
        {
            words++;
            int length = i - start;
            if (length > lower.Length) continue;
            bool ascii = true;
            for (int k = 0; k < length; k++)
            {
                char c = sample[start + k];
                ascii &= c < 128;
                lower[k] = (char)(c | 0x20);
            }
            if (ascii && ForeignWordLookup.Contains(lower[..length])) foreign = true;
            if (ascii && EnglishWordLookup.Contains(lower[..length]))
            {
                english++;
                if (StrongEnglishWordLookup.Contains(lower[..length])) strong++;
            }
        }
        if (words < ShortSampleWords && strong > 0 && !foreign && english >= words * PlainlyEnglishShortShare) return true;
        return english >= (words >= ShortSampleWords ? PlainlyEnglishMinimum : PlainlyEnglishMinimumShort) && english >= words * PlainlyEnglishShare;
    }

    /// <summary>The next run of letters at or after <paramref name="i"/>: its start, and <paramref name="i"/> moved past it; false at the end.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetter(text[i])) i++;
        start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i > start;
    }

    private static bool MostlyEnglishWords(string sample, Func<string, bool> isEnglish)
    {
        int words = 0, known = 0;
        for (int i = 0; NextWord(sample, ref i, out int start);)
        {
            // names say nothing of the language; one-letter words ("a", "y", "e") are in many
            if (char.IsUpper(sample[start]) || i - start < 2) continue;
            words++;
            if (isEnglish(sample[start..i])) known++;
        }
        return words >= EnglishVocabularyMinimum && known >= words * EnglishVocabularyShare;
    }

    /// <summary>The language's English name for messages ("fr" → "French").</summary>
    public static string NameOf(string code) =>
        Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso).ToString() : code;
}
