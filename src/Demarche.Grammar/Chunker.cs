namespace Demarche.Grammar;

/// <summary>Finds base noun phrases and verb groups in a tagged sentence (regular patterns over tags, no parser).</summary>
public static class Chunker
{
    public static void ChunkSentence(PosTag[] tags, string[] lowers, int first, int end, List<Chunk> output)
    {
        int i = first;
        while (i < end)
        {
            var t = tags[i];
            if (StartsVerbGroup(tags, lowers, i, end))
            {
                int j = VerbGroupEnd(tags, lowers, i, end);
                if (j > i)
                {
                    int head = j - 1;
                    while (head > i && !tags[head].IsVerb() && tags[head] != PosTag.MD) head--;
                    output.Add(new Chunk(ChunkKind.VerbGroup, i, j, head));
                    i = j;
                    continue;
                }
            }
            if (StartsNounPhrase(tags, i, end))
            {
                int j = NounPhraseEnd(tags, lowers, i, end, out int possessorEnd);
                if (j > i)
                {
                    int head = j - 1;
                    while (head > i && !(tags[head].IsNoun() || tags[head] is PosTag.PRP or PosTag.CD)) head--;
                    output.Add(new Chunk(ChunkKind.NounPhrase, i, j, head, possessorEnd));
                    i = j;
                    continue;
                }
            }
            i++;
        }
    }

    private static bool StartsVerbGroup(PosTag[] tags, string[] lowers, int i, int end)
    {
        var t = tags[i];
        if (t.IsVerb() || t == PosTag.MD) return true;
        // adverbs or "not" before a verb belong to the group only when an auxiliary precedes; a group never starts with them
        return false;
    }

    private static int VerbGroupEnd(PosTag[] tags, string[] lowers, int i, int end)
    {
        int j = i, lastVerb = -1;
        while (j < end)
        {
            var t = tags[j];
            if (t.IsVerb() || t == PosTag.MD)
            {
                // a verb after a non-auxiliary verb starts a new group ("said killed" does not happen; "helped build" does)
                if (lastVerb >= 0 && !IsAuxiliary(lowers[lastVerb], tags[lastVerb])) break;
                lastVerb = j; j++; continue;
            }
            if ((t.IsAdverb() || lowers[j] is "not" or "n't") && lastVerb >= 0 && IsAuxiliary(lowers[lastVerb], tags[lastVerb]))
            {
                // keep adverbs only when a verb follows ("has not yet decided")
                int k = j;
                while (k < end && (tags[k].IsAdverb() || lowers[k] is "not" or "n't")) k++;
                if (k < end && (tags[k].IsVerb())) { j = k; continue; }
                break;
            }
            break;
        }
        if (lastVerb < 0) return i;
        int stop = lastVerb + 1;
        // particles: step up, pull out, carry out, back down
        while (stop < end && tags[stop] == PosTag.RP) stop++;
        return stop;
    }

    public static bool IsAuxiliary(string lower, PosTag tag) => tag == PosTag.MD || lower is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'re" or "'m"
        or "have" or "has" or "had" or "having" or "'ve" or "do" or "does" or "did" or "get" or "got" or "gets" or "'s" or "'d" or "'ll";

    private static bool StartsNounPhrase(PosTag[] tags, int i, int end) => tags[i] switch
    {
        PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.WPS or PosTag.CD or PosTag.PRP or PosTag.EX => true,
        _ when tags[i].IsNoun() || tags[i].IsAdjective() => true,
        PosTag.SYM => i + 1 < end && tags[i + 1] == PosTag.CD,
        _ => false,
    };

    private static int NounPhraseEnd(PosTag[] tags, string[] lowers, int i, int end, out int possessorEnd)
    {
        possessorEnd = -1;
        if (tags[i] is PosTag.PRP or PosTag.EX) return i + 1;
        // "In 2018 Ethiopia visited": a year after a preposition is its own phrase
        if (tags[i] == PosTag.CD && lowers[i].Length == 4 && i + 1 < end && tags[i + 1] == PosTag.NNP && i > 0 && tags[i - 1] == PosTag.IN
            && int.TryParse(lowers[i], out int year) && year is >= 1900 and <= 2100)
            return i + 1;
        int j = i;
        bool sawNominal = false;
        while (j < end)
        {
            var t = tags[j];
            bool ok = t switch
            {
                PosTag.PDT => j == i,
                PosTag.DT => j == i || tags[j - 1] == PosTag.PDT || tags[j - 1] == PosTag.POS,
                PosTag.PRPS or PosTag.WPS => j == i,
                PosTag.SYM => j + 1 < end && tags[j + 1] == PosTag.CD,
                PosTag.CD or PosTag.JJ or PosTag.JJR or PosTag.JJS => true,
                PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS => true,
                PosTag.POS => j > i && (tags[j - 1].IsNoun() || tags[j - 1] == PosTag.CD) && j + 1 < end && (tags[j + 1].IsNoun() || tags[j + 1].IsAdjective() || tags[j + 1] is PosTag.CD or PosTag.VBN or PosTag.VBG),
                PosTag.Dash => j > i && j + 1 < end && !tags[j - 1].IsPunctuation() && (tags[j + 1].IsNoun() || tags[j + 1].IsAdjective() || tags[j + 1] is PosTag.VBG or PosTag.VBN or PosTag.CD),
                PosTag.VBN or PosTag.VBG => j + 1 < end && (tags[j + 1].IsNoun() || tags[j + 1].IsAdjective()) && (j == i || tags[j - 1] is PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.Dash or PosTag.RB),
                PosTag.RB or PosTag.RBR or PosTag.RBS => j + 1 < end && tags[j + 1].IsAdjective() && lowers[j] is not ("not" or "also" or "then" or "now"),
                _ => false,
            };
            if (!ok) break;
            if (t == PosTag.POS) possessorEnd = j;
            if (t.IsNoun() || t == PosTag.CD || t.IsAdjective()) sawNominal = true;
            j++;
        }
        // a determiner alone ("this", "that") is a pronoun-like noun phrase
        if (!sawNominal && !(j == i + 1 && tags[i] == PosTag.DT)) return i;
        // don't end on a possessive or a hyphen
        while (j > i + 1 && tags[j - 1] is PosTag.POS or PosTag.Dash) j--;
        return j;
    }
}
