using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told in the passive, read from the parse: the holder is the agent ("by Italy"), the issue the verb's passive
/// subject or the noun its participle describes. "The plan was rejected by Italy and Spain" gives Italy and Spain / oppose /
/// plan; "the ceasefire, backed by Qatar, collapsed" gives Qatar / support / ceasefire. A topic that is only actors or
/// people ("Rebels backed by Rwanda", "Hezbollah, backed by Iran") is a relation, no stance; a negated or supposed verb
/// holds none.
/// </summary>
internal sealed class PassiveStances(TokenText words, Dependencies? tree, StanceLexicon lexicon, TopicReader topics, TopicCheck check,
    Assertion assertion)
{
    /// <summary>Adds the sentence's stances of this kind to <paramref name="found"/>.</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (PolarityOf(words[v]) is not { } polarity || tree.Upos(v) != "VERB" || Judgements.Negated(tree, words, v)) continue;
            int agent = tree.Child(v, "obl:agent");
            if (agent < 0 || check.ActorAt(agent) is not { } first) continue;
            int issue = tree.Child(v, "nsubj:pass");
            if (issue < 0 && tree.Is(v, "acl") && tree.Head(v) < v) issue = tree.Head(v);
            if (issue < 0 || assertion.IsUnasserted(v, first.ActorId, sentence.EndToken)) continue;
            var (start, end) = NounPhrase(issue, sentence);
            if (topics.Read(start, end, verbExpected: false) is not { } read || check.Check(read, out var topic) != TopicKind.Issue
                || check.NamesOnlyActors(topic.PhraseStart, topic.EndToken)) continue;
            var evidence = new Evidence(words.Tokens[Math.Min(start, v)].Start, words.Tokens[Math.Max(agent, topic.EndToken - 1)].End);
            foreach (var holder in Agents(agent, first))
                found.Add(new Stance { Holder = holder, Topic = topic.Text, Polarity = polarity, Evidence = evidence });
        }
    }

    /// <summary>The polarity of a one-word verb of position ("rejected", "backed"), or null.</summary>
    private string? PolarityOf(string word)
    {
        var cues = lexicon.StartingWith(word);
        for (int i = 0; i < cues.Count; i++)
            if (cues[i].Words.Length == 1) return cues[i].Polarity;
        return null;
    }

    /// <summary>The agent and the actors coordinated with it: "by Russia and China".</summary>
    private List<string> Agents(int agent, ActorMention first)
    {
        var ids = new List<string> { first.ActorId };
        foreach (int c in tree!.Children(agent))
            if (tree.Relation(c) == "conj" && check.ActorAt(c) is { } m && !ids.Contains(m.ActorId)) ids.Add(m.ActorId);
        return ids;
    }

    /// <summary>The noun's phrase without what follows a comma, a clause or a participle hung on it ("the ceasefire | , backed by").</summary>
    private (int Start, int End) NounPhrase(int noun, Sentence sentence)
    {
        int start = noun, end = noun + 1;
        for (int k = noun - 1; k >= sentence.FirstToken && tree!.Dominates(noun, k); k--) start = k;
        for (int k = noun + 1; k < sentence.EndToken && tree!.Dominates(noun, k); k++)
        {
            if (words.IsPunct(k, ',') || IsClauseUnder(noun, k)) break;
            end = k + 1;
        }
        return (start, end);
    }

    private bool IsClauseUnder(int noun, int k)
    {
        for (int j = k; j >= 0 && j != noun; j = tree!.Head(j))
            if (tree!.Relation(j) is "acl" or "appos" || tree.Label(j) == "acl:relcl") return true;
        return false;
    }
}
