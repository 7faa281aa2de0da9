using Demarche.Core.Model;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>What a would-be topic turned out to be: an issue, only actors' names, or nothing a reader would call an issue.</summary>
internal enum TopicKind { Issue, ActorsOnly, NotATopic }

/// <summary>
/// Keeps a topic only when it is a noun phrase that names an issue. With the dependency parse it cuts a clause off
/// the phrase ("the independence | Kosovo declared", "a promise | and broke it"), drops a leading amount
/// ("1.3 billion | arms sale"), finds the head noun and refuses a head that is a pronoun, a number, a verb no noun
/// was found for ("to strengthen"), an actor ("its ally"), or a word that only points back ("the move"). A noun
/// owned by an actor ("Russian shipping", "China's navy") is kept only when it names an issue ("Russian sanctions").
/// </summary>
internal sealed class TopicCheck(Document document, TokenText words, TopicVocabulary vocabulary)
{
    private readonly Dependencies? _tree = document.Get<Dependencies>();
    private readonly MentionIndex? _actors = document.Get<MentionIndex>();
    private readonly HashSet<string> _documents = DocumentIds(document.Actors);

    /// <summary>The ids of the document actors (a loop: no iterators a document).</summary>
    private static HashSet<string> DocumentIds(List<Actor> actors)
    {
        var ids = new HashSet<string>();
        foreach (var a in actors)
            if (a.Kind == ActorKind.Document) ids.Add(a.Id);
        return ids;
    }

    private static readonly HashSet<string> Pronouns = StanceWords.Default.Set("pronouns");

    private static readonly HashSet<string> Amounts = StanceWords.Default.Set("amounts");

    /// <summary>Relations whose words leave the noun phrase: a clause, its subject or auxiliary, a clause marker.</summary>
    private static readonly HashSet<string> ClauseRelations = StanceWords.Default.Set("clause-relations");

    private static readonly string[] ActionSuffixes = StanceWords.Default.List("action-suffixes");

    public TopicKind Check(Topic topic, out Topic cleaned)
    {
        cleaned = topic;
        int s = topic.PhraseStart, e = topic.EndToken;
        if (topic.BareVerb && IsVerb(s)) return TopicKind.NotATopic; // "urged them to strengthen": no noun, no issue
        if (_tree is not null) e = CutClause(s, OwnSubtreeEnd(s, e));
        e = TrimEnd(s, e);
        // "talks mediated | by Saudi Arabia": a participle whose complement the phrase lost is cut with it
        while (e - 1 > s && DanglingParticiple(e - 1, e)) e = TrimEnd(s, e - 1);
        int q = s;
        while (q < e && IsAmount(q)) q++;
        if (q > s && q == e) return TopicKind.NotATopic; // "190 million"
        bool counted = q > s;
        s = q;
        if (s >= e)
        {
            // "the plan to privatise it": a verb that stands for its act only with its object
            if (topic.Noun is null || topic.Noun.AsSpan().SequenceEqual(words.Tokens[topic.FirstToken].In(words.Text))) return TopicKind.NotATopic;
            // "a buffer that Beijing does not recognise": a verb whose object stands elsewhere names no issue here;
            // "welcomed the reopening" is the noun itself
            if (_tree is not null && IsVerb(topic.FirstToken) && ObjectBefore(topic.FirstToken)) return TopicKind.NotATopic;
            cleaned = topic with { Text = topic.Noun.Split(' ')[0], EndToken = Math.Max(topic.FirstToken + 1, Math.Min(e, topic.EndToken)) };
            return TopicKind.Issue; // "backs reopening": the noun of the verb is the issue
        }
        // "urged partners to approve it at the summit": a pronoun standing alone for the issue names none here
        if (IsPronoun(s) && _tree is not null && s < _tree.Count && (_tree.Head(s) < s || _tree.Head(s) >= e)) return TopicKind.NotATopic;
        int head = Head(s, e);
        var lemma = TopicKeys.Singular(words[head]);
        if (IsPronoun(head) || words.Tokens[head].Kind == Demarche.Core.Text.TokenKind.Number) return TopicKind.NotATopic;
        // "welcomed 250 returnees": counted people or things are no issue, counted sanctions or tariffs are
        if (counted && lemma != words[head] && !NamesAnIssue(lemma)) return TopicKind.NotATopic;
        // "offered to mediate | again": an adverb or a function word heads no issue
        if (_tree is not null && head < _tree.Count && _tree.Upos(head) is "ADV" or "ADP" or "PART" or "SCONJ" or "AUX" or "CCONJ") return TopicKind.NotATopic;
        if (!topic.BareVerb && topic.Noun is null && IsVerb(head) && head == s) return TopicKind.NotATopic; // "discuss any other subject"
        // "urged Manila to stop hyping the issue": a verb's noun whose object is another verb ("halt of hyping") names no issue
        if (topic.Noun is not null && head == s && IsVerb(head) && words[head].EndsWith("ing", StringComparison.Ordinal)) return TopicKind.NotATopic;
        // only actors: the names alone, without what the parse hangs elsewhere ("supports Ukraine | with 5 billion euros")
        int names = ActorNamesEnd(s, e);
        // made only when it is the answer (its text and copy were made for every topic checked)
        Topic ActorsOnly() => topic with { Text = words.Slice(s, names), EndToken = names, PhraseStart = s };
        if (topic.Noun is null && NamesOnlyActors(s, e)) { cleaned = ActorsOnly(); return TopicKind.ActorsOnly; }
        if (topic.Noun is null)
        {
            // the object of a verb turned noun may be an actor or its belongings ("recognition of a Palestinian state")
            if (vocabulary.ActorNouns.Contains(lemma) && !InIssuePhrase(head, s, e)) return TopicKind.NotATopic;
            if (ActorAt(head) is not null) { cleaned = ActorsOnly(); return TopicKind.ActorsOnly; }
            if (OwnedByActor(s, head) && !NamesAnIssue(lemma)) return TopicKind.NotATopic;
        }
        if (vocabulary.Anaphoric.Contains(lemma) && !HasOwnWords(s, e, head)) return TopicKind.NotATopic;
        var phrase = words.Slice(s, e);
        var text = topic.Noun is null ? phrase : topic.Noun + " " + phrase;
        cleaned = topic with { Text = text, EndToken = e, PhraseStart = s };
        return TopicKind.Issue;
    }

    /// <summary>Whether the head is part of an issue phrase within s..e ("a state of emergency", "a peacekeeping force").</summary>
    private bool InIssuePhrase(int head, int s, int e)
    {
        foreach (var phrase in vocabulary.IssuePhrases)
            for (int start = Math.Max(s, head - phrase.Length + 1); start <= head && start + phrase.Length <= e; start++)
            {
                int i = 0;
                while (i < phrase.Length && (words[start + i] == phrase[i] || TopicKeys.SingularIs(words[start + i], phrase[i]))) i++;
                if (i == phrase.Length) return true;
            }
        return false;
    }

    /// <summary>The actor named at the token; a document ("the resolution", "the communique") is no actor here.</summary>
    public ActorMention? ActorAt(int t) => _actors?.AtToken(t) is { } m && !_documents.Contains(m.ActorId) ? m : null;

    /// <summary>Whether the verb's object stands before it: it heads a relative clause ("a buffer that Beijing does not
    /// recognise") or the parse hangs an object on its left.</summary>
    private bool ObjectBefore(int verb)
    {
        // "the state that everyone says they want to strengthen": the open complement of a relative clause's verb too
        var tree = _tree!;
        for (int k = verb, step = 0; k >= 0 && step < 3; k = tree.Head(k), step++)
        {
            if (tree.Label(k) == "acl:relcl") return true;
            if (!tree.Is(k, "xcomp") && !tree.Is(k, "ccomp")) break;
        }
        foreach (int c in tree.Children(verb))
            if (c < verb && tree.Is(c, "obj")) return true;
        return false;
    }

    private int TrimEnd(int s, int e)
    {
        while (e > s && (!words.IsWord(e - 1) || words[e - 1] is "and" or "or" or "of" or "to" or "the" or "a" or "an" or "in" or "on" or "for" or "with"))
            e--;
        return e;
    }

    /// <summary>A participle that describes the noun before it ("talks mediated") with none of its own words before e.</summary>
    private bool DanglingParticiple(int t, int e)
    {
        // a past participle only: "the border crossing at Birgunj" keeps its noun in -ing
        if (_tree is null || t >= _tree.Count || _tree.Upos(t) != "VERB" || _tree.Relation(t) != "acl" || _tree.Xpos(t) != "VBN") return false;
        foreach (int c in _tree.Children(t))
            if (c > t && c < e) return false;
        return true;
    }

    private bool IsVerb(int t) => _tree is not null && t < _tree.Count && _tree.Upos(t) is "VERB" or "AUX";

    private bool IsPronoun(int t) => Pronouns.Contains(words[t]) || _tree is not null && _tree.Upos(t) == "PRON";

    private bool IsAmount(int t) =>
        words.Tokens[t].Kind == Demarche.Core.Text.TokenKind.Number || Amounts.Contains(words[t]);

    private static readonly HashSet<string> HeadPrepositions = StanceWords.Default.Set("topic-prepositions");

    /// <summary>Whether the topic's head noun (its last word before a preposition) names an issue by itself ("a
    /// ceasefire in the north", "the reopening of the border"; not "adventure", "a point here"). A verb turned noun
    /// always does.</summary>
    public bool HeadNamesAnIssue(Topic topic)
    {
        if (topic.Noun is not null) return true;
        int head = -1;
        for (int k = topic.PhraseStart; k < topic.EndToken && !HeadPrepositions.Contains(words[k]); k++)
            if (words.IsWord(k)) head = k;
        return head >= 0 && NamesAnIssue(TopicKeys.Singular(words[head]));
    }

    private bool NamesAnIssue(string lemma)
    {
        if (vocabulary.IssueHeads.Contains(lemma)) return true;
        foreach (var suffix in ActionSuffixes)
            if (lemma.Length > suffix.Length + 3 && lemma.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return lemma.Length > 7 && lemma.EndsWith("al", StringComparison.Ordinal); // withdrawal, approval, proposal
    }

    /// <summary>Whether an actor's name modifies the head: "Russian shipping", "China's navy", "the AU initiative".</summary>
    private bool OwnedByActor(int s, int head)
    {
        if (_actors is null) return false;
        for (int k = s; k < head; k++)
            if (ActorAt(k) is not null) return true;
        return false;
    }

    /// <summary>Whether a word that points back has words of its own: "the sanctions package", "the move to close the border".</summary>
    private bool HasOwnWords(int s, int e, int head)
    {
        for (int k = s; k < head; k++)
            if (words.IsWord(k) && (_tree is null ? !words.IsCapitalised(k) : _tree.Upos(k) is "NOUN" or "PROPN" or "VERB")) return true;
        return head + 1 < e && words[head + 1] is "of" or "to" or "on" or "for" or "against" or "toward" or "towards";
    }

    /// <summary>The head noun of tokens s..e: from the tree, the first word whose head lies outside them (a noun by
    /// preference); without it, the last word before the first preposition.</summary>
    private int Head(int s, int e)
    {
        if (_tree is not null)
        {
            int first = -1;
            for (int k = s; k < e; k++)
            {
                int h = _tree.Head(k);
                if (h >= s && h < e || !words.IsWord(k)) continue;
                if (_tree.Upos(k) is "NOUN" or "PROPN") return _tree.Upos(k) == "PROPN" ? NounAfterSplitName(k, e) : k;
                if (first < 0) first = k;
            }
            if (first >= 0) return first;
        }
        int t = s;
        while (t + 1 < e && words.IsWord(t + 1) && words[t + 1] is not ("of" or "on" or "for" or "to" or "in" or "against" or "with" or "over" or "between"))
            t++;
        return t;
    }

    /// <summary>
    /// A name the parse split off its noun ("the ASEAN | five-point consensus", with ASEAN taken for an indirect object):
    /// the next word, without a preposition, conjunction or comma between, whose head also lies outside the phrase and
    /// that is a common noun, is the head.
    /// </summary>
    private int NounAfterSplitName(int name, int e)
    {
        var tree = _tree!;
        int s = name;
        for (int k = name + 1; k < e; k++)
        {
            if (!words.IsWord(k) && !words.IsHyphen(k) || tree.Upos(k) is "ADP" or "CCONJ" or "VERB" or "AUX" or "PRON") return name;
            int h = tree.Head(k);
            if ((h < s || h >= e) && tree.Upos(k) == "NOUN") return k;
        }
        return name;
    }

    /// <summary>Where the phrase of the head noun ends: at the first word its head does not govern ("a promise in
    /// Washington | and broke it", where "broke" hangs on the verb before the phrase).</summary>
    private int OwnSubtreeEnd(int s, int e)
    {
        var tree = _tree!;
        int head = Head(s, e);
        for (int k = head + 1; k < e; k++)
        {
            if (tree.Dominates(head, k)) continue;
            // a prepositional phrase the parser hung on the verb still belongs to the noun ("the attack on the convoy");
            // a verb, a conjunct clause or punctuation does not
            int top = k;
            while (tree.Head(top) >= s && tree.Head(top) < e && tree.Head(top) != head && !tree.Dominates(tree.Head(top), head)) top = tree.Head(top);
            if (tree.Upos(top) is "VERB" or "AUX" || tree.Relation(top) is "conj" or "cc" or "parataxis" or "advcl" or "ccomp" or "punct") return k;
        }
        return e;
    }

    /// <summary>Where the noun phrase s..e ends once a clause inside it is cut off.</summary>
    private int CutClause(int s, int e)
    {
        var tree = _tree!;
        int cut = e;
        for (int k = s; k < e; k++)
        {
            int h = tree.Head(k);
            if (h < s || h >= e) continue; // the phrase's own head
            bool leaves = ClauseRelations.Contains(tree.Label(k)) || tree.Relation(k) == "conj" && tree.Upos(k) is "VERB" or "AUX";
            if (!leaves) continue;
            int left = k;
            for (int j = s; j < k; j++)
                if (tree.Dominates(k, j)) { left = j; break; }
            cut = Math.Min(cut, left);
        }
        return cut;
    }

    /// <summary>Where the actors' names that start at s end ("Ukraine | with 5 billion euros", "Chile and Peru | in the
    /// dispute"): names, and the commas, "and" and "the" between them.</summary>
    private int ActorNamesEnd(int s, int e)
    {
        int end = s, k = s;
        while (k < e)
        {
            if (ActorAt(k) is { } m) { k = Math.Max(k + 1, m.EndToken); end = k; continue; }
            if (words[k] is "and" or "," or "the" or "or") { k++; continue; }
            break;
        }
        return end > s ? end : e;
    }

    /// <summary>True when tokens s..e are only actors' names ("Egypt and Qatar", "Hamas"; at most a conjunction or an
    /// article besides): actors are not issues.</summary>
    public bool NamesOnlyActors(int s, int e)
    {
        if (_actors is null) return false;
        int letters = 0, covered = 0;
        for (int k = s; k < e; k++)
        {
            if (!words.IsWord(k)) continue;
            int n = words.Tokens[k].Length;
            letters += n;
            if (ActorAt(k) is not null) covered += n;
            // "the Somaliland deal": a noun of its own makes an issue
            else if (words[k] is not ("and" or "or" or "the" or "nor" or "both" or "of")) return false;
        }
        return covered > 0 && letters - covered <= 4;
    }
}
