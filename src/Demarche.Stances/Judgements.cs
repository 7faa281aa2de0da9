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

    public List<Stance> Find(Sentence sentence)
    {
        var found = new List<Stance>();
        if (tree is null) return found;
        for (int p = sentence.FirstToken; p < sentence.EndToken; p++)
        {
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
        return found;
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
