using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>
/// A dictionary entry found in a sentence: the tokens of its words in entry order, the head token (the verb of a
/// verb entry, the head noun of a noun entry), and other entries with the same words that a target may decide between.
/// </summary>
public sealed record TriggerMatch(EventEntry Entry, int Head, int[] Tokens)
{
    /// <summary>Whether the entry's noun stands before its verb, as the passive subject or the noun a participle describes ("sanctions were imposed").</summary>
    public bool NounBeforeVerb => Tokens.Length > 1 && Tokens[1] < Tokens[0];
    /// <summary>The entry's first token in the sentence (its words are in entry order, but for <see cref="NounBeforeVerb"/>).</summary>
    public int First => NounBeforeVerb ? Tokens[1] : Tokens[0];
    /// <summary>The entry's last token in the sentence.</summary>
    public int Last => NounBeforeVerb && Tokens.Length == 2 ? Tokens[0] : Tokens[^1];
    /// <summary>Entries with the same number of words matched at the same place ("quit" with or without an object).</summary>
    public IReadOnlyList<EventEntry> Alternatives { get; init; } = [];
    /// <summary>Shorter matches this one overlapped and displaced, longest first: tried when this one codes no event.</summary>
    public IReadOnlyList<TriggerMatch> Fallbacks { get; init; } = [];
}

/// <summary>Finds dictionary entries in a tagged sentence: first word by lemma or form, further words in order with gaps; the head must have the entry's part of speech.</summary>
public sealed class TriggerMatcher(EventDictionary dictionary, Dependencies? tree = null)
{
    /// <summary>A sentence's matches before overlaps are settled, kept between the sentences of a document.</summary>
    private readonly List<TriggerMatch> _all = [];
    /// <summary>For each token of the sentence (from its first), the index among the kept matches of the one that uses it, or -1.</summary>
    private int[] _usedBy = [];
    /// <summary>The matches <see cref="Find"/> keeps for a sentence, the list it returns, reused for the next sentence.</summary>
    private readonly List<TriggerMatch> _kept = [];

    /// <summary>The sentence's matches in token order; the list is the matcher's, valid until the next call.</summary>
    public List<TriggerMatch> Find(PosTags pos, int first, int end)
    {
        var all = _all;
        all.Clear();
        var tags = pos.Tags;
        Span<int> scratch = stackalloc int[16];
        // the best entry at a token so far, with its head and its words' tokens (in bestTokens, or bestLong beyond 16
        // words); its match is made once the token's entries are all tried
        Span<int> bestTokens = stackalloc int[16];
        for (int i = first; i < end; i++)
        {
            var tag = tags[i];
            if (tag.IsPunctuation() || tag is PosTag.DT or PosTag.CD) continue;
            var lemma = Spelling.Normalize(pos.Lemmas[i]);
            var lower = Spelling.Normalize(pos.Lowers[i]);
            EventEntry? best = null;
            int bestHead = -1;
            int[]? bestLong = null;
            List<EventEntry>? alternatives = null;
            // "re-open", "co-sponsor": the tokeniser splits the hyphen; the word is looked up with its prefix too
            var prefixed = PrefixedLemma(pos, i, first, lemma);
            for (int pass = prefixed is null ? 0 : -1; pass < 2; pass++)
            {
                var key = pass < 0 ? prefixed! : pass == 0 ? lemma : lower;
                if (pass == 1 && key == lemma) break;
                var entries = dictionary.ByHead(key);
                for (int ei = 0; ei < entries.Count; ei++)
                {
                    var e = entries[ei];
                    if (best is not null && best.Words.Length > e.Words.Length) continue;
                    // the words' tokens are matched into a scratch buffer
                    var toks = e.Words.Length <= scratch.Length ? scratch[..e.Words.Length] : new int[e.Words.Length];
                    if (!MatchRest(pos, e, i, end, tree, toks)) continue;
                    int head = HeadOf(tags, e, toks, first, tree);
                    if (head < 0) continue;
                    if (best is not null && best.Words.Length == e.Words.Length)
                    {
                        if (best.Pos == e.Pos) (alternatives ??= [best]).Add(e);
                        continue;
                    }
                    best = e;
                    bestHead = head;
                    if (toks.Length <= bestTokens.Length) toks.CopyTo(bestTokens);
                    else bestLong = toks.ToArray();
                    alternatives = null;
                }
            }
            if (best is null) continue;
            var tokens = best.Words.Length <= bestTokens.Length ? bestTokens[..best.Words.Length].ToArray() : bestLong!;
            all.Add(alternatives is null ? new TriggerMatch(best, bestHead, tokens) : new TriggerMatch(best, bestHead, tokens) { Alternatives = alternatives });
        }
        // longer entries win over shorter ones on shared tokens
        all.Sort((a, b) => b.Entry.Words.Length.CompareTo(a.Entry.Words.Length));
        var kept = _kept;
        kept.Clear();
        if (all.Count == 0) return kept;
        if (_usedBy.Length < end - first) _usedBy = new int[Math.Max(end - first, 2 * _usedBy.Length)];
        var usedBy = _usedBy.AsSpan(0, end - first);
        usedBy.Fill(-1);
        List<TriggerMatch>?[]? fallbacks = null;
        foreach (var m in all)
        {
            int owner = -1;
            bool overlapsTwo = false;
            foreach (var t in m.Tokens)
                if (usedBy[t - first] is int k and >= 0) { if (owner >= 0 && owner != k) overlapsTwo = true; owner = k; }
            if (owner >= 0)
            {
                // "went on strike against the pension reform": the longer noun entry may find no actor; the verb entry it displaced is tried then
                if (!overlapsTwo) ((fallbacks ??= new List<TriggerMatch>?[all.Count])[owner] ??= []).Add(m);
                continue;
            }
            foreach (var t in m.Tokens) usedBy[t - first] = kept.Count;
            kept.Add(m);
        }
        if (fallbacks is not null)
            for (int k = 0; k < kept.Count; k++)
                if (fallbacks[k] is { } f) kept[k] = kept[k] with { Fallbacks = f };
        kept.Sort((a, b) => a.Head.CompareTo(b.Head));
        return kept;
    }

    private static readonly HashSet<string> HyphenPrefixes = EventWords.Default.HyphenPrefixes;

    /// <summary>"reopen" for "open" in "re - open": the lemma joined to a verb prefix split off by a hyphen, or null.</summary>
    private static string? PrefixedLemma(PosTags pos, int i, int first, string lemma)
    {
        if (i - 2 < first || pos.Lowers[i - 1] != "-") return null;
        var prefix = pos.Lowers[i - 2];
        return HyphenPrefixes.Contains(prefix) ? prefix + lemma : null;
    }

    /// <summary>The verb of a verb entry ("formally recognise"), the head noun of a noun entry ("air strike"), or -1.</summary>
    private static int HeadOf(PosTag[] tags, EventEntry e, ReadOnlySpan<int> toks, int sentenceFirst, Dependencies? tree)
    {
        if (e.Pos == EntryPos.Verb)
        {
            // "its long-threatened invasion": a participle that modifies a noun is no act of its own
            foreach (var t in toks)
                if (tags[t].IsVerb()) return IsNounModifier(t, tree) ? -1 : t;
            return -1;
        }
        // "Rebels attacked": a finite verb is never a word of a noun ("rebel attack")
        foreach (var t in toks)
            if (tags[t].IsFiniteVerb()) return -1;
        for (int k = 0; k < toks.Length; k++)
        {
            int t = toks[k];
            bool noun = tags[t].IsNoun() || tags[t] == PosTag.VBG && (t == sentenceFirst || tags[t - 1].IsDeterminer());
            if (!noun) continue;
            // compound nouns: the last of adjacent nouns is the head
            while (k + 1 < toks.Length && toks[k + 1] == toks[k] + 1 && tags[toks[k + 1]].IsNoun()) k++;
            return toks[k];
        }
        return -1;
    }

    /// <summary>A participle the tree hangs on a noun as its modifier, with no auxiliary or subject of its own.</summary>
    private static bool IsNounModifier(int t, Dependencies? tree) =>
        tree is not null && t < tree.Count && tree.Relation(t) == "amod" && tree.Child(t, "aux") < 0 && tree.Child(t, "nsubj") < 0;

    /// <summary>
    /// Whether token k is an entry's word: by form or lemma, or, for a word "&amp;class" (after the first), by being in
    /// that class of data/events/word-classes.tsv ("call &amp;condemning-name": "called the arrest a kidnapping").
    /// </summary>
    private static bool Fits(PosTags pos, int k, string word)
    {
        if (word.Length > 1 && word[0] == '&')
        {
            var words = EventWords.Default;
            var cls = word.AsSpan(1);
            return words.InClass(cls, pos.Lowers[k]) || words.InClass(cls, Spelling.Normalize(pos.Lemmas[k]));
        }
        return pos.Lowers[k] == word || Spelling.Normalize(pos.Lemmas[k]) == word;
    }

    /// <summary>The subject of a passive participle: its nsubj:pass, or the noun it describes as a reduced relative clause; -1 if none.</summary>
    private static int PassiveSubjectOf(Dependencies tree, int participle)
    {
        int subject = tree.Child(participle, "nsubj:pass");
        if (subject >= 0) return subject;
        return tree.Relation(participle) == "acl" && tree.Child(participle, "obj") < 0 ? tree.Head(participle) : -1;
    }

    /// <summary>Whether token k is a verb with "to" as its mark (an infinitive).</summary>
    private static bool IsInfinitive(PosTags pos, Dependencies tree, int k)
    {
        if (pos.Tags[k] != PosTag.VB) return false;
        foreach (int c in tree.Children(k))
            if (tree.Relation(c) == "mark" && pos.Lowers[c] == "to") return true;
        return false;
    }

    /// <summary>Adverbial particles of phrasal verbs that are also prepositions ("carry off", "hand over", "take out").</summary>
    private static readonly HashSet<string> Particles = ["off", "over", "out", "up", "down", "away", "back", "in", "on", "around"];

    private static bool MatchRest(PosTags pos, EventEntry e, int start, int end, Dependencies? tree, Span<int> toks)
    {
        toks[0] = start;
        if (e.Words.Length == 1) return true;
        int at = start;
        for (int w = 1; w < e.Words.Length; w++)
        {
            string word = e.Words[w];
            int found = -1;
            // the parts of a hyphenated word ("sit - in") stand next to each other
            int gap = word == "-" || e.Words[w - 1] == "-" ? 0 : e.Gap;
            for (int k = at + 1; k < end && k <= at + 1 + gap; k++)
            {
                var t = pos.Tags[k];
                if (t is PosTag.Period or PosTag.Colon or PosTag.Comma) break;
                if (Fits(pos, k, word)) { found = k; break; }
                // "were killed by militants" is not "killed militants": a verb's words never reach into its by-phrase,
                // nor any entry's into a phrase of what happened despite it ("joined the court amid protests")
                if (e.Pos == EntryPos.Verb && pos.Lowers[k] == "by" || ConcessivePhrases.IsWord(pos.Lowers[k])) break;
                if (t.IsFiniteVerb() && k > at + 1) break;
            }
            // "lifted on Friday a day-old blockade": a noun the tree makes the verb's object or oblique is the entry's
            // next word however far it stands, as is its predicate ("called the American naval deployment a provocation");
            // not one of a phrase that says when ("reopened its border with Syria after talks" is no "reopen talks"), nor
            // an infinitive, which is no noun ("urged Israel and Hezbollah to respect the ceasefire" is no "urge respect")
            if (found < 0 && gap > 0 && tree is not null && pos.Tags[at].IsVerb())
                for (int k = at + 1; k < end; k++)
                    if (tree.Head(k) == at && tree.Relation(k) is "obj" or "obl" or "xcomp" && tree.Label(k) != "obl:agent" && Fits(pos, k, word)
                        && !ConcessivePhrases.Opens(tree, pos.Lowers, k) && !TimePhrases.Headed(tree, pos.Lowers, k) && !IsInfinitive(pos, tree, k)) { found = k; break; }
            // "troops were deployed to the border", "sanctions were imposed on Iran": in the passive, the noun after the
            // verb in the entry is the verb's subject, before it; the entry's later words still follow the verb
            // ("talks hosted by Malaysia": in a reduced relative clause, the noun the participle describes)
            if (found < 0 && w == 1 && e.Pos == EntryPos.Verb && tree is not null && pos.Tags[start] == PosTag.VBN
                && PassiveSubjectOf(tree, start) is int subject and >= 0 && subject < start && Fits(pos, subject, word))
            {
                toks[w] = subject;
                continue;
            }
            if (found < 0) return false;
            // "a boat carrying 80 migrants off the coast", "adjured Iran on Tuesday": a verb's particle found after words
            // between, that the parse reads as the preposition of a noun phrase after it, is no particle ("carried three
            // men off" is); a shorter entry may still match
            if (e.Pos == EntryPos.Verb && w == e.Words.Length - 1 && found > at + 1 && tree is not null && Particles.Contains(word)
                && tree.Relation(found) == "case" && tree.Head(found) > found) return false;
            toks[w] = found;
            at = found;
        }
        return true;
    }
}
