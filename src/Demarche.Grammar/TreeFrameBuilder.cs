using Demarche.Core.Data;
using Demarche.Core.Text;

namespace Demarche.Grammar;

/// <summary>
/// Builds verb frames from the dependency tree: each verb group's clause (its head, or the predicate a copula or
/// auxiliary hangs on), subject (nsubj; a relative pronoun stands for the noun its clause describes), object,
/// passive agent (obl:agent, or a by-phrase of a passive), and how the clause hangs on another one: xcomp is
/// control (by the governor's object when it has one, else by its subject), ccomp is reported, a non-finite advcl
/// is a participle, acl and acl:relcl are relative, and conj shares the first conjunct's subject and governor.
/// </summary>
public sealed class TreeFrameBuilder(PosTag[] tags, string[] lowers, string[] lemmas, Chunk[] chunks, Dependencies tree, ArgumentReader arguments)
{
    /// <summary>Verbs whose object does what their infinitive says: data/lexicon/object-control-verbs.txt.</summary>
    private static readonly Lazy<WordSet> ObjectControlVerbs = new(() => WordList.Set("lexicon", "object-control-verbs.txt"));
    private static readonly Lazy<WordSet> JoiningVerbs = new(() => WordList.Set("lexicon", "joining-verbs.txt"));
    /// <summary>Nouns of time ("the week", "the day"): data/lexicon/temporal-nouns.txt.</summary>
    private static readonly Lazy<WordSet> TemporalNouns = new(() => WordList.Set("lexicon", "temporal-nouns.txt"));

    private Argument? ArgumentAt(int token) => arguments.ArgumentAt(token);
    private string? CaseOf(int token) => arguments.CaseOf(token);

    // per-sentence working space, reused: the thread's (a builder reads one document on one thread)
    private readonly FrameWorkspace _work = FrameWorkspace.ForThread();
    /// <summary>Up to this many frames in a sentence, a clause's frame is found by a scan of them; beyond, by <see cref="FrameWorkspace.FrameOfClause"/>.</summary>
    private const int ScannedFrames = 32;

    /// <summary>The frames of one sentence, in its verb groups' order: the builder's own, valid until the next call.</summary>
    public ReadOnlySpan<VerbFrame> Build(int sentenceIndex, int first, int end)
    {
        _work.Frames.Clear();
        int lo = 0, hi = chunks.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (chunks[mid].First < first) lo = mid + 1; else hi = mid; }
        for (int c = lo; c < chunks.Length && chunks[c].First < end; c++)
        {
            var ch = chunks[c];
            if (ch.Kind != ChunkKind.VerbGroup || ch.End > end) continue;
            var frame = Describe(sentenceIndex, ch, out int clause);
            if (_work.Frames.Count == _work.ClauseOf.Length) Array.Resize(ref _work.ClauseOf, _work.ClauseOf.Length * 2);
            _work.ClauseOf[_work.Frames.Count] = clause;
            _work.Frames.Add(frame);
        }
        // the builder's own list, read in place (a copy of it was made a sentence); the caller copies the frames out
        ReadOnlySpan<VerbFrame> arr = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_work.Frames);
        var clauseOf = _work.ClauseOf.AsSpan(0, arr.Length);
        _work.FrameOfClause.Clear();
        if (arr.Length > ScannedFrames)
            for (int f = 0; f < arr.Length; f++) _work.FrameOfClause.TryAdd(clauseOf[f], f);
        // governors before the frames that hang on them: by depth of the clause in the tree, then in text order
        if (_work.Order.Length < arr.Length) _work.Order = new long[Math.Max(arr.Length, _work.Order.Length * 2)];
        var order = _work.Order.AsSpan(0, arr.Length);
        for (int f = 0; f < arr.Length; f++) order[f] = (long)Depth(clauseOf[f]) << 32 | (uint)f;
        order.Sort();
        foreach (long key in order)
        {
            int f = (int)(key & uint.MaxValue);
            Attach(arr, f, clauseOf[f], clauseOf);
        }
        return arr;
    }

    /// <summary>Forgets the last sentence's frames, once the caller has copied them out (the space is the thread's).</summary>
    public void Release() => _work.Release();

    private int Depth(int token)
    {
        int d = 0;
        for (int k = tree.Head(token); k >= 0 && d < 1000; k = tree.Head(k)) d++;
        return d;
    }

    private VerbFrame Describe(int sentence, Chunk ch, out int clause)
    {
        int head = ch.Head;
        clause = head;
        // a copula or an auxiliary on its own: the clause is the predicate it hangs on ("X is a threat")
        if (tree.Is(head, "cop") || tree.Is(head, "aux")) clause = Math.Max(tree.Head(head), 0);
        var frame = new VerbFrame { Sentence = sentence, First = ch.First, End = ch.End, Head = head, Lemma = lemmas[head], ParticleEnd = ch.End };
        bool anyAux = false;
        for (int k = ch.First; k < ch.End; k++)
        {
            var w = lowers[k];
            if (w is "not" or "n't" or "never") frame.Negated = true;
            if (tags[k] == PosTag.MD) SetModal(frame, w);
            if (k < head && tags[k].IsVerb()) anyAux = true;
            if (k == ch.First && tags[k] == PosTag.VBD) frame.Past = true;
        }
        foreach (int c in tree.Children(clause))
        {
            string rel = tree.Label(c);
            if (rel is "aux:pass" or "nsubj:pass" or "csubj:pass") frame.Passive = true;
            if (rel is "aux" or "aux:pass")
            {
                anyAux |= c < head;
                if (tags[c] == PosTag.MD && frame.Modal is null) SetModal(frame, lowers[c]);
                if (c < ch.First && tags[c] == PosTag.VBD) frame.Past = true;
            }
            if (rel == "advmod" && lowers[c] is "not" or "n't" or "never") frame.Negated = true;
            if (rel == "advmod" && lowers[c] == "longer" && c > 0 && lowers[c - 1] == "no") frame.Negated = true;
            if (rel == "mark" && lowers[c] == "to") frame.Infinitive = true;
            if (rel == "compound:prt" && c >= ch.End && c <= ch.End + 1) frame.ParticleEnd = c + 1;
        }
        if (!frame.Infinitive) frame.Infinitive = ch.First > 0 && tags[ch.First - 1] == PosTag.TO;
        frame.NonFinite = !anyAux && !frame.Infinitive && tags[head] is PosTag.VBG or PosTag.VBN && tags[ch.First] is PosTag.VBG or PosTag.VBN;
        // "soldiers led by a general": a past form read as a reduced relative
        if (!anyAux && tree.Label(clause) == "acl" && tags[head] is PosTag.VBN or PosTag.VBD)
        {
            frame.NonFinite = true;
            frame.Passive = true;
        }
        return frame;
    }

    /// <summary>"called on China to release", "appealed to both sides to stop": the on/upon/to phrase between a verb and its infinitive, or -1.</summary>
    private int Caller(int governor, int clause)
    {
        int caller = -1;
        foreach (int c in tree.Children(governor))
            if (c > governor && c < clause && tree.Relation(c) == "obl" && CaseOf(c) is "on" or "upon" or "to") caller = c;
        return caller;
    }

    /// <summary>"warned Kosovo against deploying": the governor's indirect object before the clause, or null.</summary>
    /// <summary>
    /// "Japan joined the United States in imposing sanctions", "Canada was joined by other countries in placing
    /// sanctions": after a verb of joining (<c>data/lexicon/joining-verbs.txt</c>) the act after "in" is done by the
    /// subject and by the one joined (the object, or the passive's agent), as one coordinated argument; null when the
    /// governor is no such verb or names no one joined (or, given <paramref name="joinedHead"/>, not that one).
    /// </summary>
    private static Argument? JoinedInTheAct(VerbFrame governor, int joinedHead = -1)
    {
        if (governor.Subject is not { } subject || !JoiningVerbs.Value.Contains(governor.Lemma)) return null;
        if ((governor.Passive ? governor.Agent : governor.Object) is not { } joined || joinedHead >= 0 && joined.Head != joinedHead) return null;
        return new Argument(Math.Min(subject.First, joined.First), Math.Max(subject.End, joined.End), subject.Head, [.. subject.Members, .. joined.Members]);
    }

    /// <summary>
    /// "police clashed with protesters demanding …": an -ing participle right after the governor's "with" phrase, no
    /// comma between, describes the ones named in it (with a comma, "…, firing tear gas", it stays the subject's);
    /// null when no such phrase ends right before the participle.
    /// </summary>
    private Argument? WithPhraseRightBefore(int governor, int participle)
    {
        foreach (int c in tree.Children(governor))
            if (c > governor && c < participle && tree.Relation(c) == "obl" && CaseOf(c) == "with"
                && ArgumentAt(c) is { } named && named.End == participle)
                return named;
        return null;
    }

    /// <summary>A verb's object, else its indirect object (the one urged or called on may be read as either); -1 when none.</summary>
    private int ObjectOrIndirect(int verb) => tree.Child(verb, "obj") is var obj and >= 0 ? obj : tree.Child(verb, "iobj");

    /// <summary>Nouns of a deadline given with "give" ("seven days", "a deadline"): data/lexicon/deadline-nouns.txt.</summary>
    private static readonly Lazy<WordSet> DeadlineNouns = new(() => WordList.Set("lexicon", "deadline-nouns.txt"));

    /// <summary>
    /// The one given a deadline by a verb of giving before the clause ("gave Hamas until Saturday", "gave the junta seven
    /// days", "gave Kyiv a deadline"): its first object that is not the deadline; -1 when the verb gives no deadline.
    /// </summary>
    private int GivenADeadline(int governor, int clause)
    {
        if (lemmas[governor] != "give") return -1;
        int given = -1;
        bool deadline = false;
        foreach (int c in tree.Children(governor))
        {
            if (c < governor || c > clause) continue;
            string relation = tree.Relation(c);
            if (relation == "obl" && CaseOf(c) == "until") deadline = true;
            else if (relation is "obj" or "iobj")
            {
                if (DeadlineNouns.Value.Contains(lemmas[c])) deadline = true;
                else if (given < 0) given = c;
            }
        }
        // "gave the Colombian diplomats until Monday": the "until" phrase may hang on the one given
        if (given >= 0)
            foreach (int c in tree.Children(given))
                if (c > given && tree.Relation(c) == "nmod" && CaseOf(c) == "until") deadline = true;
        return deadline ? given : -1;
    }

    private Argument? WarnedBefore(int governor, int clause)
    {
        int iobj = tree.Child(governor, "iobj");
        return iobj > governor && iobj < clause ? ArgumentAt(iobj) : null;
    }

    /// <summary>
    /// "imposed sanctions on Russia for …", "retaliate against Finland for …": the governor's "on" or "against" oblique
    /// before the clause (the last one), whom its act is aimed at; null when none.
    /// </summary>
    private Argument? AimedAtBefore(int governor, int clause)
    {
        int aimed = -1;
        foreach (int c in tree.Children(governor))
            if (c > governor && c < clause && tree.Relation(c) == "obl" && CaseOf(c) is "on" or "against") aimed = c;
        return aimed >= 0 ? ArgumentAt(aimed) : null;
    }

    /// <summary>
    /// The noun a relative clause describes: the noun it hangs on, or, when that noun is the last member of a
    /// coordination and a comma sets the clause off ("the United States and France, which brokered the truce"), the
    /// whole coordination (its first member, which carries the others).
    /// </summary>
    private int Antecedent(int noun, int pronoun)
    {
        if (noun < 0 || pronoun != noun + 2 || tags[noun + 1] != PosTag.Comma || tree.Relation(noun) != "conj") return noun;
        int first = tree.Head(noun);
        return first >= 0 && first < noun && tags[first].IsNoun() ? first : noun;
    }

    /// <summary>The argument of a noun that a relative clause describes, cut before the clause's first word ("a charge").</summary>
    private Argument? DescribedBefore(int noun, int clause)
    {
        var whole = ArgumentAt(noun);
        int clauseFirst = clause;
        for (int k = noun + 1; k < clause; k++)
            if (tree.Dominates(clause, k)) { clauseFirst = k; break; }
        if (whole is null || whole.End <= clauseFirst) return whole;
        var chunk = new Chunk(ChunkKind.NounPhrase, whole.First, clauseFirst, noun);
        return new Argument(whole.First, clauseFirst, noun, [chunk]);
    }

    private static void SetModal(VerbFrame frame, string w)
    {
        frame.Modal = w switch { "'ll" => "will", "'d" => "would", "ca" => "can", "wo" => "will", _ => w };
        if (frame.Modal is "will" or "shall") frame.Future = true;
        if (frame.Modal is "would" or "could" or "might") frame.Past = true;
    }

    private void Attach(ReadOnlySpan<VerbFrame> frames, int f, int clause, ReadOnlySpan<int> clauseOf)
    {
        var frame = frames[f];
        bool copula = clause != frame.Head;
        int subject = Subject(clause);
        int antecedent = tree.Relation(clause) == "acl" ? Antecedent(tree.Head(clause), subject) : -1;
        if (subject >= 0 && IsRelativePronoun(subject) && antecedent >= 0) frame.Subject = ArgumentAt(antecedent);
        else if (subject >= 0) frame.Subject = ArgumentAt(subject);

        if (!copula)
        {
            int obj = tree.Child(clause, "obj");
            // "urged Hamas and Israel to accept": the parser may read the one urged as an indirect object when no
            // direct one follows; a verb of urging has no other
            if (obj < 0 && ObjectControlVerbs.Value.Contains(lemmas[clause])) obj = tree.Child(clause, "iobj");
            if (obj >= 0) frame.Object = IsRelativePronoun(obj) && antecedent >= 0 ? ArgumentAt(antecedent) : ArgumentAt(obj);
        }
        if (frame.Passive)
        {
            int agent = tree.Child(clause, "obl:agent");
            if (agent < 0)
                foreach (int c in tree.Children(clause))
                    if (tree.Relation(c) == "obl" && CaseOf(c) == "by") { agent = c; break; }
            if (agent >= 0) frame.Agent = ArgumentAt(agent);
        }
        if (HasMark(clause, "if", "unless")) frame.Conditional = frame.IsCondition = true;
        // "If Israel attacks Iran, Iran will strike": the consequence of a condition has not happened either
        foreach (int c in tree.Children(clause))
            if (tree.Relation(c) == "advcl" && HasMark(c, "if", "unless"))
            {
                frame.Conditional = true;
                frame.HasCondition = true;
                frame.ConditionHead = c;
            }

        int governorToken = tree.Head(clause);
        int gov = governorToken >= 0 ? GovernorFrame(governorToken, clauseOf) : -1;
        switch (tree.Label(clause))
        {
            case "xcomp" when gov >= 0:
            {
                frame.Governor = gov;
                int controller = ObjectOrIndirect(governorToken);
                // "called on Israel to withdraw", "appealed to both sides to stop": the one called on is to act
                if (controller < 0) controller = Caller(governorToken, clause);
                if (controller >= 0 && controller < clause)
                {
                    frame.Relation = Dependency.ObjectControl;
                    frame.Subject ??= ArgumentAt(controller);
                }
                else if (tags[frame.Head] == PosTag.VBG && subject < 0 && WithPhraseRightBefore(governorToken, frame.Head) is { } named)
                {
                    // "clashed with Palestinians throwing stones", read as a complement of the verb
                    frame.Relation = Dependency.Participle;
                    frame.Subject ??= named;
                }
                else
                {
                    frame.Relation = Dependency.SubjectControl;
                    frame.Subject ??= frames[gov].Subject;
                }
                break;
            }
            case "ccomp" when gov >= 0:
                frame.Governor = gov;
                frame.Relation = Dependency.Reported;
                break;
            case "advcl" when gov >= 0 && frame.NonFinite && subject < 0:
            {
                frame.Governor = gov;
                string? mark = MarkOf(clause);
                var govObject = frames[gov].Passive ? frames[gov].Subject : frames[gov].Object;
                if (mark is "against" or "from" && (frames[gov].Object ?? WarnedBefore(governorToken, clause)) is { } barred)
                {
                    // "warned Washington against arming Taiwan" (also read as an indirect object: "warned Kosovo
                    // against deploying"): what the object should not do
                    frame.Relation = Dependency.ObjectControl;
                    frame.Subject = barred;
                }
                else if (mark is "of" or "for" && ((mark == "for" ? AimedAtBefore(governorToken, clause) : null) ?? govObject) is { } blamed)
                {
                    // "accused Eritrea of arming militias": the gerund's subject is the accused; "imposed sanctions on
                    // Russia for invading Ukraine", "will retaliate against Finland for joining NATO": the one the act
                    // is aimed at
                    frame.Relation = Dependency.Reported;
                    frame.Subject = blamed;
                }
                else
                {
                    frame.Relation = Dependency.Participle;
                    frame.Subject ??= (mark == "in" ? JoinedInTheAct(frames[gov]) : null)
                        ?? (mark is null && tags[frame.Head] == PosTag.VBG ? WithPhraseRightBefore(governorToken, frame.Head) : null)
                        ?? frames[gov].Subject;
                }
                break;
            }
            case "advcl" when gov >= 0 && frame.Infinitive && subject < 0:
            {
                frame.Governor = gov;
                // "called on China to release", "appealed to both sides to stop": the one called on is to act
                int caller = Caller(governorToken, clause);
                if (caller >= 0)
                {
                    frame.Relation = Dependency.ObjectControl;
                    frame.Subject ??= ArgumentAt(caller);
                    break;
                }
                // "urged the two governments to pull back", "asked Kenya to lead": the object of a verb of urging acts
                int urged = ObjectOrIndirect(governorToken);
                // "gave Hamas until Saturday to release", "gave the junta seven days to restore": whoever is given a
                // deadline is to act
                int given = GivenADeadline(governorToken, clause);
                if (given >= 0) urged = given;
                if (urged >= 0 && urged < clause && (given >= 0 || ObjectControlVerbs.Value.Contains(lemmas[governorToken])))
                {
                    frame.Relation = Dependency.ObjectControl;
                    frame.Subject ??= ArgumentAt(urged);
                    break;
                }
                // "sent experts to Bosnia to investigate", "met in Doha to discuss a truce"
                frame.Relation = Dependency.Purpose;
                frame.Subject ??= frames[gov].Subject;
                break;
            }
            case "acl" when gov >= 0 && frame.NonFinite && subject < 0 && !frame.Infinitive && tags[tree.Head(clause)].IsVerb():
            {
                // "filed a case at the court accusing Israel of genocide": a participle the parser hung on a verb, not a
                // noun, is that verb's participle clause, with its subject
                frame.Governor = gov;
                frame.Relation = Dependency.Participle;
                frame.Subject ??= frames[gov].Subject;
                break;
            }
            case "acl" or "acl:relcl":
            {
                frame.Relation = Dependency.Relative;
                frame.Governor = gov;
                if (tree.Label(clause) == "acl" && antecedent >= 0 && subject < 0 && gov >= 0 && tags[frame.Head] == PosTag.VBG
                    && MarkOf(clause) == "in" && JoinedInTheAct(frames[gov], joinedHead: antecedent) is { } together)
                {
                    // "was joined by other countries in placing sanctions", the "in" clause hung on the one joined
                    frame.Relation = Dependency.Participle;
                    frame.Subject = together;
                    break;
                }
                if (tree.Label(clause) == "acl" && antecedent >= 0 && subject < 0)
                {
                    // "a conference aimed at …", "the attack carried out by …", "countries taking part"
                    var described = ArgumentAt(antecedent);
                    if (frame.Passive || tags[frame.Head] == PosTag.VBN) { frame.Passive = true; frame.Object ??= described; }
                    else if (!frame.Infinitive) frame.Subject = described;
                }
                else if (frame.Passive && frame.Subject is not null && subject >= 0 && IsRelativePronoun(subject))
                    frame.Object ??= frame.Subject;
                // "a charge Bangkok denied", "the sanctions the EU imposed": a relative clause with a subject of its own
                // and no object or reported clause has the noun it describes as its object (not a time: "the day Kyiv fell")
                else if (tree.Label(clause) == "acl:relcl" && subject >= 0 && !IsRelativePronoun(subject) && !frame.Passive && !copula
                    && frame.Object is null && tree.Child(clause, "ccomp") < 0 && tree.Child(clause, "xcomp") < 0
                    && tree.Head(clause) is var described && described >= 0 && described < subject && tags[described].IsNoun()
                    && !TemporalNouns.Value.Contains(lowers[described]))
                    frame.Object = DescribedBefore(described, clause);
                break;
            }
            case "conj" when gov >= 0:
            {
                // coordinated verbs share the first one's subject and what it hangs on
                var first = frames[gov];
                frame.Subject ??= first.Subject;
                if (frame.Governor < 0)
                {
                    frame.Governor = first.Governor;
                    frame.Relation = first.Relation;
                }
                frame.Modal ??= first.Modal;
                frame.Infinitive |= first.Infinitive && tags[frame.Head] == PosTag.VB;
                frame.Conditional |= first.Conditional;
                frame.IsCondition |= first.IsCondition;
                frame.Future |= first.Future;
                if (frame.Relation == Dependency.Relative && first.Object is not null && first.Passive && frame.Passive) frame.Object ??= first.Object;
                break;
            }
        }
    }

    /// <summary>The frame whose clause is the token, or whose clause is the nearest verbal ancestor of it.</summary>
    private int GovernorFrame(int token, ReadOnlySpan<int> clauseOf)
    {
        for (int k = token, steps = 0; k >= 0 && steps < 64; k = tree.Head(k), steps++)
        {
            int f = clauseOf.Length > ScannedFrames ? _work.FrameOfClause.GetValueOrDefault(k, -1) : clauseOf.IndexOf(k);
            if (f >= 0) return f;
        }
        return -1;
    }

    private int Subject(int clause)
    {
        foreach (int c in tree.Children(clause))
            if (tree.Relation(c) == "nsubj") return c;
        return -1;
    }

    private bool IsRelativePronoun(int token) => tags[token] is PosTag.WDT or PosTag.WP or PosTag.WPS || lowers[token] is "who" or "which" or "that" or "whom";

    private string? MarkOf(int token)
    {
        foreach (int c in tree.Children(token))
            if (tree.Relation(c) == "mark") return lowers[c];
        return null;
    }

    private bool HasMark(int token, string a, string b)
    {
        foreach (int c in tree.Children(token))
            if (tree.Relation(c) == "mark" && (lowers[c] == a || lowers[c] == b)) return true;
        return false;
    }
}
