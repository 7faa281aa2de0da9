using Demarche.Core.Model;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Words of judgement (words.yaml: approving-predicates, disapproving-predicates), of one word ("illegal",
/// "smokescreen") or two around the head noun ("a dead end", "a step forward", "a positive step").
/// </summary>
internal static class JudgementWords
{
    private static readonly HashSet<string> Approving = StanceWords.Default.Set("approving-predicates");
    private static readonly HashSet<string> Disapproving = StanceWords.Default.Set("disapproving-predicates");

    /// <summary>The polarity the word at t gives (alone, or with the word before or after it), or null.</summary>
    public static string? PolarityAt(TokenText words, int t)
    {
        if (Of(words[t]) is { } single) return single;
        if (t > 0 && Of(words[t - 1] + " " + words[t]) is { } before) return before;
        return t + 1 < words.Count ? Of(words[t] + " " + words[t + 1]) : null;
    }

    private static string? Of(string phrase) =>
        Approving.Contains(phrase) ? StancePolarity.Support : Disapproving.Contains(phrase) ? StancePolarity.Oppose : null;

    /// <summary>Whether the word alone disapproves ("an act of | aggression").</summary>
    public static bool Disapproves(string word) => Disapproving.Contains(word);
}
