using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told by naming an issue with a word of judgement (words.yaml: labelling-verbs with the approving and
/// disapproving predicates): "called the arrest a kidnapping", "described the tariffs as illegal", "branded the
/// blockade an act of aggression", "called the deal a breakthrough". Read from the parse: the issue is the verb's object,
/// the judgement a word the parse hangs on the verb (xcomp, obl, a second obj) or on the object (appos, amod, acl), directly or as the
/// noun after "act of"/"violation of". The holder is the verb's subject, else the speaker of the quote it stands in; a
/// negated or supposed labelling holds no stance.
/// </summary>
internal sealed class Labels(TokenText words, Dependencies? tree, TopicReader topics, TopicCheck check, TreeHolder treeHolder,
    Assertion assertion, Quote[] quotes)
{
    private static readonly HashSet<string> Labelling = StanceWords.Default.Set("labelling-verbs");

    /// <summary>Adds the sentence's stances of this kind to <paramref name="found"/>.</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (!Labelling.Contains(words[v]) || tree.Upos(v) != "VERB" || Judgements.Negated(tree, words, v)) continue;
            int obj = tree.Child(v, "obj");
            if (obj < 0 || Judgement(v, obj) is not { } label) continue;
            var (polarity, at) = label;
            if (HolderOf(v) is not { } holder || assertion.IsUnasserted(v, holder, sentence.EndToken)) continue;
            int first = FirstOf(obj), end = ObjectEnd(obj, at);
            if (topics.Read(first, end, verbExpected: false) is not { } read || check.Check(read, out var topic) != TopicKind.Issue) continue;
            if (check.NamesOnlyActors(topic.PhraseStart, topic.EndToken)) continue;
            found.Add(new Stance
            {
                Holder = holder, Topic = topic.Text, Polarity = polarity,
                Evidence = new Evidence(words.Tokens[v].Start, words.Tokens[Math.Max(LastOf(at, sentence.EndToken), topic.EndToken - 1)].End),
            });
        }
    }

    /// <summary>The judgement word the parse attaches to the labelling (its polarity and token), or null.</summary>
    private (string Polarity, int At)? Judgement(int verb, int obj)
    {
        foreach (int c in tree!.Children(verb))
            if (c > obj && tree.Relation(c) is "xcomp" or "obl" or "advcl" or "obj" && PolarityOf(c) is { } p) return (p, c);
        // on the object, or on a noun of its own prepositional phrase ("the offer of a truce | “a smokescreen”")
        foreach (int owner in OwnerNouns(obj))
            foreach (int c in tree.Children(owner))
                if (c > owner && tree.Relation(c) is "appos" or "amod" or "acl" or "nmod" && (tree.Relation(c) != "amod" || AfterAs(c)) && PolarityOf(c) is { } p)
                    return (p, c);
        return null;
    }

    /// <summary>The object and the nouns of its prepositional phrases, nearest first ("offer", "truce").</summary>
    private List<int> OwnerNouns(int obj)
    {
        var owners = new List<int> { obj };
        foreach (int c in tree!.Children(obj))
            if (c > obj && tree.Relation(c) == "nmod" && tree.Upos(c) is "NOUN" or "PROPN") owners.Add(c);
        return owners;
    }

    /// <summary>The polarity of a judgement word, or of the noun after it ("an act of aggression", "a violation of law").</summary>
    private string? PolarityOf(int t)
    {
        if (JudgementWords.PolarityAt(words, t) is { } p) return p;
        if (words[t] is "act" or "acts" && tree!.Child(t, "nmod") is >= 0 and var n && JudgementWords.Disapproves(words[n])) return StancePolarity.Oppose;
        return null;
    }

    private bool AfterAs(int t)
    {
        foreach (int c in tree!.Children(t))
            if (words[c] == "as") return true;
        return t > 0 && words[t - 1] == "as";
    }

    /// <summary>The subject's actor, else the speaker of the quote the verb stands in.</summary>
    private string? HolderOf(int verb)
    {
        if (treeHolder.Of(verb)?.ActorId is { } named) return named;
        int subject = treeHolder.Subject(verb);
        if (subject >= 0 && tree!.Upos(subject) != "PRON") return null;
        return StanceAnnotator.QuoteAround(quotes, words.Tokens[verb].Start)?.Speaker;
    }

    /// <summary>The last word the judgement governs ("an act | of aggression").</summary>
    private int LastOf(int head, int limit)
    {
        int last = head;
        for (int k = head + 1; k < limit && tree!.Dominates(head, k); k++)
            if (words.IsWord(k)) last = k;
        return last;
    }

    private int FirstOf(int head)
    {
        int first = head;
        foreach (int c in tree!.Children(head))
            if (c < first) first = c;
        return first;
    }

    /// <summary>The object's words end before the judgement ("the arrest | a kidnapping", "the tariffs | as illegal").</summary>
    private int ObjectEnd(int obj, int judgement)
    {
        int end = judgement;
        while (end > obj + 1 && (words[end - 1] is "as" or "a" or "an" or "the" || !words.IsWord(end - 1))) end--;
        return end;
    }
}
