using Demarche.Core.Model;
using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// Plural references to the two sides of a dyad the article named before: "both sides", "the two governments",
/// "either side", "the warring parties", "the two neighbours" stand for the last pair of actors coordinated in the
/// text ("Armenia and Azerbaijan", "between Khartoum and the RSF") that does not hold the acting side, passing over a
/// pair of allies (two that acted together on a third side and never on each other in the events coded so far); when
/// only allies were coordinated, the article's two main sides if they acted on each other.
/// </summary>
internal sealed class PairedActors(Document document, PosTags pos, MentionIndex mentions, Func<string, string> side)
{
    private static readonly HashSet<string> SideNouns = EventWords.Default.PairSides;
    private static readonly HashSet<string> PairMarkers = EventWords.Default.PairMarkers;
    private static readonly HashSet<string> Fillers = EventWords.Default.PairFillers;

    private List<(int Token, string A, string B)>? _pairs;

    /// <summary>Whether a word may start a pair reference, so a sentence without actor names can still hold actors.</summary>
    public static bool MayMark(string lower) => PairMarkers.Contains(lower) || lower is "parties" or "sides";

    /// <summary>The actors a noun phrase like "both sides" stands for, leaving out pairs that hold one of the excluded sides; null when it is no such phrase (no empty list made), empty when it stands for none.</summary>
    public List<string>? Resolve(int first, int end, IReadOnlyCollection<string> excludedSides)
    {
        if (!IsPairReference(first, end)) return null;
        _pairs ??= FindPairs();
        // the latest pair, unless its two acted together on a third and never on each other in the events coded so far:
        // "Thailand and Cambodia agreed … China and the United States welcomed the deal. The UN urged both governments …"
        // are Thailand and Cambodia
        int latest = -1;
        for (int i = _pairs.Count - 1; i >= 0; i--)
        {
            var p = _pairs[i];
            if (p.Token >= first) continue;
            if (excludedSides.Contains(side(p.A)) || excludedSides.Contains(side(p.B))) continue;
            if (latest < 0) latest = i;
            if (!HaveActedTogether(side(p.A), side(p.B)) || HaveActedOnEachOther(side(p.A), side(p.B))) return [p.A, p.B];
        }
        // only allies were coordinated ("Mali recalled its ambassador from Algeria … Niger and Burkina Faso also withdrew
        // their ambassadors … The AU urged both sides"): the article's two main sides, when they acted on each other
        if (latest >= 0)
            return MainSides(excludedSides) is [var a, var b] && HaveActedOnEachOther(side(a), side(b)) ? [a, b] : [_pairs[latest].A, _pairs[latest].B];
        return MainSides(excludedSides);
    }

    /// <summary>Whether, in the events coded so far, the two sides did the same act to the same third side in one sentence.</summary>
    private bool HaveActedTogether(string a, string b)
    {
        var events = document.Events;
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not { } t || side(e.Source) != a || side(t) == b) continue;
            for (int j = 0; j < events.Count; j++)
            {
                var f = events[j];
                if (f.Target is { } u && side(f.Source) == b && side(u) == side(t) && f.Cameo == e.Cameo && f.Sentence.Start == e.Sentence.Start) return true;
            }
        }
        return false;
    }

    /// <summary>Whether an event coded so far in the document goes from one of two sides to the other.</summary>
    private bool HaveActedOnEachOther(string a, string b)
    {
        var events = document.Events;
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not { } t) continue;
            string s = side(e.Source), r = side(t);
            if (s == a && r == b || s == b && r == a) return true;
        }
        return false;
    }

    /// <summary>
    /// Without a named pair, "both sides" are the two sides the article names most often (other than the excluded
    /// ones), each as its most frequent actor: the government and the rebels of a peace-talks story.
    /// </summary>
    private List<string> MainSides(IReadOnlyCollection<string> excludedSides)
    {
        // the sides ranked by their mentions (the first named first among equals), the excluded ones left out
        (int Total, string Top) first = (-1, ""), second = (-1, "");
        int third = -1, count = 0;
        foreach (var side in _sides ??= SidesByMentions())
        {
            if (excludedSides.Contains(side.Side)) continue;
            count++;
            if (side.Total > first.Total) { third = second.Total; second = first; first = (side.Total, side.Top); }
            else if (side.Total > second.Total) { third = second.Total; second = (side.Total, side.Top); }
            else if (side.Total > third) third = side.Total;
        }
        // two clear main sides only: the second must stand out from the third
        if (count < 2 || count > 2 && second.Total <= third) return [];
        return [first.Top, second.Top];
    }

    private List<(string Side, int Total, string Top)>? _sides;

    /// <summary>
    /// Each side of the actors mentioned (not persons, documents or places), in the order first mentioned: its number of
    /// mentions and its most mentioned actor (the first mentioned among equals). Made once a document.
    /// </summary>
    private List<(string Side, int Total, string Top)> SidesByMentions()
    {
        var tally = SideTally.Start();
        var all = mentions.All;
        for (int i = 0; i < all.Count; i++) // by index: the list is an interface, its enumerator a box
        {
            var m = all[i];
            if (KindOf(m.ActorId) is not { } k || k is ActorKind.Person or ActorKind.Document || m.Role == "place") continue;
            tally.Add(side(m.ActorId), m.ActorId);
        }
        return tally.Finish();
    }

    /// <summary>The kind of the actor of an id (the first actor of the id: the document's shared table), or null.</summary>
    private string? KindOf(string id) => document.ActorsById.TryGetValue(id, out var actor) ? actor.Kind : null;

    private bool IsPairReference(int first, int end)
    {
        if (end - first < 2 || end - first > 4) return false;
        var lowers = pos.Lowers;
        string head = pos.Lemmas[end - 1];
        if (!SideNouns.Contains(head)) return false;
        bool marked = false;
        for (int t = first; t < end - 1; t++)
        {
            if (PairMarkers.Contains(lowers[t])) marked = true;
            else if (!Fillers.Contains(lowers[t])) return false;
        }
        // "the parties", "all sides": plural party/side words without a marker
        if (!marked && head is "party" or "side" && lowers[end - 1] is "parties" or "sides") marked = true;
        return marked;
    }

    /// <summary>"X and Y" where X and Y are actors of two different sides, neither a person nor a document, in text order.</summary>
    private List<(int, string, string)> FindPairs()
    {
        var result = new List<(int, string, string)>();
        var all = mentions.All;
        var lowers = pos.Lowers;
        bool Eligible(string id) => KindOf(id) is { } k && k is not (ActorKind.Person or ActorKind.Document);
        for (int i = 0; i + 1 < all.Count; i++)
        {
            var a = all[i];
            int j = i + 1;
            while (j < all.Count && all[j].FirstToken < a.EndToken) j++; // nested mentions
            if (j >= all.Count) break;
            var b = all[j];
            int and = a.EndToken;
            if (lowers[and] != "and" || !(b.FirstToken == and + 1 || b.FirstToken == and + 2 && lowers[and + 1] == "the")) continue;
            // a list of three or more ("Niger, Mali and Burkina Faso") is no pair
            if (a.FirstToken > 0 && lowers[a.FirstToken - 1] == ",") continue;
            if (!Eligible(a.ActorId) || !Eligible(b.ActorId) || side(a.ActorId) == side(b.ActorId)) continue;
            result.Add((a.FirstToken, a.ActorId, b.ActorId));
        }
        return result;
    }
}
