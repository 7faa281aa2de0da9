namespace Demarche.Grammar;

/// <summary>
/// Builds verb frames from chunks: finds each verb group's subject (skipping appositions and relative clauses,
/// following relative pronouns to their antecedent, sharing the subject of coordinated verbs), object, passive
/// by-agent, and what it depends on (control verbs, participles, reported speech, conditionals).
/// </summary>
public sealed class FrameBuilder(PosTag[] tags, string[] lowers, string[] lemmas, Chunk[] chunks, int[] chunkOfToken)
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "claim", "announce", "report", "write", "read", "note", "insist", "warn", "argue",
        "allege", "believe", "think", "confirm", "deny", "declare", "assert", "suggest", "indicate", "acknowledge", "admit",
        "explain", "reveal", "show", "know", "hope", "fear", "expect", "predict", "accuse", "stress", "reiterate", "maintain",
    };
    private static readonly HashSet<string> ObjectControlVerbs = new(StringComparer.Ordinal)
    {
        "urge", "ask", "call", "press", "pressure", "encourage", "invite", "tell", "persuade", "order", "force", "allow",
        "permit", "help", "lobby", "push", "request", "instruct", "advise", "warn", "direct", "compel", "enable", "want", "expect", "let",
    };
    /// <summary>Verbs that take an object and a participle describing it: "kept the border closed", "ordered the crossing reopened".</summary>
    private static readonly HashSet<string> SmallClauseVerbs = new(StringComparer.Ordinal)
    {
        "keep", "leave", "order", "want", "have", "get", "see", "find", "declare", "consider", "deem", "hold", "render", "need", "like",
    };
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "that", "because", "although", "though", "while", "whereas", "if", "unless", "after", "before", "since", "when", "as", "until", "once", "whether",
    };

    public VerbFrame[] Build(int sentenceIndex, int first, int end)
    {
        var frames = new List<VerbFrame>();
        // chunks are in token order: start at the first chunk of the sentence
        int lo = 0, hi = chunks.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (chunks[mid].First < first) lo = mid + 1; else hi = mid; }
        for (int c = lo; c < chunks.Length && chunks[c].First < end; c++)
        {
            var ch = chunks[c];
            if (ch.Kind != ChunkKind.VerbGroup || ch.End > end) continue;
            frames.Add(Describe(sentenceIndex, ch));
        }
        var arr = frames.ToArray();
        for (int f = 0; f < arr.Length; f++) Attach(arr, f, first, end);
        return arr;
    }

    private VerbFrame Describe(int sentence, Chunk ch)
    {
        int head = ch.Head;
        var frame = new VerbFrame { Sentence = sentence, First = ch.First, End = ch.End, Head = head, Lemma = lemmas[head], ParticleEnd = ch.End };
        bool anyAux = false;
        for (int k = ch.First; k < ch.End; k++)
        {
            var w = lowers[k];
            if (w is "not" or "n't" or "never") frame.Negated = true;
            if (tags[k] == PosTag.MD)
            {
                frame.Modal = w switch { "'ll" => "will", "'d" => "would", "ca" => "can", "wo" => "will", _ => w };
                if (frame.Modal is "will" or "shall") frame.Future = true;
                if (frame.Modal is "would" or "could" or "might") frame.Past = true;
            }
            if (k < head && tags[k].IsVerb()) anyAux = true;
            if (k == ch.First && tags[k] == PosTag.VBD) frame.Past = true;
        }
        if (head > ch.First && tags[head] == PosTag.VBN)
        {
            int k = head - 1;
            while (k > ch.First && (tags[k].IsAdverb() || lowers[k] is "not" or "n't")) k--;
            if (lowers[k] is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'re" or "'m" or "get" or "got" or "gets" or "getting") frame.Passive = true;
        }
        if (!anyAux && tags[head] == PosTag.VBN && head + 1 < lowers.Length && lowers[head + 1] == "by") frame.Passive = true;
        frame.Infinitive = ch.First > 0 && tags[ch.First - 1] == PosTag.TO;
        frame.NonFinite = !anyAux && !frame.Infinitive && tags[head] is PosTag.VBG or PosTag.VBN && tags[ch.First] is PosTag.VBG or PosTag.VBN;
        // "soldiers led by a general": a past form between a noun and "by" is a passive participle
        if (!anyAux && ch.First == head && tags[head] == PosTag.VBD && head > 0 && tags[head - 1].IsNoun() && head + 1 < lowers.Length && lowers[head + 1] == "by")
        {
            frame.NonFinite = true;
            frame.Passive = true;
        }
        if (frame.Infinitive && ch.First >= 2 && lowers[ch.First - 2] is "not" or "never") frame.Negated = true;
        // "Russia never invaded": a negating adverb right before the group
        for (int k = ch.First - 1; k >= 0 && k >= ch.First - 2 && tags[k].IsAdverb(); k--)
            if (lowers[k] is "never" or "not") frame.Negated = true;
        if (ch.First >= 2 && lowers[ch.First - 1] == "longer" && lowers[ch.First - 2] == "no") frame.Negated = true;
        // going to + verb, is set to, is due to
        return frame;
    }

    private void Attach(VerbFrame[] frames, int f, int first, int end)
    {
        var frame = frames[f];
        int prevFrame = f - 1;
        if (!IsCopula(frame)) frame.Object = ObjectAfter(frame.ParticleEnd, end, frame);
        if (frame.Passive) frame.Agent = AgentAfter(frame.ParticleEnd, end, f + 1 < frames.Length ? frames[f + 1].First : end);

        // "to stop its attacks and withdraw", "could suspend aid and freeze funds": a bare verb after "and" shares
        // the previous verb's subject, modal and dependency
        if (!frame.Infinitive && tags[frame.First] == PosTag.VB && frame.First - 1 >= first && tags[frame.First - 1] == PosTag.CC && f > 0)
        {
            var prev = frames[f - 1];
            frame.Subject = prev.Subject;
            frame.Governor = prev.Governor;
            frame.Relation = prev.Relation;
            frame.Modal ??= prev.Modal;
            frame.Infinitive = prev.Infinitive;
            frame.Conditional = prev.Conditional;
            frame.Future |= prev.Future;
            return;
        }

        if (frame.Infinitive)
        {
            int to = frame.First - 1;
            int k = to - 1;
            if (k >= first && lowers[k] is "not" or "never") k--;
            while (k >= first && tags[k].IsAdverb()) k--;
            int gov = FrameEndingAt(frames, k);
            if (gov >= 0)
            {
                frame.Governor = gov;
                frame.Relation = Dependency.SubjectControl;
                frame.Subject = frames[gov].Subject;
                return;
            }
            int np = k >= first ? chunkOfToken[k] : -1;
            if (np >= 0 && chunks[np].Kind == ChunkKind.NounPhrase)
            {
                int before = chunks[np].First - 1;
                if (before >= first && lowers[before] == "on") before--; // call on X to
                int g2 = FrameEndingAt(frames, before);
                if (g2 >= 0 && ObjectControlVerbs.Contains(frames[g2].Lemma))
                {
                    frame.Governor = g2;
                    frame.Relation = Dependency.ObjectControl;
                    frame.Subject = ArgumentLeftOf(np, first, includeOf: true);
                    return;
                }
            }
            return;
        }

        if (frame.NonFinite)
        {
            int k = frame.First - 1;
            while (k >= first && tags[k].IsAdverb()) k--;
            // "denied killing", "stopped attacking", "considered imposing": a gerund right after a verb is its complement
            int direct = tags[frame.Head] == PosTag.VBG ? FrameEndingAt(frames, k) : -1;
            if (direct >= 0 && direct != f)
            {
                frame.Governor = direct;
                frame.Relation = Dependency.SubjectControl;
                frame.Subject = frames[direct].Subject;
                return;
            }
            if (k >= first && (tags[k] == PosTag.Comma || tags[k] == PosTag.IN && tags[frame.Head] == PosTag.VBG))
            {
                int gov = PreviousFinite(frames, f);
                if (gov >= 0)
                {
                    frame.Governor = gov;
                    frame.Relation = Dependency.Participle;
                    frame.Subject = frames[gov].Subject;
                    // "warned Washington against arming Taiwan", "barred them from entering": what the object should not do
                    if (tags[k] == PosTag.IN && lowers[k] is "against" or "from" && frames[gov].Object is { } o && o.End <= k + 1)
                    {
                        frame.Subject = o;
                        frame.Relation = Dependency.ObjectControl;
                        return;
                    }
                    // "accused Eritrea of arming militias": the gerund's subject is the accused
                    // ("accusing Abuja of hosting": the gerund hangs on the verb right before it, finite or not)
                    if (tags[k] == PosTag.IN && lowers[k] is "of" or "for" && f > 0 && frames[f - 1].Object is { } near && near.End == k && !frames[f - 1].Passive)
                    {
                        gov = f - 1;
                        frame.Governor = gov;
                    }
                    if (tags[k] == PosTag.IN && lowers[k] is "of" or "for" && frames[gov].ParticleEnd <= k)
                    {
                        var accused = frames[gov].Passive ? frames[gov].Subject : frames[gov].Object;
                        if (accused is not null && accused.End <= k + 1) { frame.Subject = accused; frame.Relation = Dependency.Reported; }
                    }
                }
                return;
            }
            int np = k >= first ? chunkOfToken[k] : -1;
            if (np >= 0 && chunks[np].Kind == ChunkKind.NounPhrase)
            {
                // a conference aimed at …, the attack carried out by …, countries taking part
                frame.Relation = Dependency.Relative;
                var arg = ArgumentLeftOf(np, first, includeOf: false);
                bool participle = tags[frame.Head] == PosTag.VBN || frame.Passive;
                // "part of sanctions imposed by the bloc": what was imposed is the phrase right before
                if (participle && chunks[np].First - 1 >= first && lowers[chunks[np].First - 1] == "of")
                    arg = new Argument(chunks[np].First, chunks[np].End, chunks[np].Head, [chunks[np]]);
                if (participle) { frame.Passive = true; frame.Object ??= arg; }
                else frame.Subject = arg;
                frame.Governor = PreviousFinite(frames, f);
                return;
            }
        }

        frame.Subject = SubjectLeftOf(frames, f, first, out int clauseStart);
        // "kept its side closed", "ordered the border reopened": a bare participle after the previous verb's object
        // completes that verb; it is no clause of its own
        if (f > 0 && frame.Subject is { } small && frames[f - 1].Object is { } prevObject && prevObject.First == small.First && frame.First == frame.Head
            && tags[frame.Head] is PosTag.VBD or PosTag.VBN && !frames[f - 1].Passive && SmallClauseVerbs.Contains(frames[f - 1].Lemma))
        {
            frame.Governor = f - 1;
            frame.Relation = Dependency.ObjectControl;
            return;
        }
        frame.Conditional = IsConditional(clauseStart, first);
        // "If Israel attacks Iran, Iran will strike Israel": the consequence of a condition has not happened either
        if (!frame.Conditional && lowers[first] is "if" or "unless")
        {
            for (int k = first + 1; k < frame.First; k++)
                if (tags[k] == PosTag.Comma) { frame.Conditional = true; break; }
        }

        // reported speech: "X said (that) Y attacked Z"
        int b = clauseStart - 1;
        if (b >= first && lowers[b] == "that" && tags[b] == PosTag.IN) b--;
        while (b >= first && tags[b] == PosTag.Comma) b--;
        int speech = FrameEndingAt(frames, b);
        if (speech < 0 && b >= first && chunkOfToken[b] >= 0 && chunks[chunkOfToken[b]].Kind == ChunkKind.NounPhrase)
            speech = FrameEndingAt(frames, chunks[chunkOfToken[b]].First - 1); // told reporters (that)
        if (speech >= 0 && speech != f && SpeechVerbs.Contains(frames[speech].Lemma))
        {
            frame.Governor = speech;
            frame.Relation = Dependency.Reported;
        }
        else if (clauseStart - 1 >= first && tags[clauseStart - 1] is PosTag.WDT or PosTag.WP)
        {
            frame.Relation = Dependency.Relative;
        }
    }

    /// <summary>Coordinated verbs share their form; a past tense and a participle may share "had" ("had crossed and detained").</summary>
    private static bool SameForm(PosTag a, PosTag b) => a == b || a is PosTag.VBD or PosTag.VBN && b is PosTag.VBD or PosTag.VBN;

    private static bool IsCopula(VerbFrame frame) => frame.Lemma is "be" or "become" or "seem" or "remain" or "appear";

    private static int FrameEndingAt(VerbFrame[] frames, int token)
    {
        if (token < 0) return -1;
        for (int i = 0; i < frames.Length; i++)
            if (frames[i].ParticleEnd - 1 == token || frames[i].Head == token) return i;
        return -1;
    }

    private int PreviousFinite(VerbFrame[] frames, int f)
    {
        for (int g = f - 1; g >= 0; g--)
            if (!frames[g].NonFinite && !frames[g].Infinitive && frames[g].Relation is not (Dependency.Relative or Dependency.ObjectControl)) return g;
        for (int g = f - 1; g >= 0; g--)
            if (frames[g].Subject is not null) return g;
        return -1;
    }

    private bool IsConditional(int clauseStart, int first)
    {
        for (int k = clauseStart - 1; k >= first && k >= clauseStart - 3; k--)
        {
            if (lowers[k] is "if" or "unless") return true;
            if (tags[k] is PosTag.Comma or PosTag.Colon) return false;
        }
        return false;
    }

    /// <summary>The subject of a finite verb group; clauseStart is where its clause begins (the subject's first token, or the verb's).</summary>
    private Argument? SubjectLeftOf(VerbFrame[] frames, int f, int first, out int clauseStart)
    {
        var frame = frames[f];
        clauseStart = frame.First;
        int k = frame.First - 1;
        while (k >= first)
        {
            var t = tags[k];
            if (t.IsAdverb() || lowers[k] is "also" or "then") { k--; continue; }
            if (t == PosTag.Comma || t == PosTag.Dash || t == PosTag.CloseParen)
            {
                int open = PreviousBreak(k - 1, first);
                if (open >= first && tags[open] is PosTag.Comma or PosTag.Dash or PosTag.OpenParen && IsParenthetical(frames, open + 1, k))
                {
                    k = open - 1;
                    continue;
                }
                // "Israel, saying …, attacked" or a time phrase ", on Tuesday," — give up
                return null;
            }
            if (t is PosTag.WDT or PosTag.WP && lowers[k] is "who" or "which" or "that")
            {
                clauseStart = k + 1;
                int a = k - 1;
                if (a >= first && tags[a] == PosTag.Comma) a--;
                int np = a >= first ? chunkOfToken[a] : -1;
                if (np >= 0 && chunks[np].Kind == ChunkKind.NounPhrase) return ArgumentLeftOf(np, first, includeOf: true);
                return null;
            }
            int c = chunkOfToken[k];
            if (c >= 0 && chunks[c].Kind == ChunkKind.NounPhrase)
            {
                // time phrases are not subjects: "on Tuesday Israel struck" / "last week the UN said"
                var arg = ArgumentLeftOf(c, first, includeOf: true, stopAtPreposition: true);
                // "soldiers led by a general overthrew": the subject is what the participle describes
                if (arg is null && chunks[c].First - 1 > first && lowers[chunks[c].First - 1] == "by"
                    && FrameEndingAt(frames, chunks[c].First - 2) is int p and >= 0 && frames[p].Relation == Dependency.Relative && frames[p].Passive
                    && frames[p].Object is { } described)
                {
                    clauseStart = described.First;
                    return described;
                }
                clauseStart = arg?.First ?? k;
                return arg;
            }
            if (t == PosTag.CC && lowers[k] is "and" or "but" or "or")
            {
                // coordinated verbs share the subject: "condemned the attack and called for …"
                int g = f - 1;
                while (g >= 0 && (frames[g].NonFinite || frames[g].Infinitive || frames[g].Relation == Dependency.Relative)) g--;
                // "said it was “concerned” and urged": a verb group cut off by a quote mark has no subject of its own
                while (g > 0 && frames[g].Subject is null && frames[g].Relation == Dependency.None && frames[g - 1].End >= frames[g].First - 2) g--;
                // "said Kinshasa was blaming its neighbours and accused the army": a verb of another form than the
                // reported one goes with the verb of saying
                if (g >= 0 && frames[g].Relation == Dependency.Reported && frames[g].Governor >= 0 && !SameForm(tags[frames[g].Head], tags[frame.Head])
                    && SameForm(tags[frames[frames[g].Governor].Head], tags[frame.Head]))
                    g = frames[g].Governor;
                clauseStart = k + 1;
                return g >= 0 ? frames[g].Subject : null;
            }
            clauseStart = k + 1;
            return null;
        }
        clauseStart = first;
        return null;
    }

    private int PreviousBreak(int k, int first)
    {
        for (; k >= first; k--)
            if (tags[k] == PosTag.Dash && chunkOfToken[k] >= 0) continue;
            else if (tags[k] is PosTag.Comma or PosTag.Colon or PosTag.Dash or PosTag.OpenParen or PosTag.Period) return k;
        return first - 1;
    }

    /// <summary>An apposition, a non-restrictive relative clause, or an inserted time phrase between two commas.</summary>
    private bool IsParenthetical(VerbFrame[] frames, int from, int to)
    {
        if (from >= to) return false;
        if (tags[from] is PosTag.WP or PosTag.WDT or PosTag.WPS) return true;
        if (lowers[from] is "who" or "which") return true;
        bool relative = false;
        for (int k = from; k < to; k++)
        {
            if (tags[k] is PosTag.WP or PosTag.WDT or PosTag.WPS) relative = true;
            // "a former minister who served in Cairo": verbs inside a relative clause are fine
            if (!relative && tags[k].IsFiniteVerb() && chunkOfToken[k] >= 0 && chunks[chunkOfToken[k]].Kind == ChunkKind.VerbGroup) return false;
        }
        // an apposition must follow a noun phrase
        int before = from - 2;
        return before >= 0 && chunkOfToken[before] >= 0 && chunks[chunkOfToken[before]].Kind == ChunkKind.NounPhrase;
    }

    /// <summary>The noun phrase ending at chunk np, walked left through "of/from/to/in" phrases to its head phrase, with coordinated phrases.</summary>
    private Argument? ArgumentLeftOf(int np, int first, bool includeOf, bool stopAtPreposition = false)
    {
        int cur = np;
        int spanEnd = chunks[np].End;
        // walk left through prepositional chains: "the ambassador of France", "troops from Russia"
        while (true)
        {
            int p = chunks[cur].First - 1;
            if (p - 1 < first || tags[p] is not (PosTag.IN or PosTag.TO) || lowers[p] is not ("of" or "from" or "to" or "in" or "at" or "for" or "with" or "on")) break;
            int prev = chunkOfToken[p - 1];
            if (prev < 0 || chunks[prev].Kind != ChunkKind.NounPhrase) break;
            if (!(includeOf && lowers[p] is "of" or "from")) spanEnd = chunks[prev].End;
            cur = prev;
        }
        if (stopAtPreposition)
        {
            int p = chunks[cur].First - 1;
            if (p >= first && tags[p] == PosTag.IN && !Subordinators.Contains(lowers[p])) return null;
        }
        var members = new List<Chunk> { chunks[cur] };
        int start = chunks[cur].First;
        // coordination to the left: "the UK, Australia and Canada"
        bool sawAnd = false;
        int pos = chunks[cur].First - 1;
        if (cur != np) { /* the head phrase is cur; keep span to cur's "of" chain */ }
        // coordination to the right of the head phrase handled when the phrase was reached from the right: look left
        var leftMembers = new List<Chunk>();
        while (pos - 1 >= first)
        {
            bool isAnd = tags[pos] == PosTag.CC && lowers[pos] is "and" or "or";
            bool isComma = tags[pos] == PosTag.Comma;
            if (!isAnd && !isComma) break;
            int prev = chunkOfToken[pos - 1];
            if (prev < 0 || chunks[prev].Kind != ChunkKind.NounPhrase) break;
            if (isComma && !sawAnd) break;
            if (isAnd) sawAnd = true;
            leftMembers.Add(chunks[prev]);
            start = chunks[prev].First;
            pos = chunks[prev].First - 1;
        }
        if (leftMembers.Count > 0)
        {
            leftMembers.Reverse();
            members.InsertRange(0, leftMembers);
        }
        // comma lists whose "and" comes last: "the UK, Australia and Canada" reached from "Canada"
        var head = chunks[cur];
        return new Argument(start, Math.Max(spanEnd, head.End), head.Head, members);
    }

    /// <summary>The direct object: the noun phrase right after the verb group, with "of" phrases and coordinated phrases.</summary>
    private Argument? ObjectAfter(int k, int end, VerbFrame frame)
    {
        while (k < end && tags[k].IsAdverb()) k++;
        if (k >= end) return null;
        int c = chunkOfToken[k];
        if (c < 0 || chunks[c].Kind != ChunkKind.NounPhrase || chunks[c].First != k) return null;
        return ArgumentRightFrom(c, end);
    }

    public Argument ArgumentRightFrom(int c, int end)
    {
        var members = new List<Chunk> { chunks[c] };
        int spanEnd = chunks[c].End;
        int pos = spanEnd;
        // "of" chain: the ministers of France and Germany
        while (pos + 1 < end && lowers[pos] is "of" && chunkOfToken[pos + 1] >= 0 && chunks[chunkOfToken[pos + 1]].Kind == ChunkKind.NounPhrase)
        {
            spanEnd = chunks[chunkOfToken[pos + 1]].End;
            pos = spanEnd;
        }
        // coordination: NP (, NP)* (and|or) NP
        int scan = pos;
        var extra = new List<Chunk>();
        while (scan + 1 < end)
        {
            bool isAnd = tags[scan] == PosTag.CC && lowers[scan] is "and" or "or";
            bool isComma = tags[scan] == PosTag.Comma;
            if (!isAnd && !isComma) break;
            int nx = scan + 1;
            if (isComma && nx < end && tags[nx] == PosTag.CC && lowers[nx] is "and" or "or") { nx++; isAnd = true; }
            if (nx >= end) break;
            int c2 = chunkOfToken[nx];
            if (c2 < 0 || chunks[c2].Kind != ChunkKind.NounPhrase || chunks[c2].First != nx) break;
            extra.Add(chunks[c2]);
            scan = chunks[c2].End;
            if (isAnd) { members.AddRange(extra); extra.Clear(); spanEnd = scan; break; }
        }
        return new Argument(chunks[c].First, spanEnd, chunks[c].Head, members);
    }

    private Argument? AgentAfter(int k, int end, int limit)
    {
        for (int i = k; i < end && i < k + 8; i++)
        {
            if (tags[i] is PosTag.Period or PosTag.Colon) break;
            if (lowers[i] == "by" && i + 1 < end)
            {
                int c = chunkOfToken[i + 1];
                if (c >= 0 && chunks[c].Kind == ChunkKind.NounPhrase) return ArgumentRightFrom(c, end);
                return null;
            }
            if (tags[i].IsFiniteVerb()) break;
        }
        return null;
    }
}
