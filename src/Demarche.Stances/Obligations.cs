using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told as what must or should be done: "Abiy has said Ethiopia must secure access to the Red Sea" (support the
/// securing of access to the Red Sea), "Israel must withdraw from the town, Egypt said", "“Hezbollah should disarm,” the
/// envoy said", "this attack must be investigated" (the investigation of this attack); with a negation it is opposition
/// ("must not annex"). Read from the parse: a verb with a modal of obligation
/// (words.yaml: obligation-modals) that the table of nominalisations turns into an issue, said by the holder: the speaker
/// of the quote it stands in, else the actor subject of the verb of saying (words.yaml: saying-verbs) whose clause it is.
/// The one who must act, when an actor other than the holder, is the target.
/// </summary>
internal sealed class Obligations(TokenText words, Dependencies? tree, TopicReader topics, TopicCheck check, TreeHolder treeHolder,
    Quote[] quotes, Nominalisations nouns)
{
    private static readonly HashSet<string> Modals = StanceWords.Default.Set("obligation-modals");
    private static readonly HashSet<string> Saying = StanceWords.Default.Set("saying-verbs");

    /// <summary>Adds the sentence's stances of this kind to <paramref name="found"/>.</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (tree.Upos(v) != "VERB" || nouns.Of(words[v]) is null || !HasModal(v) && !Demanded(v)) continue;
            if (HolderOf(v) is not { } holder) continue;
            if (IssueOf(v, sentence) is not { } topic) continue;
            string? target = treeHolder.Of(v)?.ActorId is { } who && who != holder ? who : null;
            found.Add(new Stance
            {
                Holder = holder, Topic = topic.Text, Target = target,
                Polarity = Judgements.Negated(tree, words, v) ? StancePolarity.Oppose : StancePolarity.Support,
                Evidence = new Evidence(words.Tokens[Math.Min(v, topic.FirstToken)].Start, words.Tokens[Math.Max(v + 1, topic.EndToken) - 1].End),
            });
        }
    }

    /// <summary>The verb turned into its noun with its object ("withdraw from the town" -> "withdrawal from the town"), or
    /// in the passive with its subject ("this attack must be investigated" -> "investigation of this attack").</summary>
    private Topic? IssueOf(int v, Sentence sentence)
    {
        int passive = tree!.Child(v, "aux:pass") >= 0 ? tree.Child(v, "nsubj:pass") : -1;
        if (passive >= 0)
        {
            int start = passive, end = passive + 1;
            for (int k = sentence.FirstToken; k < passive; k++) if (tree.Dominates(passive, k)) { start = k; break; }
            if (topics.Read(start, end, verbExpected: false) is not { } subject || check.Check(subject, out var done) != TopicKind.Issue) return null;
            var noun = nouns.Of(words[v])!.Split(' ')[0];
            return done with { Text = noun + " of " + done.Text, FirstToken = start };
        }
        if (topics.Action(v, sentence.EndToken) is not { Noun: not null } read || check.Check(read, out var topic) != TopicKind.Issue) return null;
        return check.NamesOnlyActors(topic.PhraseStart, topic.EndToken) && topic.PhraseStart > v ? null : topic;
    }

    private static readonly HashSet<string> Mandative = StanceWords.Default.Set("mandative-verbs");

    /// <summary>"Egypt demanded that Israel withdraw": a bare verb with no auxiliary in the clause of a verb of demanding
    /// (words.yaml: mandative-verbs), which says it must be done.</summary>
    private bool Demanded(int v)
    {
        if (!tree!.Is(v, "ccomp") || tree.Head(v) is not (>= 0 and var demand) || !Mandative.Contains(words[demand])) return false;
        foreach (int c in tree.Children(v))
            if (tree.Relation(c) is "aux" or "aux:pass" or "cop") return false;
        return !words[v].EndsWith("ed", StringComparison.Ordinal) && !(words[v].EndsWith('s') && !words[v].EndsWith("ss", StringComparison.Ordinal));
    }

    private bool HasModal(int v)
    {
        foreach (int c in tree!.Children(v))
            if (tree.Relation(c) == "aux" && Modals.Contains(words[c])) return true;
        return false;
    }

    /// <summary>The speaker of the quote around the verb, else the actor who says the clause ("Egypt said | Israel must …").</summary>
    private string? HolderOf(int v)
    {
        if (StanceAnnotator.QuoteAround(quotes, words.Tokens[v].Start) is { } quote) return quote.Speaker;
        if (!tree!.Is(v, "ccomp") && !tree.Is(v, "parataxis")) return null;
        int speech = tree.Head(v);
        return speech >= 0 && (Saying.Contains(words[speech]) || Mandative.Contains(words[speech])) ? treeHolder.Of(speech)?.ActorId : null;
    }
}
