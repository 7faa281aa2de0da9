using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// Phrases of what happens despite something ("despite criticism from the EU", "amid protests"; word class concessive):
/// the reaction they name was drawn by the act, is not its receiver, and holds no word of another entry.
/// </summary>
internal static class ConcessivePhrases
{
    private static readonly HashSet<string> Words = EventWords.Default.ConcessiveWords;

    public static bool IsWord(string lower) => Words.Contains(lower);

    /// <summary>Whether the word's phrase is opened by a concessive word (one of its "case" children).</summary>
    public static bool Opens(Dependencies tree, string[] lowers, int word)
    {
        foreach (int c in tree.Children(word))
            if (tree.Relation(c) == "case" && Words.Contains(lowers[c])) return true;
        return false;
    }

    /// <summary>
    /// Whether the token is in a concessive phrase or one that such a phrase holds ("despite criticism from the European
    /// Union", "amid protests by Kosovo"): up to four steps up, below any verb, or eight words back without a verb or
    /// punctuation between.
    /// </summary>
    public static bool Holds(Dependencies tree, string[] lowers, int token)
    {
        for (int k = token, steps = 0; k >= 0 && steps < 4; k = tree.Head(k), steps++)
        {
            if (k != token && tree.Upos(k) is "VERB" or "AUX") return false;
            if (Opens(tree, lowers, k)) return true;
        }
        // (the parse may hang the "from" phrase on the verb: the words before it, back to a verb or a comma)
        for (int k = token - 1; k >= 0 && k >= token - 8; k--)
        {
            if (IsWord(lowers[k])) return true;
            if (tree.Upos(k) is "VERB" or "AUX" or "PUNCT") return false;
        }
        return false;
    }
}
