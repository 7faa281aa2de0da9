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
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ApprovingLookup = Approving.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DisapprovingLookup = Disapproving.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The polarity the word at t gives (alone, or with the word before or after it), or null.</summary>
    public static string? PolarityAt(TokenText words, int t)
    {
        if (Of(words[t]) is { } single) return single;
        if (t > 0 && Of(words[t - 1], words[t]) is { } before) return before;
        return t + 1 < words.Count ? Of(words[t], words[t + 1]) : null;
    }

    private static string? Of(ReadOnlySpan<char> phrase) =>
        ApprovingLookup.Contains(phrase) ? StancePolarity.Support : DisapprovingLookup.Contains(phrase) ? StancePolarity.Oppose : null;

    /// <summary>The polarity of the two words with a space between them ("dead end"), looked up without a string.</summary>
    private static string? Of(string first, string second)
    {
        int length = first.Length + 1 + second.Length;
        Span<char> phrase = length <= 128 ? stackalloc char[length] : new char[length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return Of(phrase);
    }

    /// <summary>Whether the word alone disapproves ("an act of | aggression").</summary>
    public static bool Disapproves(string word) => Disapproving.Contains(word);
}
