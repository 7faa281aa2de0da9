using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Adverbs a cue of position may hold between its words without changing what it says: "is firmly against",
/// "remains strongly in favour of", "voted overwhelmingly for". An adverb the parse tags (else a lower-case -ly word)
/// passes, unless it negates or hedges the cue (words.yaml: negations, cue-adverb-blockers): "is not against",
/// "was hardly in favour of" are read elsewhere or not at all.
/// </summary>
internal static class CueAdverbs
{
    private static readonly HashSet<string> Negations = StanceWords.Default.Set("negations");
    private static readonly HashSet<string> Blockers = StanceWords.Default.Set("cue-adverb-blockers");

    public static bool Passable(TokenText words, Dependencies? tree, int t)
    {
        if (!words.IsWord(t) || words.IsCapitalised(t)) return false;
        var w = words[t];
        if (Negations.Contains(w) || Blockers.Contains(w)) return false;
        if (tree is not null && t < tree.Count) return tree.Upos(t) == "ADV";
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal);
    }
}
