using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances told by a noun of position (verbs.yaml: support-nouns, oppose-nouns): "Russia's opposition to NATO
/// membership", "its support for the ceasefire", "Japan expressed support for the plan", "reiterated its rejection of the
/// proposal". The parse gives the holder: the noun's possessor, else the subject of the verb of voicing it is the object
/// of (words.yaml: voicing-verbs). A noun with neither ("support for the plan grew") or under a negated verb ("did not
/// voice support for") holds no stance; a topic that is only actors ("support for Ukraine") is no issue.
/// </summary>
internal sealed class PositionNouns(TokenText words, Dependencies? tree, StanceLexicon lexicon, TopicReader topics, TopicCheck check,
    TreeHolder treeHolder, MentionIndex? index)
{
    private static readonly HashSet<string> Voicing = StanceWords.Default.Set("voicing-verbs");

    /// <summary>Adds the sentence's stances of this kind to <paramref name="found"/>.</summary>
    public void Find(Sentence sentence, List<Stance> found)
    {
        if (tree is null) return;
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (lexicon.NounOfPosition(words[t], words[t + 1]) is not { } polarity || tree.Upos(t) != "NOUN") continue;
            if (HolderOf(t) is not { } holder) continue;
            // "its bid to join NATO": after "to" a verb is the act ("accession to NATO")
            if (topics.Read(t + 2, sentence.EndToken, verbExpected: words[t + 1] == "to" && tree.Upos(t + 2) == "VERB") is not { } read || check.Check(read, out var topic) != TopicKind.Issue) continue;
            var target = index?.AtToken(topic.PhraseStart) is { } m && m.FirstToken == topic.PhraseStart && m.ActorId != holder ? m.ActorId : null;
            found.Add(new Stance
            {
                Holder = holder, Topic = topic.Text, Target = target, Polarity = polarity,
                Evidence = new Evidence(words.Tokens[Math.Min(t, VoiceStart(t))].Start, words.Tokens[topic.EndToken - 1].End),
            });
        }
    }

    /// <summary>The noun's possessor ("Russia's", "its" resolved by coreference), else the subject of a verb of voicing
    /// whose object the noun is ("Peru reiterated its opposition"); null when the verb is negated or neither names an actor.</summary>
    private string? HolderOf(int noun)
    {
        int owner = tree!.Child(noun, "nmod:poss");
        // "Russia's opposition"; "its opposition" where coreference resolved the pronoun
        if (owner >= 0 && ActorAt(owner) is { } named) return named;
        // an unresolved pronoun ("Peru reiterated its opposition") or no possessor: the subject of the verb of voicing
        if (owner >= 0 && tree.Upos(owner) != "PRON") return null;
        int verb = tree.Head(noun);
        if (verb < 0 || !tree.Is(noun, "obj") || !Voicing.Contains(words[verb]) || Judgements.Negated(tree, words, verb)) return null;
        return treeHolder.Of(verb)?.ActorId;
    }

    private string? ActorAt(int t) => check.ActorAt(t)?.ActorId ?? index?.AtToken(t)?.ActorId;

    /// <summary>Where the evidence starts: the verb of voicing before the noun, else the noun's possessor.</summary>
    private int VoiceStart(int noun)
    {
        int owner = tree!.Child(noun, "nmod:poss");
        if (owner >= 0) return owner;
        int verb = tree.Head(noun);
        return verb >= 0 && verb < noun ? verb : noun;
    }
}
