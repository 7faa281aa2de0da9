using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// Phrases that say when an act happened ("after talks with a US envoy", "following talks with Saudi mediators"; word
/// class time-preposition): what they hold took part in what happened before, after or during the act, not in the act.
/// </summary>
internal static class TimePhrases
{
    private static readonly HashSet<string> Words = EventWords.Default.TimePrepositions;

    /// <summary>A preposition of time at <paramref name="k"/>, not inside a repetition ("round after round", "day after day").</summary>
    public static bool IsPreposition(string[] lowers, int k) =>
        Words.Contains(lowers[k]) && !(k > 0 && k + 1 < lowers.Length && lowers[k - 1] == lowers[k + 1]);

    /// <summary>
    /// Whether the noun heads a phrase that says when: its preposition (or "following", which the parse may hang on the
    /// noun as a modifier) is a time preposition, or the noun is the object of "following" read as a verb.
    /// </summary>
    public static bool Headed(Dependencies tree, string[] lowers, int noun)
    {
        if (noun < 0) return false;
        if (tree.Relation(noun) == "obj" && tree.Head(noun) is var verb and >= 0 && lowers[verb] == "following") return true;
        if (tree.Relation(noun) is not ("obl" or "nmod")) return false;
        foreach (int c in tree.Children(noun))
            if (c < noun && IsPreposition(lowers, c)) return true;
        return false;
    }

    /// <summary>
    /// Whether the token names the partner ("with") of the noun of a phrase that says when: "freed 52 prisoners after talks
    /// with a US envoy" (the with-phrase on that noun, or on the verb right after it, as the parse may hang it).
    /// </summary>
    public static bool HoldsPartner(Dependencies tree, string[] lowers, int token)
    {
        int head = token;
        // the mention's head word: up the flat and compound words of its name
        for (int guard = 0; guard < 4 && head >= 0 && tree.Relation(head) is "flat" or "compound" or "amod" or "det"; guard++) head = tree.Head(head);
        if (head < 0 || tree.Child(head, "case") is var with && (with < 0 || lowers[with] != "with")) return false;
        return Headed(tree, lowers, tree.Head(head)) || with > 0 && Headed(tree, lowers, with - 1);
    }

    /// <summary>
    /// Whether the prepositional phrase whose preposition is right before <paramref name="first"/> comes right after a
    /// noun in a phrase that says when ("agreed to a truce after talks with Egyptian mediators", which the parse may hang
    /// on the verb): back from the preposition, a noun phrase, then a preposition of time, with no verb or comma between.
    /// </summary>
    public static bool EndsBefore(string[] lowers, PosTag[] tags, int first)
    {
        for (int k = first - 2, steps = 0; k >= 0 && steps < 5; k--, steps++)
        {
            if (IsPreposition(lowers, k)) return true;
            if (tags[k].IsVerb() && tags[k] != PosTag.VBG || tags[k] is PosTag.Comma or PosTag.Period) return false;
        }
        return false;
    }
}
