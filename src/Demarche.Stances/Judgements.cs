using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told as a judgement on an issue: the issue is the subject of a predicate that approves or disapproves of
/// it (words.yaml: approving-predicates, disapproving-predicates): "the annexation is illegal and unacceptable", "a
/// return to the dialogue is in everyone's interest", "the blockade is a violation of international law". The holder
/// is the speaker of the quote it stands in, else the subject of the verb that reports it ("Peru said the tariffs were
/// unjustified"). Read from the parse: the predicate must have a copula and a subject; a negated predicate ("is not
/// acceptable" aside) holds no stance here, nor a subject that names no issue ("this is unacceptable").
/// </summary>
internal sealed class Judgements(TokenText words, Dependencies? tree, TopicReader topics, TopicCheck check, TreeHolder treeHolder, Quote[] quotes)
{
    private static readonly HashSet<string> Negations = StanceWords.Default.Set("negations");

    /// <summary>Adds the sentence's judgements to <paramref name="found"/> (the caller's list: no list a sentence).</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int p = sentence.FirstToken; p < sentence.EndToken; p++)
        {
            if (NotOffered(p, sentence) is { } refused) { found.Add(refused); continue; }
            string? polarity = JudgementWords.PolarityAt(words, p) ?? ModifierPolarity(p);
            if (polarity is null || tree.Child(p, "cop") < 0 || Negated(tree, words, p)) continue;
            // "in everyone's interest": the noun is a predicate only with its "in"
            if (words[p] == "interest" && !HasCaseIn(p)) continue;
            int subject = tree.Child(p, "nsubj");
            if (subject < 0 || HolderOf(p) is not { } holder) continue;
            foreach (var (first, end) in Conjuncts(subject, sentence))
            {
                if (end > p || topics.Read(first, end, verbExpected: false) is not { } read || check.Check(read, out var topic) != TopicKind.Issue) continue;
                if (check.NamesOnlyActors(topic.PhraseStart, topic.EndToken)) continue;
                found.Add(new Stance
                {
                    Holder = holder, Topic = topic.Text, Polarity = polarity,
                    Evidence = new Evidence(words.Tokens[first].Start, words.Tokens[p].End),
                });
            }
        }
    }

    /// <summary>The judgement of a predicate noun told by its adjective: "a welcome step", "a dangerous move" (the noun's
    /// own judgement, "a historic mistake", comes first).</summary>
    private string? ModifierPolarity(int p)
    {
        if (tree!.Upos(p) != "NOUN") return null;
        foreach (int c in tree.Children(p))
            if (tree.Relation(c) == "amod" && c < p && JudgementWords.PolarityAt(words, c) is { } polarity) return polarity;
        return null;
    }

    private static readonly HashSet<string> OfferNouns = StanceWords.Default.Set("not-for-nouns");

    /// <summary>"Greenland is not for sale", "our sovereignty is not for negotiation": the holder opposes the sale or the
    /// negotiation of the subject (an actor or an issue).</summary>
    private Stance? NotOffered(int p, Sentence sentence)
    {
        if (!OfferNouns.Contains(words[p]) || tree!.Child(p, "cop") < 0 || !Negated(tree, words, p)) return null;
        int preposition = tree.Child(p, "case");
        if (preposition < 0 || words[preposition] != "for" || tree.Child(p, "nsubj") is not (>= 0 and var subject) || HolderOf(p) is not { } holder) return null;
        int first = subject, end = subject + 1;
        for (int k = sentence.FirstToken; k < p; k++)
            if (tree.Dominates(subject, k)) { first = Math.Min(first, k); end = Math.Max(end, k + 1); }
        if (first >= end || words[first] is "it" or "this" or "that" or "they" or "nothing") return null;
        var what = words.Slice(first, end);
        return new Stance
        {
            Holder = holder, Topic = words[p] + " of " + what, Polarity = StancePolarity.Oppose,
            Evidence = new Evidence(words.Tokens[first].Start, words.Tokens[p].End),
        };
    }

    private bool HasCaseIn(int p)
    {
        foreach (int c in tree!.Children(p))
            if (tree.Relation(c) == "case" && words[c] == "in") return true;
        return false;
    }

    /// <summary>Whether the parse hangs a negation on the word ("is not acceptable", "did not voice").</summary>
    internal static bool Negated(Dependencies tree, TokenText words, int t)
    {
        foreach (int c in tree.Children(t))
            if (Negations.Contains(words[c])) return true;
        return false;
    }

    /// <summary>The speaker of the quote the predicate stands in, else the actor subject of the verb whose clausal
    /// complement it is ("Peru said | the tariffs were unjustified").</summary>
    private string? HolderOf(int p)
    {
        if (StanceAnnotator.QuoteAround(quotes, words.Tokens[p].Start) is { } quote) return quote.Speaker;
        return tree!.Is(p, "ccomp") ? treeHolder.Of(tree.Head(p))?.ActorId : null;
    }

    /// <summary>The token spans of the subject and of each conjunct coordinated with it ("the release of the officer,
    /// and an immediate return to the dialogue"), without the conjunction and the commas.</summary>
    private List<(int First, int End)> Conjuncts(int subject, Sentence sentence)
    {
        var heads = new List<int> { subject };
        foreach (int c in tree!.Children(subject))
            if (tree.Relation(c) == "conj") heads.Add(c);
        var spans = new List<(int, int)>();
        foreach (int h in heads)
        {
            int first = h, last = h;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!tree.Dominates(h, k) || heads.Any(o => o != h && tree.Dominates(o, k) && tree.Dominates(h, o))) continue;
                if (tree.Relation(k) is "cc" or "punct" && k != h) continue;
                first = Math.Min(first, k);
                last = Math.Max(last, k);
            }
            spans.Add((first, last + 1));
        }
        return spans;
    }
}
