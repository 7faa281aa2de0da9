using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told by refusing an act: "Bolivia refused to extradite the former minister" (oppose the extradition of the
/// former minister), "Ethiopia refused to vacate the border town of Badme" (a verb without a noun in
/// nominalisations.yaml keeps its own words: oppose "vacate the border town of Badme"), "declined to attend the summit".
/// Read from the parse: a verb of refusal (words.yaml: refusals) with an open complement "to" + verb. Verbs of position
/// ("refused to back the plan") are read by the annotator's cues, and acts that are only words ("declined to comment",
/// words.yaml: refused-non-issues) name no issue. The holder is the subject's actor, else the speaker of the quote the
/// refusal stands in when its subject is a pronoun.
/// </summary>
internal sealed class Refusals(TokenText words, Dependencies? tree, TopicReader topics, TopicCheck check, TreeHolder treeHolder,
    Assertion assertion, Quote[] quotes, StanceLexicon lexicon, Nominalisations nouns)
{
    private static readonly HashSet<string> Refusing = StanceWords.Default.Set("refusals");
    private static readonly HashSet<string> NonIssues = StanceWords.Default.Set("refused-non-issues");

    /// <summary>Adds the sentence's stances of this kind to <paramref name="found"/>.</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int r = sentence.FirstToken; r < sentence.EndToken; r++)
        {
            // "“We will not withdraw from a single town,” he said": a refusal in the speaker's own words
            if (SpokenRefusal(r, sentence.EndToken) is { } spoken)
            {
                found.Add(spoken);
                continue;
            }
            if (!Refusing.Contains(words[r]) || Judgements.Negated(tree, words, r)) continue;
            int v = Complement(r);
            if (v < 0 || NonIssues.Contains(words[v]) || lexicon.StartsPositionCue(words[v], NextWord(v))) continue;
            if (HolderOf(r) is not { } holder || assertion.IsUnasserted(r, holder, sentence.EndToken)) continue;
            if (TopicOf(v, sentence.EndToken) is not { } topic) continue;
            found.Add(new Stance
            {
                Holder = holder, Topic = topic.Text, Polarity = StancePolarity.Oppose,
                Target = check.ActorAt(topic.PhraseStart)?.ActorId is { } t && t != holder ? t : null,
                Evidence = new Evidence(words.Tokens[r].Start, words.Tokens[Math.Max(v + 1, topic.EndToken) - 1].End),
            });
        }
    }

    /// <summary>
    /// A verb of a listed act (nominalisations.yaml) with "we" or "I" as its subject, "will"/"shall" and a negation, inside a
    /// quote with a speaker: "we will not withdraw from a single town", "we will never sign" (the speaker opposes the act).
    /// </summary>
    private Stance? SpokenRefusal(int v, int limit)
    {
        if (tree!.Upos(v) != "VERB" || nouns.Of(words[v]) is null || NonIssues.Contains(words[v]) || lexicon.StartsPositionCue(words[v], NextWord(v))) return null;
        int subject = tree.Child(v, "nsubj");
        if (subject < 0 || words[subject] is not ("we" or "i") || !Judgements.Negated(tree, words, v) || !HasFutureAux(v)) return null;
        if (StanceAnnotator.QuoteAround(quotes, words.Tokens[v].Start) is not { Kind: QuoteKind.Direct, Speaker: { } holder }) return null;
        if (topics.Action(v, limit) is not { Noun: not null } read || check.Check(read, out var topic) != TopicKind.Issue) return null;
        if (check.NamesOnlyActors(topic.PhraseStart, topic.EndToken) && topic.PhraseStart > v) return null;
        return new Stance
        {
            Holder = holder, Topic = topic.Text, Polarity = StancePolarity.Oppose,
            Evidence = new Evidence(words.Tokens[subject].Start, words.Tokens[Math.Max(v + 1, topic.EndToken) - 1].End),
        };
    }

    /// <summary>The word after token t, or null at the document's end.</summary>
    private string? NextWord(int t) => t + 1 < words.Count ? words[t + 1] : null;

    private bool HasFutureAux(int v)
    {
        foreach (int c in tree!.Children(v))
            if (tree.Relation(c) == "aux" && words[c] is "will" or "shall" or "wo") return true;
        return false;
    }

    /// <summary>The verb of "refused (on Friday) to VERB", whose head is the refusal; -1 when none.</summary>
    private int Complement(int r)
    {
        foreach (int c in tree!.Children(r))
            if (c > r && tree.Is(c, "xcomp") && tree.Upos(c) == "VERB" && c > 0 && words[c - 1] == "to") return c;
        return -1;
    }

    /// <summary>The act as an issue: its noun with its object ("extradition of the former minister"), or, for a verb
    /// the table has no noun for, the verb with its object ("vacate the border town"), never with only actors.</summary>
    private Topic? TopicOf(int v, int limit)
    {
        if (topics.Action(v, limit, verbAsNoun: true) is not { Noun: not null } read) return null;
        var kind = check.Check(read, out var topic);
        // "refused to join NATO": the act on an actor is an issue
        if (kind == TopicKind.ActorsOnly) return topic with { Text = read.Noun + " " + topic.Text };
        if (kind != TopicKind.Issue) return null;
        bool ownWords = nouns.Of(words[v]) is null;
        return ownWords && check.NamesOnlyActors(topic.PhraseStart, topic.EndToken) ? null : topic;
    }

    /// <summary>The actor subject of the refusal, else the quote's speaker when the subject is a pronoun or missing.</summary>
    private string? HolderOf(int r)
    {
        if (treeHolder.Of(r)?.ActorId is { } named) return named;
        int subject = treeHolder.Subject(r);
        if (subject >= 0 && tree!.Upos(subject) != "PRON") return null;
        return StanceAnnotator.QuoteAround(quotes, words.Tokens[r].Start)?.Speaker;
    }
}
