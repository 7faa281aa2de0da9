using Demarche.Core.Model;

namespace Demarche.Stances;

/// <summary>
/// Condemning one incident of violence ("condemned the strikes", "denounced Monday's bombing of the market",
/// "condemned Russia for the strikes") is an event of disapproval, which the events stage codes; it is no position on an
/// issue a reader would name. A stance told by a cue that judges a deed (words.yaml: deed-judgements) on a topic whose head
/// is an incident (incident-heads) is left out; a policy stays ("condemned the annexation", "opposes strikes on Iran").
/// </summary>
internal static class IncidentJudgements
{
    private static readonly HashSet<string> DeedJudgements = StanceWords.Default.Set("deed-judgements");
    private static readonly HashSet<string> IncidentHeads = StanceWords.Default.Set("incident-heads");
    private static readonly HashSet<string> Prepositions = StanceWords.Default.Set("topic-prepositions");

    public static bool JudgesAnIncident(Stance stance, string text) =>
        JudgesADeed(text, stance.Evidence.Start) && IncidentHeads.Contains(Head(stance.Topic));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeedJudgementsBySpan =
        DeedJudgements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word at the offset (its letters, lower-cased) judges a deed; looked up as a span (a string was made a stance).</summary>
    private static bool JudgesADeed(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text.AsSpan(start, end - start);
        if (word.Length > 64) return DeedJudgements.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return DeedJudgementsBySpan.Contains(lower);
    }

    /// <summary>The last word before the topic's first preposition ("Monday's bombing | of the market").</summary>
    private static string Head(string topic)
    {
        string head = "";
        foreach (var word in topic.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Prepositions.Contains(word) && head.Length > 0) break;
            head = word;
        }
        return head.Trim('.', ',', ';', ':', '"', '“', '”');
    }
}
