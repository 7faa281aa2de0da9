using Demarche.Core.Data;
using Demarche.Grammar.Learning;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Parsing;

/// <summary>
/// Repairs of parses that the treebanks' genres make likely and news makes wrong. Each repair fixes one class of
/// trees, named by its method, and leaves every other tree as the parser made it.
/// </summary>
public sealed class TreeRepairs(IReadOnlyList<string> labelNames, TagSet tags)
{
    private readonly int _pastTense = tags.IndexOf("VERB", "VBD");
    private readonly int _pluralNoun = tags.IndexOf("NOUN", "NNS");

    /// <summary>Forms of the verbs that take a small clause ("kept its side closed"): data/lexicon/small-clause-verbs.txt.</summary>
    public const string SmallClauseVerbsFile = "small-clause-verbs.txt";
    private static readonly Lazy<HashSet<ulong>> SmallClauseVerbs = new(() => HashedWords(SmallClauseVerbsFile));
    private static readonly ulong With = FeatureHash.Of("with");
    /// <summary>Nouns of time that head a bare time phrase ("this week", "last month"): data/lexicon/temporal-nouns.txt.</summary>
    public const string TemporalNounsFile = "temporal-nouns.txt";
    private static readonly Lazy<HashSet<ulong>> TemporalNouns = new(() => HashedWords(TemporalNounsFile));

    /// <summary>A word list of data/lexicon as the hashes the tagger gives words (<see cref="WordAtoms.Norm"/>).</summary>
    internal static HashSet<ulong> HashedWords(string file) =>
        WordList.Read(DataDirectory.File("lexicon", file)).Select(w => FeatureHash.Of(w.ToLowerInvariant())).ToHashSet();

    /// <summary>Runs every repair on one parsed sentence.</summary>
    public void Apply(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        MakeVerblessSentencesWhole(g, tags);
        MakeOpeningParticiplesAdverbial(g, tags);
        GiveRootsTheSubjectAnOpeningClauseTook(g, tags);
        ReadParticiplesWithASubjectAsPastTense(g, tags);
        JoinListsReadAsVocatives(g);
        MoveSubjectsOutOfTimePhrases(g, words);
        ReportFiniteClausesWithoutMark(g, tags);
        ReportCoordinatedSubjectsAfterSaying(g, words, tags);
        CompleteSmallClauses(g, words, tags);
        AttachWithPhrasesToTheObject(g, words, tags);
        GiveReportingTailsTheirSubject(g, tags);
        ReportClausesBeforeTheirTail(g, words, tags);
        ReadTextsThatSumUpAClauseAsNouns(g, words, tags);
        MakeListsBeforeAVerbItsSubject(g, tags);
        AttachCommaRelativesToTheirNoun(g, words, tags);
        ResumeCoordinatedClausesAfterARelative(g, words, tags);
        SplitReceiversFromAmounts(g, tags);
        KeepPerfectConjunctsInTheReportedClause(g, words, tags);
        GiveReportedClausesTheirSubject(g, tags);
        ReadConjunctionsBeforeAClauseAsMarks(g, words, tags);
        HangNothingOnPunctuation(g, tags);
        ReportClausesAfterSaying(g, words, tags);
        HangParticiplesOnTheNounBefore(g, words, tags);
        HangIngClausesOnTheNounBefore(g, words, tags);
        HangInfinitivesOnTheirNoun(g, words, tags);
        ReadTextsAnsweredAsNouns(g, words, tags);
        ReadProgressivesBeforeTheirObject(g, tags);
        ReadBareObliquesAsObjects(g, words, tags);
        ReadBareObliquesOpeningAClauseAsSubjects(g, words, tags);
        ReadRelativeWordsBeforeASubjectAsObjects(g, tags);
        ReadCoordinatedClausesAsConjuncts(g, tags);
        HangWhatAnAmountIsOnTheAmount(g, words, tags);
        ReadConditionsWithTheirSubject(g, words, tags);
        HangConditionsOnTheVerb(g, words, tags);
        HangResultParticiplesOnTheVerb(g, words, tags);
        JoinHyphenatedVerbPrefixes(g, tags);
    }

    /// <summary>
    /// "North Korea test-fired two missiles": the parser may make the noun joined to the verb by a hyphen ("test") the
    /// verb's subject, with the real subject as its compound. The joined noun is part of the verb (compound), and the
    /// noun before it, which it took as its modifier, is the subject.
    /// </summary>
    public void JoinHyphenatedVerbPrefixes(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        int nsubj = Label("nsubj"), compound = Label("compound");
        if (nsubj < 0 || compound < 0) return;
        for (int v = 3; v < g.Length; v++)
        {
            int joined = v - 2, subject = v - 3;
            if (!tags[v].IsVerb() || tags[v - 1] != PosTag.Dash || g.Heads[joined] != v || g.Labels[joined] != nsubj && g.Labels[joined] != compound) continue;
            if (!tags[subject].IsNoun() || g.Heads[subject] != joined || g.Labels[joined] == compound && HasChild(g, v, "nsubj")) continue;
            g.Heads[joined] = v;
            g.Labels[joined] = compound;
            g.Heads[subject] = v;
            g.Labels[subject] = nsubj;
        }
    }

    /// <summary>The -ing forms of verbs that tell what an act caused: data/lexicon/result-participles.txt.</summary>
    public const string ResultParticiplesFile = "result-participles.txt";
    private static readonly Lazy<HashSet<ulong>> ResultForms = new(() => HashedWords(ResultParticiplesFile));

    /// <summary>
    /// "Police opened fire on students protesting against job quotas, killing at least six": the parser may hang a
    /// participle after a comma on the participle that describes the verb's object or oblique (as its conjunct or
    /// clause), whose doer it then seems to share. Such a participle of what an act caused (result-participles.txt),
    /// without a conjunction, tells what the verb's act did: a clause of that verb ("students protesting …, demanding
    /// reforms" keeps its place). So is one hung on a non-finite clause of the verb ("The Taliban banned women from
    /// studying medicine, drawing condemnation from the UN": the ban drew it, not the studying).
    /// </summary>
    public void HangResultParticiplesOnTheVerb(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 3; c < g.Length; c++)
        {
            if (tags[c] != PosTag.VBG || tags[c - 1] != PosTag.Comma || !(Is(g.Labels[c], "conj") || g.Labels[c] == _advclLabel)
                || ChildWith(g, c, "cc") >= 0 || !ResultForms.Value.Contains(words[c].Norm)) continue;
            int p = g.Heads[c];
            if (p < 1 || p >= c || tags[p] is not (PosTag.VBG or PosTag.VBN or PosTag.VB)) continue;
            int v;
            if (Is(g.Labels[p], "acl"))
            {
                int n = g.Heads[p];
                if (n < 1 || n >= p || !tags[n].IsNoun()) continue;
                v = g.Heads[n];
                if (v < 0 || v >= n || !tags[v].IsVerb()) continue;
            }
            else if (g.Labels[p] == _advclLabel || Is(g.Labels[p], "xcomp"))
            {
                // ("banned women from studying medicine, drawing …", "urged Israel to withdraw, prompting …")
                v = g.Heads[p];
                if (v < 0 || v >= p || !tags[v].IsVerb() || tags[v] is PosTag.VBG or PosTag.VB) continue;
            }
            else continue;
            g.Heads[c] = v;
            g.Labels[c] = _advclLabel;
        }
    }

    private static readonly ulong If = FeatureHash.Of("if"), Unless = FeatureHash.Of("unless");

    /// <summary>
    /// "said it would boycott the vote unless Uganda withdraws its troops": the parser may hang an if/unless clause
    /// after a verb's object on that object, which leaves the verb without its condition. A clause with "if" or
    /// "unless" hung on a noun that is a verb's object or oblique is that verb's condition ("It is a good idea if you
    /// come", whose noun is the predicate, keeps its place).
    /// </summary>
    public void HangConditionsOnTheVerb(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 2; c < g.Length; c++)
        {
            if (g.Labels[c] != _advclLabel) continue;
            int n = g.Heads[c];
            if (n < 1 || n >= c || !tags[n].IsNoun() || !(Is(g.Labels[n], "obj") || g.Labels[n] == _oblLabel)) continue;
            int mark = ChildWith(g, c, "mark");
            if (mark < 0 || words[mark].Norm != If && words[mark].Norm != Unless) continue;
            int v = g.Heads[n];
            if (v < 0 || v >= n || !tags[v].IsVerb()) continue;
            g.Heads[c] = v;
        }
    }

    /// <summary>
    /// "warned that Moscow would respond if Western countries seized Russian assets": the parser may read the subject of
    /// a condition as the verb's object, with "if" as its mark and the condition's verb as a clause on it. A noun hung on
    /// a verb after it, marked by "if" or "unless", with a finite verb after it hung on it as a clause and no subject or
    /// relative word of its own: that verb is the condition (an adverbial clause of the verb, with the mark) and the
    /// noun its subject.
    /// </summary>
    public void ReadConditionsWithTheirSubject(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        // from the rare "if"/"unless" words, not from every noun
        for (int mark = 1; mark < g.Length - 2; mark++)
        {
            if (words[mark].Norm != If && words[mark].Norm != Unless || !Is(g.Labels[mark], "mark")) continue;
            int n = g.Heads[mark];
            if (n <= mark || !tags[n].IsNoun()) continue;
            int v = g.Heads[n];
            if (v < 0 || v >= n || !tags[v].IsVerb()) continue;
            for (int c = n + 1; c < g.Length; c++)
            {
                if (g.Heads[c] != n || tags[c] is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN) || !(Is(g.Labels[c], "acl") || Is(g.Labels[c], "acl:relcl"))) continue;
                if (HasChild(g, c, "nsubj") || HasChild(g, c, "nsubj:pass") || HasRelativeWord(tags, n, c)) break;
                g.Heads[c] = v;
                g.Labels[c] = _advclLabel;
                g.Heads[mark] = c;
                g.Heads[n] = c;
                g.Labels[n] = Label("nsubj");
                if (tags[c] == PosTag.VBN && _pastTense >= 0) { g.Classes[c] = _pastTense; tags[c] = PosTag.VBD; }
                break;
            }
        }
    }

    private static readonly ulong In = FeatureHash.Of("in");

    /// <summary>Currency signs and words (the first column of data/quantities/currencies.tsv) as the tagger hashes words.</summary>
    private static readonly Lazy<HashSet<ulong>> CurrencyWords = new(() => File.ReadLines(DataDirectory.File("quantities", "currencies.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#').Select(l => FeatureHash.Of(l.Split('\t')[0].ToLowerInvariant())).ToHashSet());

    /// <summary>
    /// "Norway announced $50 million in aid to refugees", "pledged 2 billion euros in loans": the parser may hang what
    /// an amount of money is ("in aid") on the verb as an oblique. An oblique common noun with "in" that directly
    /// follows a verb's object holding a number and a currency (data/quantities/currencies.tsv), and names no time ("in
    /// two weeks": data/lexicon/temporal-nouns.txt), is a modifier of that amount ("arrested 12 protesters in the
    /// capital" keeps its place).
    /// </summary>
    public void HangWhatAnAmountIsOnTheAmount(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int n = 2; n < g.Length; n++)
        {
            if (g.Labels[n] != _oblLabel || tags[n] is not (PosTag.NN or PosTag.NNS) || TemporalNouns.Value.Contains(words[n].Norm)) continue;
            int v = g.Heads[n];
            if (v < 0 || v >= n || !tags[v].IsVerb()) continue;
            int inWord = ChildWith(g, n, "case");
            if (inWord < 1 || words[inWord].Norm != In) continue;
            int obj = ChildWith(g, v, "obj");
            if (obj < 0 || obj >= inWord || LastWordOf(g, obj) != inWord - 1 || !IsSumOfMoney(words, tags, v + 1, inWord)) continue;
            g.Heads[n] = obj;
            g.Labels[n] = Label("nmod");
        }
    }

    /// <summary>The last word of the phrase headed by <paramref name="head"/> (the rightmost word it dominates).</summary>
    private static int LastWordOf(SentenceGrammar g, int head)
    {
        int last = head;
        for (int k = head + 1; k < g.Length; k++)
            if (WithinPhrase(g, k, head)) last = k;
        return last;
    }

    /// <summary>The first word of the phrase headed by <paramref name="head"/> (the leftmost word it dominates).</summary>
    private static int FirstWordOf(SentenceGrammar g, int head)
    {
        int first = head;
        for (int k = head - 1; k >= 0; k--)
            if (WithinPhrase(g, k, head)) first = k;
        return first;
    }

    /// <summary>Whether words [first, end) hold a number and a currency ("$50 million", "2 billion euros").</summary>
    private static bool IsSumOfMoney(ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags, int first, int end)
    {
        bool number = false, currency = false;
        for (int k = first; k < end; k++)
        {
            number |= tags[k] == PosTag.CD;
            currency |= CurrencyWords.Value.Contains(words[k].Norm);
        }
        return number && currency;
    }

    /// <summary>
    /// "Benin opened its borders, but was still refusing admittance to Ghanaians": the parser may hang a clause that
    /// opens with a coordinating conjunction on the verb before as an adverbial clause, which leaves it without the
    /// subject it shares. A verb's adverbial clause or parataxis after it, with a "cc" and no subordinating mark or
    /// subject of its own, is its conjunct.
    /// </summary>
    public void ReadCoordinatedClausesAsConjuncts(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 1; c < g.Length; c++)
        {
            if (g.Labels[c] != _advclLabel && g.Labels[c] != _parataxisLabel) continue;
            int v = g.Heads[c];
            if (v < 0 || v > c || !tags[c].IsVerb() || !tags[v].IsVerb()) continue;
            int cc = ChildWith(g, c, "cc");
            if (cc < 0 || cc > c || HasChild(g, c, "mark") || HasChild(g, c, "nsubj") || HasChild(g, c, "nsubj:pass")) continue;
            g.Labels[c] = Label("conj");
        }
    }

    /// <summary>
    /// "Mexico's president criticised the United States for deporting migrants": when the tagger reads a name's first
    /// word as an adjective ("United"), the parser may hang the name on the verb as an oblique with no preposition. A
    /// noun phrase that starts right after an active verb with no object, holds only its determiners and modifiers
    /// before its head and names no time ("this week": data/lexicon/temporal-nouns.txt), is the verb's object.
    /// </summary>
    public void ReadBareObliquesAsObjects(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int n = 2; n < g.Length; n++)
        {
            if (g.Labels[n] != _oblLabel) continue;
            int v = g.Heads[n];
            if (v < 0 || v >= n - 1 || !tags[n].IsNoun() || !tags[v].IsVerb() || tags[v] == PosTag.VBN) continue;
            if (TemporalNouns.Value.Contains(words[n].Norm) || HasChild(g, n, "case") || HasChild(g, v, "obj") || HasChild(g, v, "nsubj:pass")) continue;
            bool modifiersOnly = true;
            for (int k = v + 1; k < n && modifiersOnly; k++)
                modifiersOnly = g.Heads[k] == n && (Is(g.Labels[k], "det") || Is(g.Labels[k], "amod") || Is(g.Labels[k], "compound") || Is(g.Labels[k], "flat"));
            if (!modifiersOnly || !HasChild(g, n, "det")) continue;
            g.Labels[n] = Label("obj");
        }
    }

    /// <summary>
    /// "arrested two Spaniards who it accused of plotting": the parser may make both the relative word and the subject
    /// after it subjects of the relative clause's verb. A relative word ("who", "which", "that") followed by another
    /// subject of the same verb is that verb's object (whom it accused); a verb so read that the parser joined to another
    /// clause is the relative clause of the noun before the relative word.
    /// </summary>
    public void ReadRelativeWordsBeforeASubjectAsObjects(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        for (int r = 0; r + 1 < g.Length; r++)
        {
            if (tags[r] is not (PosTag.WP or PosTag.WDT) || !Is(g.Labels[r], "nsubj")) continue;
            int v = g.Heads[r];
            if (v <= r + 1 || HasChild(g, v, "obj") || HasChild(g, v, "cc")) continue;
            // (a clause the parser joined to the main verb instead is the relative clause of the word before: "executed a
            // German national who it accused")
            int noun = r - 1;
            bool relative = Is(g.Labels[v], "acl:relcl");
            if (!relative && (noun < 0 || g.Heads[noun] == v || !(tags[noun].IsNoun() || Is(g.Labels[noun], "obj") || Is(g.Labels[noun], "obl")))) continue;
            for (int k = r + 1; k < v; k++)
                if (g.Heads[k] == v && Is(g.Labels[k], "nsubj"))
                {
                    g.Labels[r] = Label("obj");
                    if (!relative)
                    {
                        g.Heads[v] = noun;
                        g.Labels[v] = Label("acl:relcl");
                    }
                    break;
                }
        }
    }

    /// <summary>
    /// "Pakistan's army chief, on a visit to Washington, met the US defence secretary": when a phrase between commas
    /// parts a subject from its verb, the parser may hang the subject on the verb as an oblique with no preposition. A
    /// noun with no preposition (an oblique, marked or not) that opens the clause of a finite verb after it with no
    /// subject, and names no time ("Two days later, after the vote, ...": data/lexicon/temporal-nouns.txt), is the
    /// verb's subject.
    /// </summary>
    public void ReadBareObliquesOpeningAClauseAsSubjects(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int n = 0; n < g.Length; n++)
        {
            if (g.Labels[n] != _oblLabel && !Is(g.Labels[n], "obl:unmarked")) continue;
            int v = g.Heads[n];
            if (v <= n || !tags[n].IsNoun() || !tags[v].IsVerb() || TemporalNouns.Value.Contains(words[n].Norm)) continue;
            if (HasChild(g, n, "case") || HasChild(g, v, "nsubj") || HasChild(g, v, "nsubj:pass") || HasChild(g, v, "csubj") || HasChild(g, v, "expl")) continue;
            if (FirstWordOf(g, v) != FirstWordOf(g, n) || !IsFinite(g, tags, v)) continue;
            g.Labels[n] = Label(HasChild(g, v, "aux:pass") ? "nsubj:pass" : "nsubj");
        }
    }

    /// <summary>
    /// "Qatar and Egypt are mediating talks between Israel and Hamas": the parser reads "are" as a copula and the -ing
    /// verb as an adjective of the noun after it ("mediating talks" as a kind of talks). With a named subject or a
    /// pronoun before the copula, the -ing verb right between the copula and a noun is the verb (progressive), the
    /// copula its auxiliary and the noun its object.
    /// </summary>
    public void ReadProgressivesBeforeTheirObject(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        for (int v = 2; v + 1 < g.Length; v++)
        {
            int n = v + 1, c = v - 1;
            if (tags[v] != PosTag.VBG || g.Heads[v] != n || !Is(g.Labels[v], "amod") || !tags[n].IsNoun()) continue;
            if (g.Heads[c] != n || !Is(g.Labels[c], "cop")) continue;
            int subject = ChildWith(g, n, "nsubj");
            if (subject < 0 || subject > c || tags[subject] is not (PosTag.NNP or PosTag.NNPS or PosTag.PRP)) continue;
            g.Heads[v] = g.Heads[n];
            g.Labels[v] = g.Labels[n];
            for (int k = 0; k < g.Length; k++)
                if (g.Heads[k] == n && k != v && (k < v || Is(g.Labels[k], "punct")) ) g.Heads[k] = v;
            g.Labels[c] = Label("aux");
            g.Heads[n] = v;
            g.Labels[n] = Label("obj");
        }
    }

    /// <summary>Forms of verbs whose object is often a text with a that-clause ("denied reports that …"): data/lexicon/text-object-verbs.txt.</summary>
    public const string TextObjectVerbsFile = "text-object-verbs.txt";
    private static readonly Lazy<HashSet<ulong>> TextObjectVerbs = new(() => HashedWords(TextObjectVerbsFile));

    /// <summary>
    /// "Israel denied reports that its troops had crossed", "China dismissed US claims that it had hacked …": the
    /// tagger reads the plural text noun as a verb of saying whose clause the first verb reports. After a verb that
    /// answers texts (data/lexicon/text-object-verbs.txt: deny, dismiss, reject, confirm …), a plural noun of a text
    /// (text-nouns.txt) read as a present-tense verb with a that-clause and no subject but a name right before it is the
    /// object; the name is its modifier and the clause says what the text says (acl).
    /// </summary>
    public void ReadTextsAnsweredAsNouns(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        if (_pluralNoun < 0) return;
        for (int c = 1; c < g.Length; c++)
        {
            int v = g.Heads[c];
            if (tags[c] != PosTag.VBZ || v < 0 || v >= c || !Is(g.Labels[c], "ccomp") || !TextNouns.Value.Contains(words[c].Norm)
                || !TextObjectVerbs.Value.Contains(words[v].Norm) || HasChild(g, v, "obj")) continue;
            int subject = ChildWith(g, c, "nsubj");
            // nothing but the name of the text's author between the two verbs ("denied reports", "dismissed US claims")
            if (subject >= 0 ? subject != c - 1 || c - 2 != v || tags[subject] is not (PosTag.NNP or PosTag.NNPS or PosTag.JJ) : c - 1 != v) continue;
            int clause = ChildWith(g, c, "ccomp");
            if (clause <= c || !HasChild(g, clause, "mark")) continue;
            tags[c] = PosTag.NNS;
            g.Classes[c] = _pluralNoun;
            g.Labels[c] = Label("obj");
            g.Labels[clause] = Label("acl");
            if (subject >= 0) g.Labels[subject] = Label(tags[subject] == PosTag.JJ ? "amod" : "compound");
        }
    }

    /// <summary>
    /// "Cambodia accused Thailand of laying mines, a charge Bangkok denied": the parser may read the text that sums up the
    /// clause as the subject of a verb of answering (deny, reject: data/lexicon/text-object-verbs.txt) that reports the
    /// clause, with the answering side as its apposition. A root of that kind whose subject is a noun of a text
    /// (text-nouns.txt) with its article after a comma and the name right after it, reporting a clause before them, is a
    /// relative clause on the text, which is in apposition with the noun before the comma; the clause is the root.
    /// </summary>
    public void ReadTextsThatSumUpAClauseAsNouns(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        int v = -1;
        for (int k = 0; k < g.Length; k++) if (g.Heads[k] < 0) { v = k; break; }
        if (v < 4 || !TextObjectVerbs.Value.Contains(words[v].Norm) || HasChild(g, v, "obj")) return;
        int text = ChildWith(g, v, "nsubj"), name = v - 1;
        if (text != v - 2 || g.Heads[name] != text || tags[name] is not (PosTag.NNP or PosTag.NNPS) || !TextNouns.Value.Contains(words[text].Norm)) return;
        int article = text - 1, comma = text - 2, before = text - 3;
        if (before < 1 || tags[article] != PosTag.DT || tags[comma] != PosTag.Comma || !tags[before].IsNoun()) return;
        int clause = -1;
        for (int k = 0; k < comma; k++)
            if (g.Heads[k] == v && (Is(g.Labels[k], "ccomp") || Is(g.Labels[k], "parataxis") || Is(g.Labels[k], "advcl") && ChildWith(g, k, "mark") < 0) && tags[k].IsVerb()) clause = k;
        if (clause < 0 || !WithinPhrase(g, before, clause)) return;
        for (int k = v + 1; k < g.Length; k++)
            if (g.Heads[k] == v && Is(g.Labels[k], "punct")) g.Heads[k] = clause;
        g.Heads[clause] = -1;
        g.Labels[clause] = Label("root");
        g.Heads[text] = before;
        g.Labels[text] = Label("appos");
        g.Heads[comma] = text;
        g.Heads[v] = text;
        g.Labels[v] = Label("acl:relcl");
        g.Heads[name] = v;
        g.Labels[name] = Label("nsubj");
    }

    /// <summary>Nouns that take an infinitive ("refusal", "call", "decision"): data/lexicon/infinitive-nouns.txt.</summary>
    public const string InfinitiveNounsFile = "infinitive-nouns.txt";
    private static readonly Lazy<HashSet<ulong>> InfinitiveNouns = new(() => HashedWords(InfinitiveNounsFile));
    private static readonly ulong To = FeatureHash.Of("to"), By = FeatureHash.Of("by");

    /// <summary>
    /// "Venezuela expelled the ambassador in response to Lima's refusal to recognise the result": the parser often hangs
    /// the infinitive after a noun that takes one (data/lexicon/infinitive-nouns.txt) on the sentence's verb (advcl or
    /// xcomp), which makes the verb's subject the one who recognises. With "to" right after the noun's phrase ("a call by
    /// the United Nations to release"), the noun inside the verb's phrase and no comma between, the infinitive describes
    /// the noun (acl).
    /// </summary>
    public void HangInfinitivesOnTheirNoun(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 3; c < g.Length; c++)
        {
            if (tags[c] != PosTag.VB || words[c - 1].Norm != To || !(Is(g.Labels[c], "advcl") || Is(g.Labels[c], "xcomp"))) continue;
            int v = g.Heads[c];
            if (v < 0 || v >= c - 2) continue;
            // the noun, or the head of the phrase that ends right before "to" ("a call by the United Nations to release")
            // ("a call by the UN to release" with "by the UN" hung on the verb: the "by" phrase goes with the noun)
            int noun = -1, agent = -1;
            for (int k = c - 2; k > v && noun < 0; k--)
            {
                if (!tags[k].IsNoun() || !InfinitiveNouns.Value.Contains(words[k].Norm)) continue;
                if (LastWordOf(g, k) == c - 2) noun = k;
                else if (LastWordOf(g, k) + 1 is var by && words[by].Norm == By && g.Heads[by] is var h && h > by && h <= c - 2
                    && g.Heads[h] == v && LastWordOf(g, h) == c - 2) { noun = k; agent = h; }
            }
            if (noun < 0 || HasCommaBetween(tags, noun, c) || !WithinPhrase(g, noun, v) || g.Heads[noun] == c) continue;
            if (agent >= 0) { g.Heads[agent] = noun; g.Labels[agent] = Label("nmod"); }
            g.Heads[c] = noun;
            g.Labels[c] = Label("acl");
        }
    }

    /// <summary>Nouns of texts that say or decide ("resolution", "law", "decree"): data/lexicon/text-nouns.txt.</summary>
    public const string TextNounsFile = "text-nouns.txt";
    private static readonly Lazy<HashSet<ulong>> TextNouns = new(() => HashedWords(TextNounsFile));

    /// <summary>
    /// The parser often hangs the -ing verb right after a verb's object on the verb (advcl), which makes the verb's subject
    /// do it. With no comma between, it describes the noun before it (acl) when that noun is
    /// <list type="bullet">
    /// <item>a text (data/lexicon/text-nouns.txt), the verb's object or the last word of a phrase on it: "Russia vetoed a
    /// UN resolution calling for a ceasefire", "a resolution on Gaza calling for", "the junta issued a decree banning
    /// rallies";</item>
    /// <item>plural people the verb acts on (its object or oblique), when the clause has no subject or mark of its own
    /// and is not what the act caused (result-participles.txt: "shelled villages killing ten") and the noun no time
    /// ("spent weeks negotiating"): "Police fired tear gas at protesters demanding the president's resignation".</item>
    /// </list>
    /// "Police fired tear gas, injuring dozens" (a comma) is left alone.
    /// </summary>
    public void HangIngClausesOnTheNounBefore(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 2; c < g.Length; c++)
        {
            if (tags[c] != PosTag.VBG) continue;
            bool advcl = g.Labels[c] == _advclLabel;
            if (!advcl && !Is(g.Labels[c], "xcomp")) continue;
            int noun = c - 1, v = g.Heads[c];
            if (v < 0 || v >= noun || !tags[noun].IsNoun() || g.Heads[noun] == c) continue;
            bool text = TextNouns.Value.Contains(words[noun].Norm) && WithinPhrase(g, noun, v);
            bool people = !text && advcl && tags[noun] is PosTag.NNS or PosTag.NNPS && g.Heads[noun] == v && tags[v].IsVerb()
                && (Is(g.Labels[noun], "obj") || g.Labels[noun] == _oblLabel)
                && !ResultForms.Value.Contains(words[c].Norm) && !TemporalNouns.Value.Contains(words[noun].Norm)
                && !HasChild(g, c, "nsubj") && !HasChild(g, c, "mark");
            if (!text && !people) continue;
            g.Heads[c] = noun;
            g.Labels[c] = Label("acl");
        }
    }

    /// <summary>
    /// "Police arrested four men suspected of attacking peacekeepers": the parser reads the participle right after the
    /// verb's object as the verb's predicate (xcomp: "had the men arrested") and often the object as an oblique. When the
    /// verb takes no small clause (data/lexicon/small-clause-verbs.txt: keep, leave, declare, have, see, want …) and the
    /// participle has a complement of its own ("of attacking", "to be", "with murder"), it describes the noun (acl), and a
    /// noun without preposition is the verb's object.
    /// </summary>
    public void HangParticiplesOnTheNounBefore(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 1; c < g.Length; c++)
        {
            int v = g.Heads[c];
            if (v < 0 || v > c || tags[c] != PosTag.VBN || !Is(g.Labels[c], "xcomp") || SmallClauseVerbs.Value.Contains(words[v].Norm)) continue;
            int noun = c - 1;
            if (!tags[noun].IsNoun() || g.Heads[noun] != v || !(Is(g.Labels[noun], "obj") || Is(g.Labels[noun], "obl"))) continue;
            bool complement = false;
            for (int k = c + 1; k < g.Length && !complement; k++)
                complement = g.Heads[k] == c && (Is(g.Labels[k], "advcl") || Is(g.Labels[k], "obl") || Is(g.Labels[k], "xcomp"));
            if (!complement) continue;
            if (Is(g.Labels[noun], "obl") && !HasChild(g, noun, "case"))
            {
                if (HasChild(g, v, "obj")) continue;
                g.Labels[noun] = Label("obj");
            }
            g.Heads[c] = noun;
            g.Labels[c] = Label("acl");
        }
    }

    /// <summary>The -ing forms of verbs of saying that open a reported clause: data/lexicon/reporting-gerunds.txt.</summary>
    public const string ReportingGerundsFile = "reporting-gerunds.txt";
    private static readonly Lazy<HashSet<ulong>> SayingForms = new(() => HashedWords(ReportingGerundsFile));

    /// <summary>
    /// "The State Department approved the sale to Taiwan, saying the package would help the island": the parser makes
    /// the reported verb ("help") the root, with the sentence's own verb as its adverbial clause and the reported
    /// subject as the object of "saying". When the root has no subject and follows an -ing verb of saying whose object
    /// stands before it, the sentence's verb before "saying" is the root, "saying" its adverbial clause, the old root
    /// what it reports (ccomp) and that object the reported subject.
    /// </summary>
    public void ReportClausesAfterSaying(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        int root = -1;
        for (int k = 0; k < g.Length; k++) if (g.Heads[k] < 0) { root = k; break; }
        if (root < 0 || !tags[root].IsVerb() || HasChild(g, root, "nsubj") || HasChild(g, root, "nsubj:pass") || HasChild(g, root, "expl")) return;
        int saying = -1;
        for (int k = root - 1; k > 0; k--)
            if (tags[k] == PosTag.VBG && SayingForms.Value.Contains(words[k].Norm)) { saying = k; break; }
        if (saying < 0 || tags[saying - 1] != PosTag.Comma) return;
        int obj = ChildWith(g, saying, "obj");
        if (obj <= saying || obj >= root || AnyBetween(tags, obj, root, static t => t.IsVerb())) return;
        int main = -1;
        for (int k = saying - 1; k >= 0; k--)
            if (g.Heads[k] == root && tags[k].IsVerb() && (Is(g.Labels[k], "advcl") || Is(g.Labels[k], "parataxis") || Is(g.Labels[k], "conj"))) { main = k; break; }
        if (main < 0 || !HasChild(g, main, "nsubj") && !HasChild(g, main, "nsubj:pass")) return;
        MakeRoot(g, main, root, "ccomp", punctuationAfter: root);
        for (int k = 0; k < main; k++)
            if (g.Heads[k] == root && !Is(g.Labels[k], "punct")) g.Heads[k] = main;
        g.Heads[root] = saying;
        g.Heads[saying] = main;
        g.Labels[saying] = Label("advcl");
        g.Heads[obj] = root;
        g.Labels[obj] = Label("nsubj");
    }

    /// <summary>
    /// "accused each other of massing troops along their border.": the parser now and then hangs a word on a
    /// punctuation mark, which heads nothing in the treebanks. Such a word hangs on the nearest verb before it instead
    /// (a verb after "of" or another marker as its adverbial clause), else stays.
    /// </summary>
    public void HangNothingOnPunctuation(SentenceGrammar g, Span<PosTag> tags)
    {
        for (int k = 0; k < g.Length; k++)
        {
            int h = g.Heads[k];
            if (h < 0 || !tags[h].IsPunctuation()) continue;
            int verb = k - 1;
            while (verb >= 0 && !(tags[verb].IsVerb() && !Is(g.Labels[verb], "aux") && !Is(g.Labels[verb], "aux:pass") && !Is(g.Labels[verb], "cop"))) verb--;
            if (verb < 0 || WithinPhrase(g, verb, k)) continue;
            g.Heads[k] = verb;
            if (tags[k].IsVerb() && HasChild(g, k, "mark")) g.Labels[k] = Label("advcl");
        }
    }

    private static readonly ulong After = FeatureHash.Of("after"), Before = FeatureHash.Of("before"), Since = FeatureHash.Of("since"), Until = FeatureHash.Of("until");

    /// <summary>
    /// "… after Ethiopia and Eritrea accused each other of massing troops": the parser reads "after" as the preposition
    /// of "Ethiopia" and leaves "accused" without a subject. When "after", "before", "since" or "until" is the case
    /// marker of a noun phrase that a finite verb without subject follows at once, the word marks that verb's clause
    /// and the noun phrase is its subject.
    /// </summary>
    public void ReadConjunctionsBeforeAClauseAsMarks(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        for (int p = 0; p + 2 < g.Length; p++)
        {
            var w = words[p].Norm;
            if (w != After && w != Before && w != Since && w != Until || !Is(g.Labels[p], "case")) continue;
            int noun = g.Heads[p];
            if (noun <= p || !tags[noun].IsNoun() && tags[noun] != PosTag.PRP) continue;
            // the noun phrase ends where a token outside it stands; that token must be the finite verb
            int verb = p + 1;
            while (verb < g.Length && (verb == noun || WithinPhrase(g, verb, noun))) verb++;
            if (verb < g.Length && SubjectJoinedToAClause(g, words, tags, noun, verb) is int joined and >= 0)
            {
                // "after Qatar and Egypt mediated talks": "Qatar" and "Egypt" are the clause's subjects together, and the
                // clause hangs on the verb the phrase of "after" hung on (through any nouns between)
                int above = g.Heads[noun];
                while (above >= 0 && !tags[above].IsVerb()) above = g.Heads[above];
                if (above < 0 || above == joined) continue;
                int partner = ChildWith(g, joined, "nsubj");
                g.Heads[partner] = noun;
                g.Labels[partner] = Label("conj");
                g.Heads[verb] = partner; // "and", the partner's cc
                g.Heads[joined] = above;
                g.Labels[joined] = Label("advcl");
                g.Heads[noun] = joined;
                g.Labels[noun] = Label("nsubj");
                g.Heads[p] = joined;
                g.Labels[p] = Label("mark");
                continue;
            }
            if (verb >= g.Length || tags[verb] is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP) || verb <= noun) continue;
            if (HasChild(g, verb, "nsubj") || HasChild(g, verb, "nsubj:pass") || HasChild(g, verb, "mark")) continue;
            int clauseHead = g.Heads[verb] == noun ? g.Heads[noun] : g.Heads[verb];
            if (clauseHead < 0 || clauseHead == verb) continue;
            g.Heads[verb] = clauseHead;
            if (!Is(g.Labels[verb], "advcl")) g.Labels[verb] = Label("advcl");
            g.Heads[noun] = verb;
            g.Labels[noun] = Label("nsubj");
            g.Heads[p] = verb;
            g.Labels[p] = Label("mark");
        }
    }

    /// <summary>
    /// "after Qatar | and Egypt mediated talks": when the noun of "after" is a name (not of a time: "after Christmas")
    /// and the token after its phrase an "and" that the parse makes the cc of a finite verb without a mark, whose
    /// subject fills the words between "and" and the verb, that verb (its clause joins the name as a second subject);
    /// -1 otherwise. "after the talks and Egypt hosted …" stays a phrase and a clause of its own.
    /// </summary>
    private int SubjectJoinedToAClause(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags, int noun, int and)
    {
        if (tags[and] != PosTag.CC || !Is(g.Labels[and], "cc") || tags[noun] is not (PosTag.NNP or PosTag.NNPS) || TemporalNouns.Value.Contains(words[noun].Norm)) return -1;
        int verb = g.Heads[and];
        if (verb <= and || tags[verb] is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP) || HasChild(g, verb, "mark") || !Is(g.Labels[verb], "conj")) return -1;
        int subject = ChildWith(g, verb, "nsubj");
        if (subject <= and || !tags[subject].IsNoun()) return -1;
        for (int k = and + 1; k < verb; k++)
            if (k != subject && !WithinPhrase(g, k, subject)) return -1;
        return verb;
    }

    /// <summary>Whether token k hangs, through any chain of heads, on <paramref name="top"/>.</summary>
    private static bool WithinPhrase(SentenceGrammar g, int k, int top)
    {
        for (int guard = 0; guard < g.Length && k >= 0; guard++)
        {
            if (k == top) return true;
            k = g.Heads[k];
        }
        return false;
    }

    /// <summary>The root, when it is a verb without a subject (nsubj, nsubj:pass or expl); -1 otherwise.</summary>
    private int RootVerbWithoutSubject(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        int root = -1;
        for (int k = 0; k < g.Length; k++) if (g.Heads[k] < 0) { root = k; break; }
        if (root < 0 || !tags[root].IsVerb() || HasChild(g, root, "nsubj") || HasChild(g, root, "nsubj:pass") || HasChild(g, root, "expl")) return -1;
        return root;
    }

    /// <summary>
    /// "The African Union warns the truce in Sudan is collapsing": the parser reads "the truce" as the object of
    /// "warns", leaves "is collapsing" without a subject as the root, and hangs "warns" on it. When the root has no
    /// subject and a verb before it, with no comma between, hangs on it as an adverbial clause with its own subject and
    /// an object, that verb is the root, the old root what it reports (ccomp) and the object its subject.
    /// </summary>
    public void GiveReportedClausesTheirSubject(SentenceGrammar g, Span<PosTag> tags)
    {
        int root = RootVerbWithoutSubject(g, tags);
        if (root < 0) return;
        int verb = -1;
        for (int k = 0; k < root; k++)
            if (g.Heads[k] == root && (Is(g.Labels[k], "advcl") || Is(g.Labels[k], "parataxis")) && tags[k] is PosTag.VBZ or PosTag.VBD or PosTag.VBP) verb = k;
        if (verb < 0 || !HasChild(g, verb, "nsubj") || HasChild(g, verb, "mark")) return;
        int obj = ChildWith(g, verb, "obj");
        if (obj < 0 || obj > root || HasCommaBetween(tags, verb, root)) return;
        MakeRoot(g, verb, root, "ccomp", punctuationAfter: root);
        g.Heads[obj] = root;
        g.Labels[obj] = Label("nsubj");
    }

    private static readonly ulong Had = FeatureHash.Of("had"), Has = FeatureHash.Of("has"), Have = FeatureHash.Of("have");

    /// <summary>
    /// "It said Eritrean troops had crossed the border and detained 14 farmers": the parser joins the second verb to
    /// the verb of saying, so the speaker detains. When a reported clause in the perfect ("had crossed") is followed
    /// by "and" and a past form without a subject of its own, that verb shares the clause's auxiliary and subject:
    /// it is a conjunct of the reported verb.
    /// </summary>
    public void KeepPerfectConjunctsInTheReportedClause(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        for (int v = 2; v < g.Length; v++)
        {
            if (tags[v] is not (PosTag.VBD or PosTag.VBN) || !Is(g.Labels[v], "conj") || tags[v - 1] != PosTag.CC) continue;
            int say = g.Heads[v];
            if (say < 0 || say >= v || HasChild(g, v, "nsubj") || HasChild(g, v, "nsubj:pass")) continue;
            int reported = ChildWith(g, say, "ccomp");
            if (reported <= say || reported >= v || tags[reported] != PosTag.VBN) continue;
            int aux = ChildWith(g, reported, "aux");
            if (aux < 0 || words[aux].Norm != Had && words[aux].Norm != Has && words[aux].Norm != Have) continue;
            bool otherVerb = false;
            for (int k = reported + 1; k < v && !otherVerb; k++) otherVerb = tags[k].IsVerb() && g.Heads[k] != reported;
            if (otherVerb) continue;
            g.Heads[v] = reported;
            g.Heads[v - 1] = v;
        }
    }

    /// <summary>
    /// "gave the Ivory Coast 5.1 million dollars", "lent Zambia 300 million": the parser reads a name followed by an
    /// amount as one noun phrase (the name a compound of the amount's noun). When the object of a verb holds a proper
    /// name directly followed by a number, the name is the verb's indirect object and the amount its object.
    /// </summary>
    public void SplitReceiversFromAmounts(SentenceGrammar g, Span<PosTag> tags)
    {
        for (int obj = 1; obj < g.Length; obj++)
        {
            int verb = g.Heads[obj];
            if (verb < 0 || verb >= obj || !Is(g.Labels[obj], "obj") || !tags[verb].IsVerb()) continue;
            // the name's last word: a proper noun right before the first number of the phrase, hanging inside it
            int name = -1;
            for (int k = verb + 1; k < obj; k++)
            {
                if (tags[k] == PosTag.CD) { name = k - 1; break; }
                if (tags[k] is not (PosTag.NNP or PosTag.NNPS or PosTag.DT)) break;
            }
            if (name <= verb || tags[name] is not (PosTag.NNP or PosTag.NNPS)) continue;
            // only an amount stands between the name and the object's noun ("5.1 million dollars"), not a compound
            // ("the ASEAN five-point consensus")
            bool amount = true;
            for (int k = name + 1; k < obj && amount; k++) amount = tags[k] == PosTag.CD;
            if (!amount) continue;
            int first = name;
            while (first - 1 > verb && tags[first - 1] is PosTag.NNP or PosTag.NNPS) first--;
            if (first - 1 > verb && tags[first - 1] == PosTag.DT) first--;
            for (int k = first; k < name; k++)
            {
                g.Heads[k] = name;
                if (tags[k] != PosTag.DT) g.Labels[k] = Label("compound");
            }
            g.Heads[name] = verb;
            g.Labels[name] = Label("iobj");
        }
    }

    private static readonly ulong Which = FeatureHash.Of("which"), Who = FeatureHash.Of("who");

    /// <summary>
    /// "called on the United States, which brokered the deal, to …": the parser joins a relative clause set off by a
    /// comma to the verb before it as a second verb of the clause (conj or parataxis), so its subject "which" stands
    /// for nothing. When "which" or "who" is the subject of such a verb and follows a comma that follows a noun, the
    /// clause is a relative clause of that noun (acl:relcl). Likewise "the plans of two partners, Norway and Qatar, who
    /// are co-hosting …": a "who" clause after a comma after a name, which the parser hung on a noun further back,
    /// describes that name.
    /// </summary>
    public void AttachCommaRelativesToTheirNoun(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        for (int k = 2; k < g.Length; k++)
        {
            if (tags[k] is not (PosTag.WDT or PosTag.WP) || words[k].Norm != Which && words[k].Norm != Who) continue;
            if (tags[k - 1] != PosTag.Comma || !tags[k - 2].IsNoun()) continue;
            int verb = g.Heads[k];
            if (verb <= k || !Is(g.Labels[k], "nsubj") && !Is(g.Labels[k], "nsubj:pass")) continue;
            int head = g.Heads[verb];
            if (head < 0 || head >= k - 2) continue;
            bool joinedToVerb = Is(g.Labels[verb], "conj") || Is(g.Labels[verb], "parataxis");
            bool onNounFurtherBack = words[k].Norm == Who && tags[k - 2] is PosTag.NNP or PosTag.NNPS
                && (Is(g.Labels[verb], "acl") || Is(g.Labels[verb], "acl:relcl")) && !HasChild(g, FirstConjunct(g, k - 2), "case");
            if (!joinedToVerb && !onNounFurtherBack) continue;
            g.Heads[verb] = k - 2;
            g.Labels[verb] = Label("acl:relcl");
            g.Heads[k - 1] = verb;
            g.Labels[k - 1] = Label("punct");
            ReturnInfinitiveAfterRelative(g, tags, k - 2, verb);
        }
    }

    private static readonly ulong But = FeatureHash.Of("but");

    /// <summary>
    /// "Egypt voiced support for Somalia, and Turkey, which trains Somali troops, offered to mediate": after a comma and
    /// "and" (or "but"), a noun with a relative clause set off by commas, then a verb with no subject, is a clause of its
    /// own whose subject is the noun. The parser may join the noun to a noun of the clause before ("Somalia and Turkey")
    /// or to its verb, hang the relative clause on another noun, and hang the verb inside the relative clause, on the
    /// verb before or above it; the verb is then made a conjunct of the verb before, with the noun as its subject and
    /// the relative clause on the noun (a participle form read so is the past tense).
    /// </summary>
    public void ResumeCoordinatedClausesAfterARelative(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        for (int x = 3; x + 4 < g.Length; x++)
        {
            if (!tags[x].IsNoun() || !Is(g.Labels[x], "conj") || tags[x + 1] != PosTag.Comma || tags[x + 2] is not (PosTag.WDT or PosTag.WP or PosTag.WPS)) continue;
            int cc = ChildWith(g, x, "cc");
            if (cc < 1 || cc > x || words[cc].Norm != And && words[cc].Norm != But || tags[cc - 1] != PosTag.Comma) continue;
            int relative = x + 2, close = relative + 1;
            while (close < g.Length && tags[close] != PosTag.Comma) close++;
            if (close + 1 >= g.Length) continue;
            // the top of the relative clause: its words hang on one another up to a word outside it
            int r = relative;
            for (int guard = 0; guard < g.Length && g.Heads[r] > x && g.Heads[r] < close; guard++) r = g.Heads[r];
            if (r == relative && !tags[r].IsVerb()) continue;
            int main = g.Heads[x];
            while (main >= 0 && !tags[main].IsVerb()) main = g.Heads[main];
            if (main < 0 || main >= cc || WithinPhrase(g, main, r)) continue;
            // the verb after the closing comma, its adverbs and auxiliaries
            int v = close + 1;
            while (v < g.Length && (tags[v] is PosTag.RB or PosTag.MD || Is(g.Labels[v], "aux") && g.Heads[v] > v)) v++;
            if (v >= g.Length || tags[v] is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN)) continue;
            if (HasChild(g, v, "nsubj") || HasChild(g, v, "nsubj:pass") || HasChild(g, v, "mark")) continue;
            if (WithinPhrase(g, main, v))
            {
                // made the root, with the verb before as its clause: the verb before is the root again
                if (g.Heads[v] >= 0 || g.Heads[main] != v) continue;
                g.Heads[main] = -1;
                g.Labels[main] = Label("root");
            }
            g.Heads[v] = main;
            g.Labels[v] = Label("conj");
            g.Heads[x] = v;
            g.Labels[x] = Label("nsubj");
            g.Heads[cc] = v;
            g.Heads[cc - 1] = v;
            g.Labels[cc - 1] = Label("punct");
            if (!WithinPhrase(g, x, r))
            {
                g.Heads[r] = x;
                g.Labels[r] = Label("acl:relcl");
            }
            g.Heads[x + 1] = r;
            g.Labels[x + 1] = Label("punct");
            g.Heads[close] = r;
            g.Labels[close] = Label("punct");
            if (tags[v] == PosTag.VBN && !HasChild(g, v, "aux") && _pastTense >= 0) { g.Classes[v] = _pastTense; tags[v] = PosTag.VBD; }
            // (a noun the participle reading took as its complement is the verb's object)
            for (int k = v + 1; k < g.Length; k++)
                if (g.Heads[k] == v && Is(g.Labels[k], "xcomp") && tags[k].IsNoun() && !HasChild(g, v, "obj")) g.Labels[k] = Label("obj");
        }
    }

    /// <summary>
    /// The head of the name a token ends and of the first member of its coordination ("Qatar" in "Norway and Qatar":
    /// "Norway"; "Ababa" in "Addis Ababa": "Addis"); the token itself when none.
    /// </summary>
    private int FirstConjunct(SentenceGrammar g, int k)
    {
        for (int guard = 0; guard < g.Length && (Is(g.Labels[k], "conj") || Is(g.Labels[k], "flat")) && g.Heads[k] >= 0; guard++) k = g.Heads[k];
        return k;
    }

    /// <summary>
    /// "called on the United States, which brokered the deal, to impose sanctions": an infinitive after the comma
    /// that closes a relative clause, left hanging inside the clause, completes the verb the clause's noun hangs on (xcomp).
    /// </summary>
    private void ReturnInfinitiveAfterRelative(SentenceGrammar g, Span<PosTag> tags, int noun, int relative)
    {
        int close = -1;
        for (int k = relative + 1; k < g.Length; k++)
        {
            if (tags[k] == PosTag.Comma) { close = k; break; }
            if (g.Heads[k] < noun) return; // the clause ends without a comma
        }
        if (close < 0 || close + 2 >= g.Length || tags[close + 1] != PosTag.TO || tags[close + 2] != PosTag.VB) return;
        int infinitive = close + 2, head = g.Heads[infinitive];
        if (head < noun || head >= close) return;
        int governor = g.Heads[noun];
        for (int steps = 0; governor >= 0 && !tags[governor].IsVerb() && steps < 3; steps++) governor = g.Heads[governor];
        if (governor < 0 || governor >= noun || !tags[governor].IsVerb()) return;
        g.Heads[infinitive] = governor;
        g.Labels[infinitive] = Label("xcomp");
        g.Heads[close] = infinitive;
        g.Labels[close] = Label("punct");
    }

    /// <summary>
    /// "The US, Russia, and Switzerland met yesterday": the parser makes the first member of a list the root and the
    /// verb a conjunct of it, with only the last member as the verb's subject. When the root is a noun, a verb hangs
    /// on it as conjunct, and that verb's subject is the last member of a comma list that begins at the root
    /// ("X, Y, and Z" / "X, Y and Z"), the list is the verb's subject and the verb the root.
    /// </summary>
    public void MakeListsBeforeAVerbItsSubject(SentenceGrammar g, Span<PosTag> tags)
    {
        int n = g.Length, root = -1;
        for (int k = 0; k < n; k++) if (g.Heads[k] < 0) { root = k; break; }
        if (root < 0 || !tags[root].IsNoun()) return;
        int verb = -1;
        for (int k = root + 1; k < n; k++)
            if (g.Heads[k] == root && Is(g.Labels[k], "conj") && tags[k].IsVerb()) { verb = k; break; }
        if (verb < 0) return;
        int last = ChildWith(g, verb, "nsubj");
        if (last <= root || last >= verb || !tags[last].IsNoun()) return;
        // between the root and the last member: commas, a conjunction, and the middle members (nouns and their modifiers)
        var members = new List<int>();
        bool sawConjunction = false;
        for (int k = root + 1; k < last; k++)
        {
            if (tags[k] == PosTag.Comma) continue;
            if (tags[k] == PosTag.CC) { sawConjunction = true; continue; }
            if (!tags[k].IsNoun() && tags[k] is not (PosTag.DT or PosTag.JJ)) return;
            if (tags[k].IsNoun() && (k + 1 >= last || tags[k + 1] is PosTag.Comma or PosTag.CC)) members.Add(k);
        }
        if (!sawConjunction || tags[last - 1] != PosTag.CC && !(last >= 2 && tags[last - 1] == PosTag.DT && tags[last - 2] == PosTag.CC)) return;
        MakeRoot(g, verb, root, "nsubj", punctuationAfter: last);
        members.Add(last);
        foreach (int m in members)
        {
            g.Heads[m] = root;
            g.Labels[m] = Label("conj");
            for (int k = m - 1; k > root && tags[k] is PosTag.Comma or PosTag.CC; k--)
            {
                g.Heads[k] = m;
                g.Labels[k] = Label(tags[k] == PosTag.CC ? "cc" : "punct");
            }
        }
    }

    /// <summary>
    /// "Bulldozers demolished homes in Gaza, Palestinian officials and US witnesses said.": the parser joins the
    /// speakers after the comma to the clause before it (as more objects, or the first of them to a time word) and
    /// leaves the final verb of saying without its whole subject, or makes it a second verb of the clause. When the
    /// sentence ends with a verb after its last comma and the noun phrases between them hang on words before the
    /// comma, they are that verb's subject; a verb so joined to the sentence's root becomes the root, and the clause
    /// before the comma what it reports.
    /// </summary>
    public void GiveReportingTailsTheirSubject(SentenceGrammar g, Span<PosTag> tags)
    {
        if (ReportingTail(g, tags) is not (int verb, int comma)) return;
        int head = g.Heads[verb];
        bool isRoot = head < 0, joined = head >= 0 && head < comma && g.Heads[head] < 0 && Is(g.Labels[verb], "conj");
        // "Serbia must withdraw its troops from the border, the EU said": read as a relative clause of the last noun
        // (a relative clause after a comma always has its pronoun, so one without is the reporting tail)
        if (!isRoot && !joined && head >= 0 && head < comma && (Is(g.Labels[verb], "acl:relcl") || Is(g.Labels[verb], "acl")) && !HasRelativeWord(tags, comma, verb))
        {
            int root = head;
            while (g.Heads[root] >= 0) root = g.Heads[root];
            if (root < comma)
            {
                head = root;
                joined = true;
            }
        }
        if (!isRoot && !joined) return;
        // the tail's phrases: words between the comma and the verb whose head lies before the comma, and the verb's own subject
        var members = new List<int>();
        for (int k = comma + 1; k < verb; k++)
        {
            int h = g.Heads[k];
            if (h > comma && h < verb) continue;
            if (h == verb && (Is(g.Labels[k], "nsubj") || Is(g.Labels[k], "cc"))) { if (tags[k].IsNoun()) members.Add(k); continue; }
            // ("China must stop its behaviour, the Philippine president said": the speaker read as parataxis or apposition;
            // "Russia must withdraw its troops from Moldova, the United States said": as an oblique with no preposition)
            if (h >= comma || !tags[k].IsNoun() || !(Is(g.Labels[k], "conj") || Is(g.Labels[k], "parataxis") || Is(g.Labels[k], "appos")
                || (Is(g.Labels[k], "obl") || Is(g.Labels[k], "nmod")) && ChildWith(g, k, "case") < 0)) return;
            members.Add(k);
        }
        if (members.Count == 0 || members.Count == 1 && g.Heads[members[0]] == verb && isRoot) return;
        int subject = members[0];
        g.Heads[subject] = verb;
        g.Labels[subject] = Label("nsubj");
        for (int t = 1; t < members.Count; t++)
        {
            g.Heads[members[t]] = subject;
            g.Labels[members[t]] = Label("conj");
        }
        for (int k = comma + 1; k < verb; k++)
            if (Is(g.Labels[k], "cc") && g.Heads[k] == verb) g.Heads[k] = members.FirstOrDefault(m => m > k, subject);
        if (joined)
        {
            // "X demolished Y, officials said": the verb of saying is the root and reports the clause
            MakeRoot(g, verb, head, "ccomp", punctuationAfter: verb);
        }
        g.Heads[comma] = verb;
        g.Labels[comma] = Label("punct");
    }

    /// <summary>
    /// A sentence's reporting tail: its last word before closing punctuation, a finite verb (past or present), and the
    /// last comma at most ten words before it; null when the sentence does not end so.
    /// </summary>
    private static (int Verb, int Comma)? ReportingTail(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        int verb = g.Length - 1;
        while (verb > 0 && tags[verb] is PosTag.Period or PosTag.Quote or PosTag.CloseParen) verb--;
        if (verb < 3 || tags[verb] is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP)) return null;
        for (int k = verb - 1; k > 0 && k >= verb - 10; k--) if (tags[k] == PosTag.Comma) return (verb, k);
        return null;
    }

    /// <summary>Finite forms of verbs of saying that end a sentence as its tail: data/lexicon/reporting-verbs.txt.</summary>
    public const string ReportingVerbsFile = "reporting-verbs.txt";
    private static readonly Lazy<HashSet<ulong>> ReportingForms = new(() => HashedWords(ReportingVerbsFile));

    /// <summary>
    /// "Kosovo must withdraw its police from the north, the European Union said": the parser joins the clause before
    /// the comma and the verb of saying that ends the sentence as parataxis (either way round), so nothing says that
    /// the verb reports the clause. When the sentence ends with such a verb (data/lexicon/reporting-verbs.txt) after
    /// its last comma, with its own subject after the comma, and it and a verb before the comma are joined as
    /// parataxis (or that verb is a finite adverbial clause of it with its own subject and no conjunction), the verb
    /// of saying is the root and the clause what it reports (ccomp).
    /// </summary>
    public void ReportClausesBeforeTheirTail(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, Span<PosTag> tags)
    {
        if (ReportingTail(g, tags) is not (int verb, int comma) || !ReportingForms.Value.Contains(words[verb].Norm)) return;
        if (ChildWith(g, verb, "nsubj") <= comma || ChildWith(g, verb, "obj") >= 0 || ChildWith(g, verb, "ccomp") >= 0) return;
        int head = g.Heads[verb];
        if (head < 0)
        {
            // the verb of saying is the root: its parataxis before the comma, or a finite adverbial clause with its own
            // subject and no conjunction ("China should stop the drills, Japan's foreign minister warned"), is what it reports
            for (int c = 0; c < comma; c++)
            {
                if (g.Heads[c] != verb || !tags[c].IsVerb()) continue;
                if (Is(g.Labels[c], "parataxis")
                    || Is(g.Labels[c], "advcl") && ChildWith(g, c, "mark") < 0 && ChildWith(g, c, "nsubj") is >= 0 and var own && own < c && IsFinite(g, tags, c))
                {
                    g.Labels[c] = Label("ccomp");
                    return;
                }
            }
        }
        else if (head < comma && g.Heads[head] < 0 && Is(g.Labels[verb], "parataxis") && tags[head].IsVerb())
            MakeRoot(g, verb, head, "ccomp", punctuationAfter: verb);
    }

    /// <summary>Whether a verb is finite: a tensed form, or a tensed or modal auxiliary of its own.</summary>
    private bool IsFinite(SentenceGrammar g, ReadOnlySpan<PosTag> tags, int verb)
    {
        if (tags[verb] is PosTag.VBD or PosTag.VBZ or PosTag.VBP) return true;
        for (int k = 0; k < g.Length; k++)
            if (g.Heads[k] == verb && Is(g.Labels[k], "aux") && tags[k] is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD) return true;
        return false;
    }

    private bool HasChild(SentenceGrammar g, int head, string label) => ChildWith(g, head, label) >= 0;

    private readonly Dictionary<string, int> _labels = labelNames.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);

    /// <summary>The index of a label, or of "dep" when the model has no such label.</summary>
    public int Label(string name) => _labels.TryGetValue(name, out int i) ? i : _labels.GetValueOrDefault("dep");

    private bool Is(int label, string name) => _labels.TryGetValue(name, out int i) && i == label;

    // labels the repairs run last test on every word first, looked up once (-1: not in the model's label set)
    private readonly int _oblLabel = LabelOrNone(labelNames, "obl"), _advclLabel = LabelOrNone(labelNames, "advcl"),
        _parataxisLabel = LabelOrNone(labelNames, "parataxis");

    private static int LabelOrNone(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }

    /// <summary>
    /// "Chile, Peru and Ecuador issued …": web text addresses people ("John, can you …"), so the parser reads the
    /// first member of a list as a vocative and the rest as the subject. When a vocative is followed by a comma
    /// and the verb's subject after it is itself a coordination, the vocative heads the coordination instead.
    /// </summary>
    public void JoinListsReadAsVocatives(SentenceGrammar g)
    {
        int n = g.Length;
        for (int x = 0; x + 1 < n; x++)
        {
            if (!Is(g.Labels[x], "vocative") || g.Heads[x] <= x) continue;
            int verb = g.Heads[x];
            int subject = -1;
            for (int y = x + 2; y < verb; y++)
                if (g.Heads[y] == verb && (Is(g.Labels[y], "nsubj") || Is(g.Labels[y], "nsubj:pass"))) { subject = y; break; }
            if (subject < 0 || ChildWith(g, subject, "conj") < 0) continue;
            g.Labels[x] = g.Labels[subject];
            g.Heads[subject] = x;
            g.Labels[subject] = Label("conj");
            for (int z = subject + 1; z < n; z++)
                if (g.Heads[z] == subject && Is(g.Labels[z], "conj")) g.Heads[z] = x;
        }
    }

    /// <summary>
    /// "This week the UK, Australia and Canada were joined by …": a bare time phrase before the subject is read as
    /// the subject with the real one in apposition. A subject headed by a noun of time
    /// (data/lexicon/temporal-nouns.txt) whose apposition follows it directly gives the apposition its place; the
    /// time phrase becomes a modifier of the verb (obl:unmarked, as the treebanks label it). Likewise after a time
    /// phrase with its preposition: "On Tuesday the State Department approved …".
    /// </summary>
    public void MoveSubjectsOutOfTimePhrases(SentenceGrammar g, ReadOnlySpan<WordAtoms> words)
    {
        var temporal = TemporalNouns.Value;
        for (int w = 0; w < g.Length; w++)
        {
            int verb = g.Heads[w];
            if (verb < 0 || !temporal.Contains(words[w].Norm)) continue;
            bool before = w < verb;
            bool subject = before && (Is(g.Labels[w], "nsubj") || Is(g.Labels[w], "nsubj:pass"));
            // or a time phrase beside a verb left without subject ("Last month Russia expelled …")
            // or one with its preposition ("On Tuesday the State Department approved …")
            bool bare = before && (Is(g.Labels[w], "obl:unmarked") || Is(g.Labels[w], "nmod:unmarked") || Is(g.Labels[w], "obl") && HasChild(g, w, "case"))
                && ChildWith(g, verb, "nsubj") < 0 && ChildWith(g, verb, "nsubj:pass") < 0;
            if (!subject && !bare && !Is(g.Labels[w], "obl:unmarked")) continue;
            // "accused Azerbaijan yesterday of shelling villages": a clause does not describe a time word; it hangs on the verb
            if (bare || Is(g.Labels[w], "obl:unmarked"))
                for (int c = w + 1; c < g.Length; c++)
                    if (g.Heads[c] == w && (Is(g.Labels[c], "acl") || Is(g.Labels[c], "acl:relcl") && ChildWith(g, c, "nsubj") < 0))
                    {
                        g.Heads[c] = verb;
                        g.Labels[c] = Label("advcl");
                    }
            int appos = ChildWith(g, w, "appos");
            if (!subject && !bare || appos < 0 || appos > verb) continue;
            g.Heads[appos] = verb;
            g.Labels[appos] = subject ? g.Labels[w] : Label(ChildWith(g, verb, "aux:pass") >= 0 ? "nsubj:pass" : "nsubj");
            if (!HasChild(g, w, "case")) g.Labels[w] = Label("obl:unmarked");
        }
    }

    /// <summary>
    /// "Ukrainian drones struck Russia on Saturday" read as a noun phrase ("drones struck Russia" as drones that were
    /// struck): a sentence whose root is a noun with a participle after it that has an object of its own (or an
    /// "agent" without "by", which is one) is a clause; the participle is its verb (past tense) and the noun its subject.
    /// So is one with a particle ("Serbia's president called off a visit") or a clause a passive participle does not
    /// take: an infinitive with "to" that it governs as an adverbial or complement ("Poland's prime minister called on
    /// the EU to impose sanctions") or a reported clause ("the minister said Russia …").
    /// </summary>
    public void MakeVerblessSentencesWhole(SentenceGrammar g, Span<PosTag> tags)
    {
        if (_pastTense < 0) return;
        int root = -1;
        for (int k = 0; k < g.Length; k++) if (g.Heads[k] < 0) { root = k; break; }
        if (root < 0 || !tags[root].IsNoun()) return;
        int verb = -1;
        for (int k = root + 1; k < g.Length; k++)
            if (g.Heads[k] == root && Is(g.Labels[k], "acl") && tags[k] is PosTag.VBN or PosTag.VBD) { verb = k; break; }
        if (verb < 0 || ChildWith(g, verb, "aux") >= 0 || ChildWith(g, verb, "aux:pass") >= 0) return;
        // "The opposition accused President Museveni of …": an "agent" without "by" is the object
        int agent = ChildWith(g, verb, "obl:agent");
        bool bareAgent = agent > verb && ChildWith(g, agent, "case") < 0;
        if (ChildWith(g, verb, "obj") < 0 && !bareAgent && !TakesWhatNoPassiveTakes(g, verb, tags)) return;
        for (int k = root + 1; k < verb; k++) if (tags[k].IsVerb()) return;
        if (bareAgent) g.Labels[agent] = Label("obj");
        MakeRoot(g, verb, root, "nsubj", punctuationAfter: verb);
        g.Classes[verb] = _pastTense;
        tags[verb] = PosTag.VBD;
    }

    /// <summary>Whether a participle has a particle, a reported clause, or an infinitive with "to" after it (see <see cref="MakeVerblessSentencesWhole"/>).</summary>
    private bool TakesWhatNoPassiveTakes(SentenceGrammar g, int verb, ReadOnlySpan<PosTag> tags)
    {
        for (int k = verb + 1; k < g.Length; k++)
        {
            if (g.Heads[k] != verb) continue;
            if (Is(g.Labels[k], "compound:prt") || Is(g.Labels[k], "ccomp")) return true;
            if ((Is(g.Labels[k], "xcomp") || Is(g.Labels[k], "advcl")) && tags[k] == PosTag.VB && k > 0 && tags[k - 1] == PosTag.TO) return true;
        }
        return false;
    }

    /// <summary>
    /// "Speaking at a news conference in Ankara, the Turkish foreign minister called for a ceasefire", "Addressing the
    /// assembly, the president urged reform": the parser may take the participle that opens a sentence for its root,
    /// hang the subject somewhere inside the participle's phrase (as an apposition of its last noun) and the real verb
    /// on that subject as a clause of a noun. A root that is the first word, a participle, with a comma after its
    /// phrase, then a noun hung within that phrase and a verb without auxiliary or relative word hung on that noun
    /// (past tense or participle): the verb is the root, the noun its subject and the participle its adverbial clause.
    /// </summary>
    public void MakeOpeningParticiplesAdverbial(SentenceGrammar g, Span<PosTag> tags)
    {
        if (_pastTense < 0 || g.Length < 5 || g.Heads[0] >= 0 || tags[0] is not (PosTag.VBG or PosTag.VBN)) return;
        for (int verb = 2; verb < g.Length; verb++)
        {
            int subject = g.Heads[verb];
            if (subject < 1 || subject >= verb || tags[verb] is not (PosTag.VBD or PosTag.VBN) || !tags[subject].IsNoun()) continue;
            if (!Is(g.Labels[verb], "acl") || !WithinPhrase(g, subject, 0)) continue;
            if (ChildWith(g, verb, "aux") >= 0 || ChildWith(g, verb, "aux:pass") >= 0 || HasRelativeWord(tags, subject, verb)) continue;
            int comma = FirstWordOf(g, subject);
            if (tags[comma] != PosTag.Comma) comma--;
            if (comma < 2 || tags[comma] != PosTag.Comma || HasCommaBetween(tags, subject, verb)) continue;
            MakeRoot(g, verb, 0, "advcl", punctuationAfter: verb);
            g.Heads[subject] = verb;
            g.Labels[subject] = Label("nsubj");
            g.Heads[comma] = 0;
            g.Classes[verb] = _pastTense;
            tags[verb] = PosTag.VBD;
            return;
        }
    }

    /// <summary>
    /// "After meeting Chinese President Xi Jinping in Beijing, the Brazilian president said …": the parser may hang the
    /// subject of the sentence's verb inside the clause that opens the sentence (as an apposition of its last noun),
    /// which leaves the verb without a subject. A root verb without a subject, whose adverbial clause opens the sentence,
    /// and a noun in apposition within that clause whose phrase starts after a comma and ends right before the verb: the
    /// noun is the verb's subject.
    /// </summary>
    public void GiveRootsTheSubjectAnOpeningClauseTook(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        int v = RootVerbWithoutSubject(g, tags);
        if (v < 4) return;
        int opening = -1;
        for (int k = 0; k < v; k++)
            if (g.Heads[k] == v && Is(g.Labels[k], "advcl") && FirstWordOf(g, k) == 0) { opening = k; break; }
        if (opening < 0) return;
        for (int n = opening + 1; n < v; n++)
        {
            if (!Is(g.Labels[n], "appos") || !tags[n].IsNoun() || LastWordOf(g, n) != v - 1 || !WithinPhrase(g, n, opening)) continue;
            // (the comma may hang on the noun itself)
            int comma = FirstWordOf(g, n);
            if (tags[comma] != PosTag.Comma) comma--;
            if (comma < 1 || tags[comma] != PosTag.Comma) continue;
            g.Heads[n] = v;
            g.Labels[n] = Label("nsubj");
            g.Heads[comma] = opening;
            return;
        }
    }

    /// <summary>
    /// "Palestinians blamed Israel for …", "The Israeli army lifted a blockade": the tagger confuses the past tense
    /// with the participle (VBD/VBN), and the parser then reads a passive without auxiliary. A participle that has
    /// a subject but no auxiliary, copula or conjunction is a past tense, and its subject is active.
    /// </summary>
    public void ReadParticiplesWithASubjectAsPastTense(SentenceGrammar g, Span<PosTag> tags)
    {
        if (_pastTense < 0) return;
        for (int v = 0; v < g.Length; v++)
        {
            if (tags[v] != PosTag.VBN) continue;
            int subject = -1;
            bool helped = false;
            for (int k = 0; k < g.Length && !helped; k++)
            {
                if (g.Heads[k] != v) continue;
                if (Is(g.Labels[k], "nsubj") || Is(g.Labels[k], "nsubj:pass")) subject = k;
                helped = Is(g.Labels[k], "aux") || Is(g.Labels[k], "aux:pass") || Is(g.Labels[k], "cop") || Is(g.Labels[k], "mark");
            }
            if (subject < 0 || subject > v || helped) continue;
            g.Classes[v] = _pastTense;
            tags[v] = PosTag.VBD;
            if (Is(g.Labels[subject], "nsubj:pass")) g.Labels[subject] = Label("nsubj");
        }
    }

    private static readonly ulong Said = FeatureHash.Of("said"), Says = FeatureHash.Of("says"), Say = FeatureHash.Of("say"),
        And = FeatureHash.Of("and"), Or = FeatureHash.Of("or");

    /// <summary>Nouns "said" takes as its object ("said nothing", "said a prayer"): data/lexicon/said-objects.txt.</summary>
    public const string SaidObjectsFile = "said-objects.txt";
    private static readonly Lazy<HashSet<ulong>> SaidObjects = new(() => HashedWords(SaidObjectsFile));

    /// <summary>
    /// "He said the army and the rebels had signed a ceasefire": the parser reads the first of two coordinated subjects
    /// as the object of "said" and joins the reported verb to "said" as a conjunct with the second as its subject. When
    /// "said" (says, say) has a noun object and a finite conjunct after it, whose "and" (or "or") and subject stand
    /// between that object and the conjunct with no comma, the conjunct is what is said (ccomp), the object its subject
    /// and the noun after "and" that subject's conjunct. Nouns "said" does take (data/lexicon/said-objects.txt: "said
    /// nothing", "said a prayer") and pronouns stay objects.
    /// </summary>
    public void ReportCoordinatedSubjectsAfterSaying(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 3; c < g.Length; c++)
        {
            int say = g.Heads[c];
            if (say < 0 || say >= c || !Is(g.Labels[c], "conj") || !tags[c].IsVerb() || !IsFinite(g, tags, c)) continue;
            var norm = words[say].Norm;
            if (norm != Said && norm != Says && norm != Say) continue;
            int obj = ChildWith(g, say, "obj");
            if (obj <= say || obj >= c || !tags[obj].IsNoun() || SaidObjects.Value.Contains(words[obj].Norm)) continue;
            int subject = ChildWith(g, c, "nsubj");
            if (subject <= obj || subject >= c) continue;
            int cc = ChildWith(g, c, "cc");
            if (cc <= obj || cc >= subject || words[cc].Norm != And && words[cc].Norm != Or) continue;
            if (HasCommaBetween(tags, say, c) || AnyBetween(tags, say, subject, static t => t.IsVerb())) continue;
            g.Heads[c] = say;
            g.Labels[c] = Label("ccomp");
            g.Heads[obj] = c;
            g.Labels[obj] = Label("nsubj");
            g.Heads[subject] = obj;
            g.Labels[subject] = Label("conj");
            g.Heads[cc] = subject;
        }
    }

    /// <summary>
    /// "… had announced they were leaving ECOWAS": a finite clause with its own subject and no conjunction, right of
    /// its verb and not set off by a comma, is what the verb reports (ccomp), not an adverbial clause (advcl).
    /// </summary>
    public void ReportFiniteClausesWithoutMark(SentenceGrammar g, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 0; c < g.Length; c++)
        {
            int v = g.Heads[c];
            if (v < 0 || v > c || !Is(g.Labels[c], "advcl") || !tags[v].IsVerb()) continue;
            if (ChildWith(g, c, "mark") >= 0 || ChildWith(g, c, "nsubj") is var subject && subject < 0 || subject > c) continue;
            if (!IsFinite(g, tags, c) || HasCommaBetween(tags, v, subject)) continue;
            g.Labels[c] = Label("ccomp");
        }
    }

    /// <summary>
    /// "Niger kept its side closed, accusing Abuja …": after keep, leave, hold, declare … (data/lexicon/small-clause-verbs.txt)
    /// a noun phrase and a participle without auxiliary are the verb's object and its predicate (obj + xcomp), not a
    /// reported clause; a participle set off by a comma after them tells what the subject of the verb did.
    /// </summary>
    public void CompleteSmallClauses(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        var verbs = SmallClauseVerbs.Value;
        for (int c = 0; c < g.Length; c++)
        {
            int v = g.Heads[c];
            if (v < 0 || v > c || !Is(g.Labels[c], "ccomp") || !verbs.Contains(words[v].Norm)) continue;
            if (tags[c] is not (PosTag.VBN or PosTag.VBD or PosTag.JJ)) continue;
            int subject = ChildWith(g, c, "nsubj");
            if (subject < 0 || ChildWith(g, c, "aux") >= 0 || ChildWith(g, c, "mark") >= 0 || ChildWith(g, c, "obj") >= 0) continue;
            g.Heads[subject] = v;
            g.Labels[subject] = Label("obj");
            g.Labels[c] = Label("xcomp");
            for (int k = c + 1; k < g.Length; k++)
                if (g.Heads[k] == c && Is(g.Labels[k], "advcl") && tags[k] == PosTag.VBG && tags[k - 1] == PosTag.Comma)
                    g.Heads[k] = v;
        }
    }

    /// <summary>
    /// "issued a joint statement with Denmark expressing solidarity": "with" right after the verb's object goes with
    /// the object ("a statement with Denmark"), and the participle after it with the verb; read otherwise ("with
    /// Denmark expressing …" as one clause) the participle gets the wrong subject.
    /// </summary>
    public void AttachWithPhrasesToTheObject(SentenceGrammar g, ReadOnlySpan<WordAtoms> words, ReadOnlySpan<PosTag> tags)
    {
        for (int c = 0; c < g.Length; c++)
        {
            int head = g.Heads[c];
            if (head < 0 || head > c || tags[c] != PosTag.VBG) continue;
            int mark = ChildWith(g, c, "mark"), subject = ChildWith(g, c, "nsubj");
            if (mark < 0 || subject < 0 || words[mark].Norm != With || mark > subject || subject > c) continue;
            // the clause hangs on the verb (advcl) or on its object (acl)
            int obj = Is(g.Labels[c], "advcl") ? ChildWith(g, head, "obj")
                : Is(g.Labels[c], "acl") && Is(g.Labels[head], "obj") ? head : -1;
            if (obj < 0 || obj > mark || HasCommaBetween(tags, obj, mark)) continue;
            g.Heads[mark] = subject;
            g.Labels[mark] = Label("case");
            g.Heads[subject] = obj;
            g.Labels[subject] = Label("nmod");
        }
    }

    /// <summary>
    /// Makes <paramref name="verb"/> the sentence's root and hangs the old root on it with <paramref name="relation"/>;
    /// the old root's punctuation after <paramref name="punctuationAfter"/> goes with the new root.
    /// </summary>
    private void MakeRoot(SentenceGrammar g, int verb, int oldRoot, string relation, int punctuationAfter)
    {
        for (int k = punctuationAfter + 1; k < g.Length; k++)
            if (g.Heads[k] == oldRoot && k != verb && Is(g.Labels[k], "punct")) g.Heads[k] = verb;
        g.Heads[verb] = -1;
        g.Labels[verb] = Label("root");
        g.Heads[oldRoot] = verb;
        g.Labels[oldRoot] = Label(relation);
    }

    private int ChildWith(SentenceGrammar g, int head, string label)
    {
        for (int k = 0; k < g.Length; k++)
            if (g.Heads[k] == head && Is(g.Labels[k], label)) return k;
        return -1;
    }

    private static bool HasRelativeWord(ReadOnlySpan<PosTag> tags, int from, int to) =>
        AnyBetween(tags, from, to, static t => t is PosTag.WDT or PosTag.WP or PosTag.WPS or PosTag.WRB);

    private static bool HasCommaBetween(ReadOnlySpan<PosTag> tags, int from, int to) =>
        AnyBetween(tags, from, to, static t => t is PosTag.Comma or PosTag.Colon or PosTag.Dash);

    /// <summary>Whether a tag strictly between two tokens passes the test.</summary>
    private static bool AnyBetween(ReadOnlySpan<PosTag> tags, int from, int to, Func<PosTag, bool> test)
    {
        for (int k = from + 1; k < to; k++)
            if (test(tags[k])) return true;
        return false;
    }

}
