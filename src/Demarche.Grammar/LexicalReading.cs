namespace Demarche.Grammar;

/// <summary>The tags a word form can take before context is looked at, and which one the lexicon prefers.</summary>
public readonly record struct LexicalReading(PosTag Noun, PosTag Verb, PosTag Adjective, PosTag Adverb, PosTag Preferred, PosTag Closed)
{
    public int NounFrequency { get; init; }
    public int VerbFrequency { get; init; }
    public bool CanNoun => Noun != PosTag.None;
    public bool CanVerb => Verb != PosTag.None;
    public bool CanAdjective => Adjective != PosTag.None;
    public bool IsClosed => Closed != PosTag.None;
    public int Classes => (CanNoun ? 1 : 0) + (CanVerb ? 1 : 0) + (CanAdjective ? 1 : 0) + (Adverb != PosTag.None ? 1 : 0);

    public static LexicalReading Only(PosTag tag) => new(PosTag.None, PosTag.None, PosTag.None, PosTag.None, tag, PosTag.None);
    public static LexicalReading ClosedWord(PosTag tag) => new(PosTag.None, PosTag.None, PosTag.None, PosTag.None, tag, tag);
}

/// <summary>Finds the readings of a lowercase word form from the lexicon, its inflections, and suffixes for unknown words.</summary>
public sealed class WordAnalyzer(PosLexicon lexicon, Lemmatizer lemmatizer)
{
    public LexicalReading Analyze(string lower)
    {
        if (lexicon.TryClosed(lower, out var closed)) return LexicalReading.ClosedWord(closed);
        PosTag noun = PosTag.None, verb = PosTag.None, adj = PosTag.None, adv = PosTag.None;
        int nounCount = 0, verbCount = 0;
        bool baseKnown = lexicon.TryOpen(lower, out var baseEntry);
        if (baseKnown)
        {
            if ((baseEntry.Classes & WordClass.Noun) != 0) { noun = PosTag.NN; nounCount = baseEntry.NounCount; }
            if ((baseEntry.Classes & WordClass.Verb) != 0) { verb = PosTag.VB; verbCount = baseEntry.VerbCount; }
            if ((baseEntry.Classes & WordClass.Adjective) != 0) adj = PosTag.JJ;
            if ((baseEntry.Classes & WordClass.Adverb) != 0) adv = PosTag.RB;
        }
        var irregularClasses = lexicon.IrregularClasses(lower);
        if (lower.EndsWith('s') && lower.Length > 2)
        {
            if (lemmatizer.TryLemma(lower, WordClass.Noun) is { } n && n != lower) { noun = PosTag.NNS; nounCount = Math.Max(nounCount, Count(n, WordClass.Noun)); }
            if (lemmatizer.TryLemma(lower, WordClass.Verb) is { } v && v != lower) { verb = PosTag.VBZ; verbCount = Math.Max(verbCount, Count(v, WordClass.Verb)); }
        }
        if (lower.EndsWith("ed", StringComparison.Ordinal) || (irregularClasses & WordClass.Verb) != 0)
        {
            if (lemmatizer.TryLemma(lower, WordClass.Verb) is { } v && v != lower)
            {
                verb = lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal) || lower.EndsWith("ne", StringComparison.Ordinal) && lower != "gone" ? PosTag.VBN : PosTag.VBD;
                verbCount = int.MaxValue / 2;
            }
        }
        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 4 && lemmatizer.TryLemma(lower, WordClass.Verb) is { } g && g != lower)
        {
            verb = PosTag.VBG;
            verbCount = int.MaxValue / 2;
        }
        if ((lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("est", StringComparison.Ordinal)) && adj == PosTag.None
            && lemmatizer.TryLemma(lower, WordClass.Adjective) is { } a && a != lower)
            adj = lower.EndsWith("st", StringComparison.Ordinal) ? PosTag.JJS : PosTag.JJR;

        if (noun == PosTag.None && verb == PosTag.None && adj == PosTag.None && adv == PosTag.None)
            return LexicalReading.Only(Guess(lower));

        PosTag preferred;
        if (verb is PosTag.VBD or PosTag.VBN or PosTag.VBG) preferred = verb;
        else if (noun != PosTag.None && verb != PosTag.None) preferred = nounCount >= verbCount ? noun : verb;
        else if (baseKnown && baseEntry.Preferred == WordClass.Adjective && adj != PosTag.None) preferred = adj;
        else if (baseKnown && baseEntry.Preferred == WordClass.Adverb && adv != PosTag.None) preferred = adv;
        else preferred = noun != PosTag.None ? noun : verb != PosTag.None ? verb : adj != PosTag.None ? adj : adv;
        if (lower.EndsWith("ly", StringComparison.Ordinal) && adv != PosTag.None) preferred = PosTag.RB;
        return new LexicalReading(noun, verb, adj, adv, preferred, PosTag.None) { NounFrequency = nounCount, VerbFrequency = verbCount };
    }

    private int Count(string lemma, WordClass c) =>
        lexicon.TryOpen(lemma, out var e) ? (c == WordClass.Noun ? e.NounCount : e.VerbCount) : 0;

    /// <summary>Suffix rules for words the lexicon does not know.</summary>
    public static PosTag Guess(string lower)
    {
        if (lower.EndsWith("ly", StringComparison.Ordinal)) return PosTag.RB;
        if (lower.EndsWith("ing", StringComparison.Ordinal)) return PosTag.VBG;
        if (lower.EndsWith("ed", StringComparison.Ordinal)) return PosTag.VBD;
        if (lower.EndsWith("ous", StringComparison.Ordinal) || lower.EndsWith("ive", StringComparison.Ordinal) || lower.EndsWith("able", StringComparison.Ordinal)
            || lower.EndsWith("ible", StringComparison.Ordinal) || lower.EndsWith("ic", StringComparison.Ordinal) || lower.EndsWith("ian", StringComparison.Ordinal)
            || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal) || lower.EndsWith("al", StringComparison.Ordinal)
            || lower.EndsWith("less", StringComparison.Ordinal) || lower.EndsWith("ful", StringComparison.Ordinal))
            return PosTag.JJ;
        if (lower.EndsWith("ize", StringComparison.Ordinal) || lower.EndsWith("ise", StringComparison.Ordinal)) return PosTag.VB;
        if (lower.EndsWith("izes", StringComparison.Ordinal) || lower.EndsWith("ises", StringComparison.Ordinal)) return PosTag.VBZ;
        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal)) return PosTag.NNS;
        return PosTag.NN;
    }
}
