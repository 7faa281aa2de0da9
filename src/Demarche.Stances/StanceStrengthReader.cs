using Demarche.Core.Model;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// How firmly a stance is held, from its words (data/stances/words.yaml): a cue strong in itself ("condemned",
/// "vowed to"), or an adverb that modifies it, found in the parse among the cue's dependents or just before it
/// ("strongly supports", "firmly opposed"; "cautiously welcomed", "tentatively backed"). Null when nothing says so.
/// </summary>
internal sealed class StanceStrengthReader(TokenText words, Dependencies? tree)
{
    private static readonly HashSet<string> StrongCues = StanceWords.Default.Set("strong-cues");
    private static readonly HashSet<string> StrongAdverbs = StanceWords.Default.Set("strong-adverbs");
    private static readonly HashSet<string> WeakAdverbs = StanceWords.Default.Set("weak-adverbs");

    /// <summary>The strength of the cue that starts at <paramref name="cue"/> and ends before <paramref name="cueEnd"/>
    /// (an adverb inside it counts: "is firmly against").</summary>
    public string? Of(int cue, StanceCue lexiconCue, int cueEnd = -1)
    {
        var modifiers = Modifiers(cue);
        for (int k = cue + 1; k < cueEnd; k++) modifiers.Add(k);
        foreach (int k in modifiers)
        {
            if (StrongAdverbs.Contains(words[k])) return StanceStrength.Strong;
            if (WeakAdverbs.Contains(words[k])) return StanceStrength.Weak;
        }
        return StrongCues.Contains(lexiconCue.Words[0]) ? StanceStrength.Strong : null;
    }

    /// <summary>The adverbs of the cue: its advmod dependents in the parse, else the two words before it.</summary>
    private List<int> Modifiers(int cue)
    {
        var found = new List<int>();
        if (tree is not null && cue < tree.Count)
        {
            foreach (int c in tree.Children(cue))
                if (tree.Relation(c) == "advmod") found.Add(c);
            return found;
        }
        for (int k = Math.Max(0, cue - 2); k < cue; k++) found.Add(k);
        return found;
    }
}
