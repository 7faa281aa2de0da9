using Demarche.Core.Model;
using Demarche.Grammar;

namespace Demarche.Stances;

/// <summary>
/// The holder the dependency parse names for a verb of position: the actor in the verb's subject, or in the subject
/// of the verb it depends on ("Serbia does not recognise X, and its ally Russia has blocked Y": Russia blocked;
/// "Ghana wants to join": Ghana). Null when the parse is absent or the subject names no actor (a pronoun, "we",
/// "many countries"): the word-order reading decides then.
/// </summary>
internal sealed class TreeHolder(Document document, Func<int, ActorMention?> actorAt)
{
    private readonly Dependencies? _tree = document.Get<Dependencies>();

    /// <summary>The dependency parse, or null when the grammar stage did not run.</summary>
    public Dependencies? Tree => _tree;
    private const int MaxClimb = 4;

    private static readonly HashSet<string> OwnerHolderHeads = StanceWords.Default.Set("owner-holder-heads");

    public ActorMention? Of(int verb) => Subject(verb) is >= 0 and var subject ? ActorIn(subject) : null;

    /// <summary>Whether the verb's subject is an actor's thing, not one who speaks or acts for it ("Norway's flag",
    /// "Japan's economy"): its owner holds no stance through it.</summary>
    public bool SubjectIsOwnedThing(int verb)
    {
        if (Subject(verb) is not (>= 0 and var subject) || _tree!.Upos(subject) != "NOUN" || actorAt(subject) is not null) return false;
        int owner = _tree.Child(subject, "nmod:poss");
        return owner >= 0 && actorAt(owner) is not null && !OwnerHolderHeads.Contains(LowerWord(subject));
    }

    /// <summary>The actors coordinated with the verb's subject ("Washington and Riyadh have pressed", "Finland, Iceland
    /// and Norway expressed"): the conjuncts the parse hangs on the subject's head.</summary>
    public List<ActorMention> Conjuncts(int verb)
    {
        var found = new List<ActorMention>();
        if (Subject(verb) is not (>= 0 and var subject)) return found;
        foreach (int c in _tree!.Children(subject))
            if (_tree.Relation(c) == "conj" && ActorIn(c) is { } m) found.Add(m);
        return found;
    }

    /// <summary>The subject token of the verb or of the verb it depends on, or -1.</summary>
    public int Subject(int verb)
    {
        if (_tree is null || verb < 0 || verb >= _tree.Count) return -1;
        int k = verb;
        for (int step = 0; step < MaxClimb && k >= 0; step++)
        {
            int subject = NearestSubject(k);
            if (subject >= 0) return subject;
            // "wants to join", "and called on": an open complement or a second verb shares the subject of its governor
            if (!(_tree.Is(k, "xcomp") || _tree.Is(k, "conj"))) return -1;
            k = _tree.Head(k);
        }
        return -1;
    }

    /// <summary>The verb's subject nearest before it: a dateline the parse takes for a second subject ("SARAJEVO, Sept 18
    /// (Wire) — The European Union … warned") is not it. A subject after the verb only when none stands before.</summary>
    private int NearestSubject(int verb)
    {
        int before = -1, after = -1;
        foreach (int c in _tree!.Children(verb))
        {
            if (!_tree.Is(c, "nsubj")) continue;
            if (c < verb) before = c;
            else if (after < 0) after = c;
        }
        return before >= 0 ? before : after;
    }

    /// <summary>The actor named by the subject phrase: at its head, else the nearest one the head governs ("its ally Russia").</summary>
    private ActorMention? ActorIn(int subject)
    {
        if (actorAt(subject) is { } m) return m;
        ActorMention? best = null;
        int bestDistance = int.MaxValue;
        for (int k = Math.Max(0, subject - 10); k < Math.Min(_tree!.Count, subject + 10); k++)
        {
            if (k == subject || !_tree.Dominates(subject, k) || actorAt(k) is not { } found) continue;
            // a relative clause or a prepositional phrase names other actors ("the leader of Hungary" is still the leader)
            if (PathHas(subject, k, "acl") || PathHas(subject, k, "nmod") || PathHas(subject, k, "advcl")) continue;
            // "New Zealand's flag has never been open to …": an owner holds nothing for its thing, only for those who
            // speak or act for it ("Egypt's government", "Japan's foreign minister": words.yaml owner-holder-heads)
            if (PathHas(subject, k, "nmod:poss") && !OwnerHolderHeads.Contains(LowerWord(subject))) continue;
            int distance = Math.Abs(k - subject);
            if (distance < bestDistance) { best = found; bestDistance = distance; }
        }
        return best;
    }

    private string LowerWord(int t) => document.LowerText.Substring(document.Tokens[t].Start, document.Tokens[t].Length);

    private bool PathHas(int top, int k, string relation)
    {
        for (int j = k, steps = 0; j >= 0 && j != top && steps < 20; j = _tree!.Head(j), steps++)
            if (_tree!.Is(j, relation)) return true;
        return false;
    }
}
