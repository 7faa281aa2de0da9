using Demarche.Core.Data;
using Demarche.Core.Text;

namespace Demarche.Grammar;

/// <summary>
/// Reads noun-phrase arguments off the dependency tree: the chunk of a nominal token, extended over the "of"
/// and "from" phrases that hang on it (and "for" after a spokesperson), with its coordinated nouns as members; and a token's case marker. A
/// document layer, so that later stages ask for an argument where the grammar found one.
/// </summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.Dependencies)]
public sealed class ArgumentReader(PosTag[] tags, string[] lowers, Chunk[] chunks, int[] chunkOfToken, Dependencies tree)
{
    public Dependencies Tree => tree;

    /// <summary>
    /// The argument headed by a token: its noun phrase chunk, extended over "of"/"from" phrases that hang on it,
    /// with the chunks of its coordinated nouns as members.
    /// </summary>
    public Argument? ArgumentAt(int token)
    {
        if (token < 0) return null;
        var chunk = NounChunk(token);
        if (chunk is null) return null;
        var head = chunk.Value;
        var members = _members ??= new List<Chunk>();
        members.Clear();
        members.Add(head);
        int end = OfChainEnd(token, head.End);
        AddConjuncts(token, members, ref end, 0);
        int first = head.First;
        if (members.Count == 1) first = AddCoordinatedModifiers(token, head, members);
        if (members.Count == 1) DistributeOverCoordinatedOf(token, members, ref end);
        // the members in an array of their number (most arguments have one: a list and its array of four were made each)
        Chunk[] kept = members.Count == 1 ? [head] : members.ToArray();
        members.Clear();
        return new Argument(first, end, head.Head, kept);
    }

    /// <summary>A thread's members of the argument being read.</summary>
    [ThreadStatic] private static List<Chunk>? _members;

    /// <summary>
    /// "US and UK officials", "Chinese and Russian warships": modifiers coordinated before the head noun, the first of
    /// which the chunk leaves out, each make a member of their own (the chunk holds the last with the head). The
    /// argument's first token.
    /// </summary>
    private int AddCoordinatedModifiers(int token, Chunk head, List<Chunk> members)
    {
        int first = head.First;
        foreach (int m in tree.Children(token))
        {
            if (m >= head.First || tree.Relation(m) is not ("amod" or "compound")) continue;
            bool coordinated = false;
            foreach (int c in tree.Children(m))
                if (tree.Relation(c) == "conj" && c >= head.First && c < token) coordinated = true;
            if (!coordinated) continue;
            members.Insert(0, new Chunk(ChunkKind.NounPhrase, m, m + 1, m));
            first = Math.Min(first, m);
        }
        return first;
    }

    /// <summary>
    /// "The foreign ministers of Egypt and Jordan met", "the leaders of Kenya and Uganda signed", "officials from Kenya
    /// and Somalia met": a plural noun whose "of" or "from" phrase is a coordination is each of the coordinated ones, so
    /// they are the members (the noun's own words stay in the first member's span, as the actor it names there may hold
    /// them).
    /// </summary>
    private void DistributeOverCoordinatedOf(int token, List<Chunk> members, ref int end)
    {
        if (tags[token] is not (PosTag.NNS or PosTag.NNPS)) return;
        foreach (int c in tree.Children(token))
        {
            if (c < token || tree.Relation(c) != "nmod" || CaseOf(c) is not ("of" or "from") || NounChunk(c) is not { } inner) continue;
            var coordinated = new List<Chunk> { inner };
            int coordinatedEnd = end;
            AddConjuncts(c, coordinated, ref coordinatedEnd, 0);
            if (coordinated.Count < 2) return;
            members.Clear();
            members.AddRange(coordinated);
            end = coordinatedEnd;
            return;
        }
    }

    /// <summary>Coordinated nouns: conj children, and theirs (a parse may chain "A, B and C" as A→B→C).</summary>
    private void AddConjuncts(int token, List<Chunk> members, ref int end, int depth)
    {
        if (depth > 8) return;
        foreach (int c in tree.Children(token))
        {
            if (tree.Relation(c) != "conj" || NounChunk(c) is not { } member || members.Contains(member)) continue;
            members.Add(member);
            end = Math.Max(end, OfChainEnd(c, member.End));
            AddConjuncts(c, members, ref end, depth + 1);
        }
    }

    private int OfChainEnd(int token, int end)
    {
        foreach (int c in tree.Children(token))
        {
            if (c < end || tree.Relation(c) != "nmod" || CaseOf(c) is not { } marker) continue;
            // "a spokesperson for the foreign ministry": the body a spokesperson speaks for is named as by "of"
            if (marker is not ("of" or "from") && !(marker == "for" && SpeakingForNouns.Value.Contains(lowers[token]))) continue;
            if (NounChunk(c) is { } inner) end = Math.Max(end, OfChainEnd(c, inner.End));
        }
        return end;
    }

    /// <summary>Nouns of people who speak for the body their "for" phrase names: data/lexicon/speaking-for-nouns.txt.</summary>
    private static readonly Lazy<WordSet> SpeakingForNouns = new(() => WordList.Set("lexicon", "speaking-for-nouns.txt"));

    /// <summary>
    /// The noun phrase chunk of a token, without the words at its edges that the tree gives to another phrase
    /// ("Last month Russia": "Last month" modifies the verb, the argument is "Russia").
    /// </summary>
    public Chunk? NounChunk(int token)
    {
        int c = chunkOfToken[token];
        if (c >= 0 && chunks[c].Kind == ChunkKind.NounPhrase)
        {
            var ch = chunks[c];
            int first = ch.First, end = ch.End;
            while (first < token && !tree.Dominates(token, first)) first++;
            while (end - 1 > token && !tree.Dominates(token, end - 1)) end--;
            if (first == ch.First && end == ch.End) return ch;
            return new Chunk(ch.Kind, first, end, ch.Head >= first && ch.Head < end ? ch.Head : token, ch.PossessorEnd > first && ch.PossessorEnd <= end ? ch.PossessorEnd : -1);
        }
        if (tags[token].IsNoun() || tags[token] is PosTag.PRP or PosTag.CD or PosTag.DT or PosTag.EX)
            return new Chunk(ChunkKind.NounPhrase, token, token + 1, token);
        return null;
    }

    /// <summary>The case marker (preposition) of a nominal token, lowercase, or null.</summary>
    public string? CaseOf(int token)
    {
        foreach (int c in tree.Children(token))
            if (tree.Relation(c) == "case") return lowers[c];
        return null;
    }
}
