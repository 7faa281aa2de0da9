using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Whether the parse shows a position as declared, or only supposed, asked about or foreseen by others: a clause under
/// "if", "whether", "unless" ("If Canada backs the plan", "did not mention whether Japan supported"), a question, a
/// forecast ("Turkey is expected to veto", "is likely to back"), a guess by someone else ("Analysts say France could
/// oppose"), and a subject negated by "neither … nor". Read from the dependency parse; without it, everything is declared.
/// </summary>
internal sealed class Assertion(TokenText words, Dependencies? tree, TreeHolder treeHolder, ActorSides sides)
{
    private static readonly HashSet<string> HypotheticalMarks = StanceWords.Default.Set("hypothetical-marks");
    private static readonly HashSet<string> ForecastPredicates = StanceWords.Default.Set("forecast-predicates");
    private static readonly HashSet<string> GuessModals = StanceWords.Default.Set("guess-modals");
    private static readonly HashSet<string> BeliefVerbs = StanceWords.Default.Set("belief-verbs");
    private static readonly HashSet<string> Negations = StanceWords.Default.Set("negations");
    private const int MaxClimb = 4;

    /// <summary>Whether the position told at the verb (or noun) <paramref name="cue"/> and held by <paramref name="holder"/>
    /// is not declared: supposed, asked about, forecast or guessed by another.</summary>
    /// <summary>
    /// Whether the subject of a verb of saying is an actor of the holder's side, or a person whose side the article does
    /// not give ("Macron suggested France could recognise").
    /// </summary>
    private bool SaidByHoldersSide(int verb, string holder) => treeHolder.Of(verb)?.ActorId is { } speaker
        && (sides.Of(speaker) == sides.Of(holder) || sides.IsPerson(speaker) && sides.Of(speaker) == speaker);

    public bool IsUnasserted(int cue, string holder, int sentenceEnd)
    {
        if (tree is null || cue < 0 || cue >= tree.Count) return false;
        if (IsQuestion(sentenceEnd)) return true;
        int k = cue;
        for (int step = 0; step < MaxClimb && k >= 0; step++)
        {
            if (HasMark(k)) return true;
            // "is expected to veto", "is likely to back": a forecast of the position, not the position
            int head = tree.Head(k);
            if (tree.Is(k, "xcomp") && head >= 0 && ForecastPredicates.Contains(words[head])) return true;
            // "Analysts say France could oppose": a guess told by someone who is not the holder's side
            if (tree.Is(k, "ccomp") && head >= 0 && HasGuessModal(k))
                return !SaidByHoldersSide(head, holder);
            // "Analysts doubt Ethiopia will back the deal", "Cairo hopes Addis Ababa backs it": a belief about the holder
            if (tree.Is(k, "ccomp") && head >= 0 && BeliefVerbs.Contains(words[head]))
                return !SaidByHoldersSide(head, holder);
            if (!(tree.Is(k, "xcomp") || tree.Is(k, "conj"))) break;
            k = head;
        }
        return false;
    }

    /// <summary>Whether the verb's subject is negated as a whole: "Neither France nor Italy backed", "no country supported".</summary>
    public bool SubjectNegated(int cue)
    {
        if (tree is null || cue < 0 || cue >= tree.Count) return false;
        int subject = tree.Child(cue, "nsubj");
        if (subject < 0) return false;
        foreach (int c in tree.Children(subject))
        {
            if (tree.Relation(c) is "det" or "cc:preconj" or "advmod" && Negations.Contains(words[c])) return true;
            if (tree.Relation(c) == "conj")
                foreach (int cc in tree.Children(c))
                    if (tree.Relation(cc) == "cc" && words[cc] == "nor") return true;
        }
        return false;
    }

    /// <summary>Whether the verb's own clause opens with "if", "whether", "unless": the mark stands before it with no comma
    /// between (a parse that hangs "If the vote passes, Norway would …"'s "if" on the main verb is not believed).</summary>
    private bool HasMark(int k)
    {
        foreach (int c in tree!.Children(k))
            if (tree.Relation(c) == "mark" && HypotheticalMarks.Contains(words[c]) && c < k && !CommaBetween(c, k)) return true;
        return false;
    }

    private bool CommaBetween(int from, int to)
    {
        for (int t = from + 1; t < to; t++)
            if (words.IsPunct(t, ',')) return true;
        return false;
    }

    private bool HasGuessModal(int k)
    {
        foreach (int c in tree!.Children(k))
            if (tree.Relation(c) == "aux" && GuessModals.Contains(words[c])) return true;
        return false;
    }

    /// <summary>A sentence that ends with a question mark asks, it does not declare.</summary>
    private bool IsQuestion(int sentenceEnd)
    {
        for (int t = sentenceEnd - 1; t >= 0 && t >= sentenceEnd - 3; t--)
        {
            if (words.IsWord(t)) return false;
            if (words.IsPunct(t, '?')) return true;
        }
        return false;
    }
}
