using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Parsing;

/// <summary>One sentence's grammar: per word its tag class, Penn tag, lemma, head (-1 for the root) and label.</summary>
public sealed class SentenceGrammar(int length)
{
    public int Length { get; } = length;
    public int[] Classes { get; } = new int[length];
    public int[] Heads { get; } = new int[length];
    public int[] Labels { get; } = new int[length];
}

/// <summary>
/// Tags and parses sentences with a <see cref="GrammarModel"/>. Keeps its buffers between sentences, so one
/// instance serves one thread; make one per thread (the model itself is shared).
/// </summary>
public sealed class SentenceAnalyzer(GrammarModel model, WordLexicons lexicon)
{
    private readonly ParseState _state = new();
    private readonly ParserInput _input = new();
    private WordAtoms[] _atoms = new WordAtoms[64];
    private readonly WordAtomsMemo _atomsOf = new(lexicon);
    private readonly TreeRepairs _repairs = new(model.Parser.LabelNames, model.Tagger.Tags);

    public GrammarModel Model { get; } = model;

    /// <summary>Fills <paramref name="result"/> for the words of one sentence, given as spans of a text.</summary>
    public void Analyze(string text, ReadOnlySpan<(int Start, int End)> words, SentenceGrammar result)
    {
        int n = words.Length;
        if (_atoms.Length < n) _atoms = new WordAtoms[Math.Max(n, _atoms.Length * 2)];
        for (int i = 0; i < n; i++) _atoms[i] = _atomsOf.Of(text.AsSpan(words[i].Start, words[i].End - words[i].Start));
        if (_spans.Length < n) _spans = new (int, int)[Math.Max(n, _spans.Length * 2)];
        words.CopyTo(_spans);
        _text = text;
        _forms = null;
        Run(n, result);
    }

    public void Analyze(IReadOnlyList<string> forms, SentenceGrammar result)
    {
        int n = forms.Count;
        if (_atoms.Length < n) _atoms = new WordAtoms[Math.Max(n, _atoms.Length * 2)];
        for (int i = 0; i < n; i++) _atoms[i] = _atomsOf.Of(forms[i]);
        _forms = forms;
        _text = null;
        Run(n, result);
    }

    // the words of the sentence being analysed, for the few checks that need a word's letters (kept between sentences)
    private string? _text;
    private (int Start, int End)[] _spans = new (int, int)[64];
    private IReadOnlyList<string>? _forms;

    private string FormAt(int i) => _forms is not null ? _forms[i] : _text![_spans[i].Start.._spans[i].End];

    /// <summary>The letters of word i without a copy (the checks that run on every sentence).</summary>
    private ReadOnlySpan<char> SpanAt(int i) => _forms is not null ? _forms[i] : _text.AsSpan(_spans[i].Start, _spans[i].End - _spans[i].Start);

    private void Run(int n, SentenceGrammar result)
    {
        if (n == 0) return;
        _datelineDash = DatelineDash(n);
        if (_datelineDash > 0) TagAndParseAroundDateline(n, result);
        else TagAndParse(_atoms.AsSpan(0, n), result);
        var tags = PennTags(result, ref _tags);
        bool retagged = false;
        if (PastTenseReadAsAdjective(tags) is int past and >= 0 && _pastTense >= 0)
        {
            // "Israeli bulldozers demolished Palestinian homes": a clause without a verb whose -ed word after the
            // subject is read as an adjective; read as the past tense it is
            result.Classes[past] = _pastTense;
            retagged = true;
        }
        if (_presentTense >= 0)
            for (int i = 1; i + 1 < n; i++)
                if (IsVerbOnlyReadAsNoun(tags, i) || IsVerbOfAVerblessClauseBeforeItsObject(tags, i))
                {
                    // "The Palestinians reject proposed Israeli changes": a word the lexicon knows only as a verb, read
                    // as a noun after a plural subject, is that subject's verb; so is a verb's form between plural
                    // people and a determiner in a sentence with no verb ("Iran and Russia support the Syrian government")
                    result.Classes[i] = _presentTense;
                    retagged = true;
                }
        if (_thirdPersonPresent >= 0)
            for (int i = 2; i + 1 < n; i++)
                if (IsRelativeClausesVerbReadAsNoun(tags, i))
                {
                    result.Classes[i] = _thirdPersonPresent;
                    retagged = true;
                }
        if (_text is not null && _properNoun >= 0)
            for (int i = 0; i < n; i++)
                if (IsNameWordReadAsSymbol(tags, i))
                {
                    // "Chinese President Xi Jinping hosted …": in news text (not treebank input given as tokens) a
                    // capitalised word of letters next to a proper noun is part of the name, not a symbol or a number
                    result.Classes[i] = _properNoun;
                    retagged = true;
                }
        if (_text is not null && _noun >= 0)
            for (int i = 0; i < n; i++)
                if (tags[i].IsPunctuation() && IsWordOfLetters(SpanAt(i)))
                {
                    // "declared the ambassador persona non grata": in news text a word of letters is no punctuation (the
                    // tagger can read a foreign word so, and then clauses end at it); a noun
                    result.Classes[i] = _noun;
                    retagged = true;
                }
        if (_text is not null && _adjective >= 0 && _pastTense >= 0 && GerundBeforeSubject(tags) is int verb and > 0 && char.IsUpper(SpanAt(0)[0]))
        {
            // "Striking Belgian workers criticised France": the opening -ing word describes the subject (the tagger and the
            // parser read it as a clause with the subject as its object); a participle after it is the past tense
            result.Classes[0] = _adjective;
            if (tags[verb] == PosTag.VBN) result.Classes[verb] = _pastTense;
            retagged = true;
        }
        if (_text is not null && _adjective >= 0)
            for (int i = 1; i + 1 < n; i++)
                if (DescribingParticipleBeforeNoun(tags, i))
                {
                    // "Nigeria's president appealed to striking oil workers to return to work": the -ing word describes
                    // the workers (read as a verb, its "strike" was the president's act)
                    result.Classes[i] = _adjective;
                    retagged = true;
                }
        if (retagged)
        {
            if (_datelineDash > 0) TagAndParseAroundDateline(n, result, keepTags: true);
            else Parse(_atoms.AsSpan(0, n), result);
            tags = PennTags(result, ref _tags);
        }
        if (_datelineDash < 0 && Interjections.Find(tags) is { } interjection && ParseAround(interjection.Open, interjection.Close, result)) tags = PennTags(result, ref _tags);
        _repairs.Apply(result, _atoms.AsSpan(0, n), tags);
    }

    private readonly int _pastTense = model.Tagger.Tags.IndexOf("VERB", "VBD");
    private readonly int _presentTense = model.Tagger.Tags.IndexOf("VERB", "VBP");
    private readonly int _thirdPersonPresent = model.Tagger.Tags.IndexOf("VERB", "VBZ");
    private readonly int _properNoun = model.Tagger.Tags.IndexOf("PROPN", "NNP");
    private readonly int _noun = model.Tagger.Tags.IndexOf("NOUN", "NN");
    private readonly int _adjective = model.Tagger.Tags.IndexOf("ADJ", "JJ");

    /// <summary>-ing forms that describe the people named after them: data/lexicon/describing-participles.txt.</summary>
    private static readonly Lazy<HashSet<ulong>> DescribingParticiples = new(() => TreeRepairs.HashedWords("describing-participles.txt"));

    /// <summary>
    /// An -ing form of describing-participles.txt after a preposition, determiner or possessive and before words of a
    /// noun phrase that ends in a plural noun ("to striking oil workers", "the warring parties").
    /// </summary>
    private bool DescribingParticipleBeforeNoun(ReadOnlySpan<PosTag> tags, int i)
    {
        if (tags[i] != PosTag.VBG || tags[i - 1] is not (PosTag.IN or PosTag.TO or PosTag.DT or PosTag.PRPS or PosTag.POS)) return false;
        if (!DescribingParticiples.Value.Contains(_atoms[i].Norm)) return false;
        int k = i + 1;
        while (k < tags.Length && tags[k] is PosTag.JJ or PosTag.NN or PosTag.NNP) k++;
        return k < tags.Length && tags[k] is PosTag.NNS or PosTag.NNPS;
    }

    /// <summary>
    /// "Striking Belgian workers criticised France", "Fleeing civilians crowded the roads": a capitalised -ing word that
    /// opens the sentence, then words of a noun phrase ending in a plural noun, then at once a verb of a clause (past,
    /// present plural or modal; no comma before it, unlike "Meeting leaders in Paris, Macron said"); the -ing word
    /// describes the noun phrase, which is that verb's subject. The verb's index, or -1.
    /// </summary>
    private static int GerundBeforeSubject(ReadOnlySpan<PosTag> tags)
    {
        if (tags.Length < 4 || tags[0] != PosTag.VBG) return -1;
        int k = 1;
        while (k < tags.Length && tags[k] is PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.CD) k++;
        if (k == 1 || k >= tags.Length || tags[k - 1] is not (PosTag.NNS or PosTag.NNPS)) return -1;
        return tags[k] is PosTag.VBD or PosTag.VBN or PosTag.VBP or PosTag.MD ? k : -1;
    }
    /// <summary>Whether a word is two or more letters (no digit, no punctuation mark).</summary>
    private static bool IsWordOfLetters(ReadOnlySpan<char> w)
    {
        if (w.Length < 2) return false;
        foreach (char c in w)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// A word tagged as a symbol or number that is capitalised, of letters only, not all capitals and no number word
    /// ("Xi", not "X", "NATO" or "Two"), right before or after a proper noun.
    /// </summary>
    private bool IsNameWordReadAsSymbol(ReadOnlySpan<PosTag> tags, int i)
    {
        // (the number words of data/lexicon/pos-closed.tsv keep theirs: "Three Malian soldiers")
        if (tags[i] is not (PosTag.SYM or PosTag.CD) || (_atoms[i].Lexical & LexicalSignature.ClosedClass) != 0) return false;
        bool nextToName = i > 0 && tags[i - 1] is PosTag.NNP or PosTag.NNPS || i + 1 < tags.Length && tags[i + 1] is PosTag.NNP or PosTag.NNPS;
        if (!nextToName) return false;
        var w = SpanAt(i);
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        for (int k = 1; k < w.Length; k++)
            if (!char.IsLower(w[k])) return false;
        return true;
    }

    /// <summary>A singular noun right after a plural noun or "they"/"we" whose lowercase form the lexicon knows as a verb and (nearly) never as a noun.</summary>
    private bool IsVerbOnlyReadAsNoun(ReadOnlySpan<PosTag> tags, int i)
    {
        if (tags[i] != PosTag.NN || tags[i - 1] is not (PosTag.NNS or PosTag.NNPS or PosTag.PRP)) return false;
        var w = FormAt(i);
        if (w.Length < 3 || !char.IsLower(w[0])) return false;
        if (tags[i - 1] == PosTag.PRP && FormAt(i - 1).ToLowerInvariant() is not ("they" or "we")) return false;
        return PosLexicon.Default.TryOpen(w, out var entry) && entry.VerbCount >= 5 && entry.VerbCount >= 10 * entry.NounCount;
    }

    /// <summary>
    /// ", which borders Burkina Faso", ", which controls the port": a plural noun right after "which" or "who" that follows
    /// a comma, right before a determiner, possessive, name or number, whose form the lexicon knows as a verb, is the
    /// relative clause's verb in the present tense (no noun phrase "which borders" runs on into a name).
    /// </summary>
    private bool IsRelativeClausesVerbReadAsNoun(ReadOnlySpan<PosTag> tags, int i)
    {
        if (i < 2 || tags[i] != PosTag.NNS || tags[i - 1] is not (PosTag.WDT or PosTag.WP) || tags[i - 2] != PosTag.Comma) return false;
        if (tags[i + 1] is not (PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.NNP or PosTag.NNPS)) return false;
        var w = FormAt(i);
        return w.Length >= 3 && char.IsLower(w[0]) && PosLexicon.Default.TryOpen(VerbLemmas.Lemma(w.ToLowerInvariant(), PosTag.VBZ), out var entry) && entry.VerbCount >= 5;
    }

    /// <summary>The lemmatiser of the grammar stage, for the rare retagging that asks what verb a word's form is of.</summary>
    private static readonly Lemmatizer VerbLemmas = new(PosLexicon.Default);

    /// <summary>
    /// A singular noun, adjective or adverb in a sentence with no verb, right after a plural noun or after two names
    /// joined by "and" ("Iran and Russia support the Syrian government"), right before a determiner, possessive or
    /// number, whose lowercase form the lexicon knows as a verb ("Germany and France back the bid"): no noun phrase runs
    /// on into "the", so it is the present-tense verb of those people.
    /// </summary>
    private bool IsVerbOfAVerblessClauseBeforeItsObject(ReadOnlySpan<PosTag> tags, int i)
    {
        if (tags[i] is not (PosTag.NN or PosTag.JJ or PosTag.RB) || tags[i + 1] is not (PosTag.DT or PosTag.PRPS or PosTag.CD)) return false;
        bool plural = tags[i - 1] is PosTag.NNS or PosTag.NNPS || i > 2 && tags[i - 1] == PosTag.NNP && tags[i - 2] == PosTag.CC && tags[i - 3] == PosTag.NNP;
        if (!plural) return false;
        foreach (var t in tags)
            if (t.IsVerb() || t == PosTag.MD) return false;
        var w = FormAt(i);
        return w.Length >= 3 && char.IsLower(w[0]) && PosLexicon.Default.TryOpen(w, out var entry) && entry.VerbCount >= 5;
    }

    /// <summary>
    /// The -ed word that must be the verb of a clause the tagger left without one: before any verb of the sentence but
    /// infinitives (a reporting tail such as ", officials said." may follow), right after a noun, before a noun phrase, a
    /// preposition or an adverb, tagged as an adjective or participle modifier, and a verb's past form in the lexicon;
    /// -1 when there is none.
    /// </summary>
    private int PastTenseReadAsAdjective(ReadOnlySpan<PosTag> tags)
    {
        // the clause ends where a short reporting tail begins (", officials said.")
        int end = tags.Length;
        for (int k = tags.Length - 1; k >= Math.Max(1, tags.Length - 12); k--)
            if (tags[k] == PosTag.Comma)
            {
                // (not the comma that closes a phrase between subject and verb: ", in an interview, criticised")
                if (!AfterPrepositionalPhraseBetweenCommas(tags, k + 1)) end = k;
                break;
            }
        // and where a subordinate or relative clause begins ("… detained opposition leader X as he led a march")
        for (int k = 2; k < end; k++)
            if (tags[k] is PosTag.WDT or PosTag.WP || tags[k] == PosTag.IN && IsClauseOpener(SpanAt(k))) { end = k; break; }
        int candidate = -1;
        for (int i = 0; i < end; i++)
        {
            if (tags[i] is PosTag.VBN && candidate < 0 && i > 0 && AfterItsSubject(tags, i)) { candidate = i; continue; }
            // (an infinitive is no clause's verb, nor a participle before a noun: "the prime minister called on ASEAN to
            // take a united stand")
            if (tags[i] == PosTag.VB && i > 0 && tags[i - 1] == PosTag.TO || tags[i] == PosTag.VBN && i + 1 < end && tags[i + 1].IsNoun()) continue;
            if (tags[i].IsVerb() || tags[i] == PosTag.MD) return -1;
        }
        for (int i = 1; i + 1 < end; i++)
        {
            if (tags[i] is not (PosTag.JJ or PosTag.VBN) || !AfterItsSubject(tags, i)) continue;
            // before a noun phrase ("demolished Palestinian homes") or, for a verb without object, a preposition or
            // an adverb ("Students demonstrated in Tehran", "Crowds gathered peacefully outside")
            if (tags[i + 1] is not (PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.CD or PosTag.IN or PosTag.TO or PosTag.RB) && !tags[i + 1].IsNoun()) continue;
            var w = FormAt(i);
            if (w.Length < 5 || !w.EndsWith("ed", StringComparison.Ordinal) || !char.IsLower(w[0])) continue;
            if (IsPastOfVerb(w.ToLowerInvariant())) return i;
        }
        return -1;
    }

    /// <summary>Right after the noun that may be a clause's subject: <see cref="AfterNoun"/> or <see cref="AfterPrepositionalPhraseBetweenCommas"/>.</summary>
    private static bool AfterItsSubject(ReadOnlySpan<PosTag> tags, int i) => AfterNoun(tags, i) || AfterPrepositionalPhraseBetweenCommas(tags, i);

    /// <summary>
    /// Right after a noun, or after a noun and a hyphen that joins a noun to it ("North Korea test-fired two missiles":
    /// the word "test-" belongs to the verb, and the subject is before it).
    /// </summary>
    private static bool AfterNoun(ReadOnlySpan<PosTag> tags, int i) =>
        i > 0 && tags[i - 1].IsNoun() && !(i > 1 && tags[i - 2] == PosTag.Dash)
        || i > 2 && tags[i - 1] == PosTag.Dash && tags[i - 2].IsNoun() && tags[i - 3].IsNoun();

    /// <summary>
    /// Right after a phrase between commas that opens with a preposition after a noun: "Hungary's prime minister, in an
    /// interview with a German newspaper, criticised Ukraine" (the subject is the noun before the phrase).
    /// </summary>
    private static bool AfterPrepositionalPhraseBetweenCommas(ReadOnlySpan<PosTag> tags, int i)
    {
        if (i < 5 || tags[i - 1] != PosTag.Comma || !tags[i - 2].IsNoun()) return false;
        for (int k = i - 3; k >= 1; k--)
            if (tags[k] == PosTag.Comma) return tags[k - 1].IsNoun() && tags[k + 1] == PosTag.IN;
        return false;
    }

    /// <summary>Conjunctions that open a subordinate clause, whose verb is not the main clause's.</summary>
    private static readonly string[] ClauseOpeners = ["as", "when", "while", "after", "before", "because", "since", "until", "unless", "although", "though", "if", "whereas"];

    private static bool IsClauseOpener(ReadOnlySpan<char> word)
    {
        foreach (var w in ClauseOpeners)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private bool IsPastOfVerb(string w)
    {
        var lex = PosLexicon.Default;
        if (lex.Irregular(w, WordClass.Verb) is not null) return false; // irregular forms ("known") are participles
        return lex.Has(w[..^2], WordClass.Verb) || lex.Has(w[..^1], WordClass.Verb)
            || w.Length > 5 && w[^3] == w[^4] && lex.Has(w[..^3], WordClass.Verb)
            || w.EndsWith("ied", StringComparison.Ordinal) && lex.Has(w[..^3] + "y", WordClass.Verb);
    }

    // the dash that ends a wire dateline opening the sentence being analysed ("TBILISI, Nov 29 (Reuters) -"); -1 when none
    private int _datelineDash = -1;

    /// <summary>
    /// The dash that ends a wire dateline at the start of the sentence: "TBILISI, Nov 29 (Meridian Wire) - Tens of
    /// thousands marched …", "KYIV, Ukraine, March 3 (Reuters) — …". The dateline opens with a word in capitals and
    /// holds only capitalised words, numbers, commas, periods and brackets, at most fourteen tokens; a capitalised word,
    /// a number or a quotation mark follows the dash. -1 when the sentence opens with none.
    /// </summary>
    private int DatelineDash(int n)
    {
        if (n < 5) return -1;
        var first = SpanAt(0);
        if (first.Length < 2 || !IsCapitals(first)) return -1;
        for (int d = 1; d < Math.Min(n - 3, 15); d++)
        {
            var w = SpanAt(d);
            if (w is "-" or "—" or "–" or "--")
            {
                char next = SpanAt(d + 1)[0];
                return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '\'' or '‘' ? d : -1;
            }
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "," or "." or "(" or ")")) return -1;
        }
        return -1;
    }

    private static bool IsCapitals(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return char.IsLetter(w[0]);
    }

    /// <summary>
    /// Tags (unless <paramref name="keepTags"/>) and parses the dateline and the sentence after its dash apart, then
    /// hangs the dateline (parataxis) and the dash (punct) on the sentence's root: the treebanks hardly hold datelines,
    /// and the parser otherwise makes the city the subject of the sentence's verb.
    /// </summary>
    private void TagAndParseAroundDateline(int n, SentenceGrammar result, bool keepTags = false)
    {
        int dash = _datelineDash, start = dash + 1;
        var all = _atoms.AsSpan(0, n);
        var dateline = new SentenceGrammar(dash);
        var main = new SentenceGrammar(n - start);
        if (keepTags)
        {
            result.Classes.AsSpan(0, dash).CopyTo(dateline.Classes);
            result.Classes.AsSpan(start, n - start).CopyTo(main.Classes);
            Parse(all[..dash], dateline);
            Parse(all[start..], main);
        }
        else
        {
            TagAndParse(all[..dash], dateline);
            TagAndParse(all[start..], main);
        }
        int root = -1;
        for (int p = 0; p < main.Length; p++)
        {
            result.Classes[start + p] = main.Classes[p];
            result.Heads[start + p] = main.Heads[p] < 0 ? -1 : start + main.Heads[p];
            result.Labels[start + p] = main.Labels[p];
            if (main.Heads[p] < 0 && root < 0) root = start + p;
        }
        for (int p = 0; p < dash; p++)
        {
            result.Classes[p] = dateline.Classes[p];
            result.Heads[p] = dateline.Heads[p] < 0 ? root : dateline.Heads[p];
            result.Labels[p] = dateline.Heads[p] < 0 ? _repairs.Label("parataxis") : dateline.Labels[p];
        }
        if (!keepTags) Model.Tagger.Tag(all.Slice(dash, 1), result.Classes.AsSpan(dash, 1));
        result.Heads[dash] = root;
        result.Labels[dash] = _repairs.Label("punct");
    }

    private void TagAndParse(ReadOnlySpan<WordAtoms> atoms, SentenceGrammar result)
    {
        Model.Tagger.Tag(atoms, result.Classes);
        Parse(atoms, result);
    }

    /// <summary>Parses with the tag classes already in <paramref name="result"/>.</summary>
    private void Parse(ReadOnlySpan<WordAtoms> atoms, SentenceGrammar result)
    {
        int n = atoms.Length;
        if (Model.Neural is { } neural && n <= Neural.NeuralParser.MaxWords)
        {
            var vocabulary = neural.Network.Vocabulary;
            int buckets = neural.Network.Shape.SuffixBuckets;
            _neuralInput.Reset(n);
            for (int i = 0; i < n; i++) _neuralInput.Set(i, atoms[i], result.Classes[i], vocabulary, buckets);
            neural.Parse(_neuralInput, result.Heads, result.Labels);
            return;
        }
        _input.Reset(n);
        for (int i = 0; i < n; i++) _input.Set(i, atoms[i], result.Classes[i]);
        Model.Parser.Parse(_input, _state, result.Heads, result.Labels);
    }

    private readonly Neural.NeuralInput _neuralInput = new();

    // the Penn tags of the sentence and of an interjection parsed apart, in buffers kept for the next sentence
    private PosTag[] _tags = new PosTag[64], _innerTags = new PosTag[16];

    /// <summary>The Penn tags of a sentence's classes, in <paramref name="buffer"/> (grown when short).</summary>
    private Span<PosTag> PennTags(SentenceGrammar g, ref PosTag[] buffer)
    {
        if (buffer.Length < g.Length) buffer = new PosTag[Math.Max(g.Length, buffer.Length * 2)];
        var tags = buffer.AsSpan(0, g.Length);
        for (int i = 0; i < tags.Length; i++) tags[i] = Model.Tagger.Tags.Penn(g.Classes[i]);
        return tags;
    }

    /// <summary>
    /// Parses the sentence without the interjection between <paramref name="open"/> and <paramref name="close"/>
    /// (two commas) and the interjection alone, then hangs the interjection on the head of the words before it
    /// (appos, acl:relcl or acl). Keeps the first parse when the words before it do not form one phrase.
    /// </summary>
    /// <returns>Whether the parse changed.</returns>
    private WordAtoms[] _aroundAtoms = [];

    private bool ParseAround(int open, int close, SentenceGrammar result)
    {
        int n = result.Length, cut = close - open + 1;
        var all = _atoms.AsSpan(0, n);
        // the words without the interjection, then the interjection's, in a buffer kept for the next sentence
        if (_aroundAtoms.Length < n) _aroundAtoms = new WordAtoms[Math.Max(n, _aroundAtoms.Length * 2)];
        var mainAtoms = _aroundAtoms.AsSpan(0, n - cut);
        all[..open].CopyTo(mainAtoms);
        all[(close + 1)..].CopyTo(mainAtoms[open..]);
        var innerAtoms = _aroundAtoms.AsSpan(n - cut, close - open - 1);
        all[(open + 1)..close].CopyTo(innerAtoms);
        var main = new SentenceGrammar(mainAtoms.Length);
        TagAndParse(mainAtoms, main);

        int subject = -1;
        for (int i = 0; i < open; i++)
            if (main.Heads[i] < 0 || main.Heads[i] >= open)
            {
                if (subject >= 0) return false;
                subject = i;
            }
        if (subject < 0) return false;
        // the interjection is tagged and parsed only when the words before it form one phrase (else the first parse stays)
        var inner = new SentenceGrammar(innerAtoms.Length);
        TagAndParse(innerAtoms, inner);

        int Original(int p) => p < open ? p : p + cut;
        for (int p = 0; p < main.Length; p++)
        {
            int o = Original(p);
            result.Classes[o] = main.Classes[p];
            result.Heads[o] = main.Heads[p] < 0 ? -1 : Original(main.Heads[p]);
            result.Labels[o] = main.Labels[p];
        }
        var innerTags = PennTags(inner, ref _innerTags);
        int innerRoot = -1;
        for (int q = 0; q < inner.Length; q++)
        {
            int o = open + 1 + q;
            result.Classes[o] = inner.Classes[q];
            if (inner.Heads[q] < 0) innerRoot = q;
            result.Heads[o] = inner.Heads[q] < 0 ? subject : open + 1 + inner.Heads[q];
            result.Labels[o] = inner.Labels[q];
        }
        if (innerRoot < 0) return true;
        var relation = innerTags[0] is PosTag.WDT or PosTag.WP or PosTag.WPS ? "acl:relcl"
            : innerTags[innerRoot] is PosTag.VBN or PosTag.VBG ? "acl" : "appos";
        result.Labels[open + 1 + innerRoot] = _repairs.Label(relation);
        foreach (int comma in (ReadOnlySpan<int>)[open, close])
        {
            result.Heads[comma] = open + 1 + innerRoot;
            result.Labels[comma] = _repairs.Label("punct");
        }
        return true;
    }
}
