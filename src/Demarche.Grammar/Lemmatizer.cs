namespace Demarche.Grammar;

/// <summary>WordNet-style lemmatiser: irregular forms from WordNet's exception lists, then suffix rules checked against the lexicon.</summary>
public sealed class Lemmatizer(PosLexicon lexicon)
{
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")];
    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("ier", "y"), ("iest", "y"), ("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    public PosLexicon Lexicon => lexicon;

    /// <summary>The lemma of a lowercase word for a word class, or null when no rule gives a known lemma.</summary>
    public string? TryLemma(string lower, WordClass c)
    {
        if (lexicon.Irregular(lower, c) is { } irr) return irr;
        var rules = c switch { WordClass.Noun => NounRules, WordClass.Verb => VerbRules, WordClass.Adjective => AdjectiveRules, _ => [] };
        foreach (var (suffix, ending) in rules)
        {
            if (lower.Length <= suffix.Length + 1 || !lower.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = lower[..^suffix.Length];
            var candidate = stem + ending;
            if (lexicon.Has(candidate, c)) return candidate;
            // British spellings: criticised -> criticise (WordNet lists criticize)
            if (candidate.EndsWith("ise", StringComparison.Ordinal) && lexicon.Has(candidate[..^3] + "ize", c)) return candidate;
            if (candidate.EndsWith("yse", StringComparison.Ordinal) && lexicon.Has(candidate[..^3] + "yze", c)) return candidate;
            // stopped -> stop, planning -> plan
            if (ending.Length == 0 && (suffix is "ed" or "ing" or "er" or "est") && stem.Length > 2 && stem[^1] == stem[^2] && lexicon.Has(stem[..^1], c))
                return stem[..^1];
        }
        return null;
    }

    /// <summary>The lemma for a tagged word (lowercase); the word itself when nothing better is known.</summary>
    public string Lemma(string lower, PosTag tag)
    {
        WordClass c = tag switch
        {
            _ when tag.IsVerb() || tag == PosTag.MD => WordClass.Verb,
            PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS => WordClass.Noun,
            PosTag.JJ or PosTag.JJR or PosTag.JJS => WordClass.Adjective,
            _ => WordClass.None,
        };
        if (c == WordClass.None) return lower;
        if (c == WordClass.Verb)
        {
            switch (lower)
            {
                case "is" or "are" or "was" or "were" or "am" or "been" or "being" or "'s" or "'re" or "'m": return "be";
                case "has" or "had" or "having" or "'ve": return "have";
                case "does" or "did" or "done" or "doing": return "do";
            }
        }
        if (c == WordClass.Noun && tag is PosTag.NN or PosTag.NNP && lexicon.Has(lower, c)) return lower;
        if (c == WordClass.Verb && tag is PosTag.VB or PosTag.VBP && lexicon.Has(lower, c)) return lower;
        return TryLemma(lower, c) ?? Fallback(lower, tag);
    }

    /// <summary>Suffix stripping for words the lexicon does not know ("airstrikes" -> "airstrike").</summary>
    private static string Fallback(string lower, PosTag tag)
    {
        if (tag is PosTag.NNS or PosTag.VBZ && lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
            return lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" : lower[..^1];
        if (tag is PosTag.VBD or PosTag.VBN && lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
            return lower.EndsWith("ised", StringComparison.Ordinal) || lower.EndsWith("ized", StringComparison.Ordinal) ? lower[..^1] : lower[..^2];
        return lower;
    }
}
