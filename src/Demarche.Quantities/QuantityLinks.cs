using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;

namespace Demarche.Quantities;

/// <summary>
/// Links each count to what the dependency parse shows it belongs to: the event whose verb takes the counted noun
/// ("killed 12 people", "12 people were killed": the killing), the actor counted ("12 Israeli soldiers": ISRMIL; "17 of
/// the rebels"), and for "killed a commander and 12 others" the total with the ones named beside the figure (13). Without
/// the parse, or where it shows none, the fields stay null.
/// </summary>
internal sealed class QuantityLinks(Document document)
{
    private readonly Dependencies? _tree = document.Get<Dependencies>();
    private readonly MentionIndex? _actors = document.Get<MentionIndex>();
    private readonly Token[] _tokens = document.Tokens;
    private readonly (int First, int End)[] _triggers = TriggerTokens(document);

    /// <summary>Relations by which a counted noun hangs on the verb of its event: its object, subject, or an oblique.</summary>
    private static readonly HashSet<string> ArgumentRelations = ["obj", "nsubj", "obl", "iobj"];

    public Quantity Link(Quantity q)
    {
        if (_tree is null) return q;
        int first = TokenAt(q.Start), last = TokenAt(q.End - 1);
        if (first < 0 || last < first || last >= _tree.Count) return q;
        int number = Top(first, last);
        int noun = _tree.Relation(number) is "nummod" && _tree.Head(number) >= 0 ? _tree.Head(number) : number;
        return q with { Event = EventOf(noun), Actor = ActorOf(first, noun), Total = TotalOf(q, noun) };
    }

    /// <summary>The token of the number whose head lies outside it ("1.2 million": "million").</summary>
    private int Top(int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (_tree!.Head(k) < first || _tree.Head(k) > last) return k;
        return last;
    }

    /// <summary>The event whose trigger holds the verb the counted noun is an argument of (through a conjunct: "killed a
    /// commander and 12 others").</summary>
    private int? EventOf(int noun)
    {
        int k = noun;
        if (_tree!.Relation(k) == "conj" && _tree.Head(k) >= 0) k = _tree.Head(k);
        if (!ArgumentRelations.Contains(_tree.Relation(k))) return null;
        int verb = _tree.Head(k);
        if (verb < 0) return null;
        for (int i = 0; i < _triggers.Length; i++)
            if (verb >= _triggers[i].First && verb < _triggers[i].End) return i;
        return null;
    }

    /// <summary>The actor named in the counted phrase, from the figure to its noun ("12 Israeli soldiers"), or in a
    /// partitive ("17 of the rebels"); a place or actor in a modifier after the noun ("people in Gaza") is not counted.</summary>
    private string? ActorOf(int first, int noun)
    {
        if (_actors is null) return null;
        for (int k = first; k <= noun; k++)
            if (_actors.AtToken(k) is { } m) return m.ActorId;
        foreach (int c in _tree!.Children(noun))
            if (c > noun && _tree.Relation(c) == "nmod" && HasCase(c, "of") && _actors.AtToken(c) is { } m) return m.ActorId;
        return null;
    }

    private bool HasCase(int t, string word)
    {
        foreach (int c in _tree!.Children(t))
            if (_tree.Relation(c) == "case" && Is(c, word)) return true;
        return false;
    }

    /// <summary>"a commander and 12 others", "and 12 other fighters": the figure plus each conjunct named beside it that carries no figure
    /// of its own (one each); null when the counted noun is not "others" ("other …") or a conjunct is counted already.</summary>
    private double? TotalOf(Quantity q, int noun)
    {
        if (!Is(noun, "others") && !HasOtherBefore(noun)) return null; // "12 others", "12 other fighters"
        if (_tree!.Relation(noun) != "conj" || _tree.Head(noun) is not (>= 0 and var head)) return null;
        int named = 0;
        foreach (int c in (int[])[head, .. Conjuncts(head)])
        {
            if (c == noun) continue;
            if (_tree.Child(c, "nummod") >= 0 || _tree.Upos(c) is not ("NOUN" or "PROPN")) return null;
            named++;
        }
        return named > 0 ? q.Value + named : null;
    }

    private bool Is(int t, string lower) => document.LowerText.AsSpan(_tokens[t].Start, _tokens[t].Length).SequenceEqual(lower);

    private bool HasOtherBefore(int noun)
    {
        foreach (int c in _tree!.Children(noun))
            if (c < noun && _tree.Relation(c) == "amod" && Is(c, "other")) return true;
        return false;
    }

    private List<int> Conjuncts(int head)
    {
        var list = new List<int>();
        foreach (int c in _tree!.Children(head))
            if (_tree.Relation(c) == "conj") list.Add(c);
        return list;
    }

    /// <summary>The token at the offset, or -1.</summary>
    private int TokenAt(int offset)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_tokens[mid].End <= offset) lo = mid + 1;
            else if (_tokens[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The first token that ends after the offset (tokens.Length when none).</summary>
    private static int AtOrAfter(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Each event's trigger as tokens: its words found in its sentence.</summary>
    private static (int, int)[] TriggerTokens(Document document)
    {
        var events = document.Events;
        var result = new (int, int)[events.Count];
        var tokens = document.Tokens;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            int at = e.Trigger.Length == 0 ? -1
                : document.Text.IndexOf(e.Trigger, e.Sentence.Start, Math.Max(0, e.Sentence.End - e.Sentence.Start), StringComparison.OrdinalIgnoreCase);
            if (at < 0) { result[i] = (-1, -1); continue; }
            result[i] = (AtOrAfter(tokens, at), AtOrAfter(tokens, at + e.Trigger.Length));
        }
        return result;
    }
}
