using Demarche.Grammar;

namespace Demarche.Events;

/// <summary>A dictionary entry found in a sentence: the tokens of its words, head first.</summary>
public sealed record TriggerMatch(EventEntry Entry, int Head, int[] Tokens)
{
    public int First => Tokens.Min();
    public int Last => Tokens.Max();
}

/// <summary>Finds dictionary entries in a tagged sentence: head by lemma and part of speech, further words in order with gaps.</summary>
public sealed class TriggerMatcher(EventDictionary dictionary)
{
    public List<TriggerMatch> Find(PosTags pos, int first, int end)
    {
        var all = new List<TriggerMatch>();
        var tags = pos.Tags;
        for (int i = first; i < end; i++)
        {
            var tag = tags[i];
            bool verb = tag.IsVerb(), noun = tag.IsNoun() || tag == PosTag.VBG;
            if (!verb && !noun) continue;
            var lemma = Spelling.Normalize(pos.Lemmas[i]);
            var lower = pos.Lowers[i];
            TriggerMatch? best = null;
            foreach (var key in lemma == lower ? [lemma] : new[] { lemma, Spelling.Normalize(lower) })
            {
                foreach (var e in dictionary.ByHead(key))
                {
                    if (e.Pos == EntryPos.Verb && !verb) continue;
                    if (e.Pos == EntryPos.Noun && !(tag.IsNoun() || tag == PosTag.VBG && (i == first || tags[i - 1].IsDeterminer()))) continue;
                    if (best is not null && best.Entry.Words.Length >= e.Words.Length) continue;
                    var toks = MatchRest(pos, e, i, end);
                    if (toks is not null) best = new TriggerMatch(e, i, toks);
                }
            }
            if (best is not null) all.Add(best);
        }
        // longer entries win over shorter ones on shared tokens
        all.Sort((a, b) => b.Entry.Words.Length.CompareTo(a.Entry.Words.Length));
        var used = new HashSet<int>();
        var kept = new List<TriggerMatch>();
        foreach (var m in all)
        {
            if (m.Tokens.Any(used.Contains)) continue;
            kept.Add(m);
            foreach (var t in m.Tokens) used.Add(t);
        }
        kept.Sort((a, b) => a.Head.CompareTo(b.Head));
        return kept;
    }

    private static int[]? MatchRest(PosTags pos, EventEntry e, int head, int end)
    {
        if (e.Words.Length == 1) return [head];
        var toks = new int[e.Words.Length];
        toks[0] = head;
        int at = head;
        for (int w = 1; w < e.Words.Length; w++)
        {
            string word = e.Words[w];
            int found = -1;
            for (int k = at + 1; k < end && k <= at + 1 + e.Gap; k++)
            {
                var t = pos.Tags[k];
                if (t is PosTag.Period or PosTag.Colon or PosTag.Comma) break;
                if (pos.Lowers[k] == word || Spelling.Normalize(pos.Lemmas[k]) == word) { found = k; break; }
                if (t.IsFiniteVerb() && k > at + 1) break;
            }
            if (found < 0) return null;
            toks[w] = found;
            at = found;
        }
        return toks;
    }
}
