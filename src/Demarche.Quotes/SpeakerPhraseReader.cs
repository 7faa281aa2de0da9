using Demarche.Core.Text;
using Demarche.Core.Model;

namespace Demarche.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: the subject before it ("Kosovo's police spokesperson,
/// Valon Berisha, told") or the phrase after it ("said a European diplomat, who ..."), and finds the actor it names
/// through the mention index: a person first, else the first actor not inside a place phrase ("in Addis Ababa").
/// </summary>
internal sealed class SpeakerPhraseReader
{
    private static readonly WordSet Determiners = ClosedClasses.Articles;

    private static readonly WordSet Prepositions = ClosedClasses.Prepositions;

    /// <summary>Prepositions before the organisation of an unnamed speaker: "an official of", "for", "from", "by", and "a
    /// senior official at the IOM", "an adviser with the UN refugee agency".</summary>
    private static readonly WordSet AffiliationPrepositions = new() { "of", "for", "from", "by", "at", "with" };

    /// <summary>Words that open a phrase before the subject: "In a statement, ...", "But on Tuesday, ...".</summary>
    private static HashSet<string> IntroWords => SpeakerWords.Default.IntroWords;

    /// <summary>Words that end the subject's naming words: verbs, auxiliaries, relative pronouns.</summary>
    private static HashSet<string> SubjectEnders => SpeakerWords.Default.SubjectEnders;

    private static readonly WordSet ObjectStarters = ClosedClasses.ObjectStarters;

    private readonly TokenText _tokens;
    private readonly QuoteCueLexicon _lexicon;
    private readonly IReadOnlyList<ActorMention> _mentions;
    private readonly IReadOnlyDictionary<string, Actor> _actors;

    public SpeakerPhraseReader(TokenText tokens, QuoteCueLexicon lexicon, MentionIndex? index, IEnumerable<Actor> actors)
        : this(tokens, lexicon, index, Actor.ById(actors))
    {
    }

    /// <summary>A reader over the document's actors by id (<see cref="Actor.ById"/>), which it only reads.</summary>
    public SpeakerPhraseReader(TokenText tokens, QuoteCueLexicon lexicon, MentionIndex? index, IReadOnlyDictionary<string, Actor> actorsById)
    {
        _tokens = tokens;
        _lexicon = lexicon;
        _mentions = index?.All ?? [];
        _actors = actorsById;
    }

    /// <summary>The subject before a cue, read from the clause start <paramref name="from"/> to the cue.</summary>
    public SpeakerPhrase? Before(int from, int cue)
    {
        int a = SkipPunctuation(from, cue), b = cue;
        while (b > a && (IsTrailingAdverb(b - 1) || !_tokens.IsWord(b - 1))) b--;
        // drop introductory comma chunks: "In a statement, the ministry", "But on Tuesday, the ambassador"
        while (a < b)
        {
            while (a < b && (_lexicon.ClauseOpeners.Contains(_tokens.Lower(a)) || !_tokens.IsWord(a))) a++;
            int comma = NextComma(a, b);
            if (a >= b || comma < 0 || comma - a > 8 || !IntroWords.Contains(_tokens.Lower(a))) break;
            a = SkipPunctuation(comma + 1, b);
        }
        a = AfterDateline(a, b);
        a = AfterSubordinator(a, cue);
        a = AfterLastCoordinatedClause(a, b);
        while (a < b && _lexicon.ClauseOpeners.Contains(_tokens.Lower(a))) a++;
        a = AfterTimePhrase(a, b);
        if (b <= a || b - a > 40 || Prepositions.Contains(_tokens.Lower(a))) return null;
        int end = SubjectEnd(a, b);
        return Describe(a, end, end);
    }

    /// <summary>The phrase after a cue ("said a European diplomat, who ..."), up to punctuation or a relative clause.</summary>
    public SpeakerPhrase? After(int from, int limit)
    {
        int a = from, b = a;
        while (b < limit && b - a < 14)
        {
            if (!_tokens.IsWord(b) && !IsInnerPunctuation(b)) break;
            var w = _tokens.Lower(b);
            if (b > a && w is "who" or "which" or "whose" or "that" or "as" && !IsAllCaps(b)) break; // not "a WHO official"
            b++;
        }
        while (b > a && !_tokens.IsWord(b - 1)) b--;
        if (b <= a) return null;
        // "said Orano's former partner, Moussa Ali.": the person named in apposition is the speaker
        if (b + 1 < limit && _tokens.IsPunct(b, ',') && PersonEndingAt(b + 1, limit) is var personEnd && personEnd > 0)
            return Describe(a, personEnd, b);
        return Describe(a, b, b);
    }

    /// <summary>The end token of a person's mention that starts at t and ends the phrase (at punctuation or the limit); -1 if none.</summary>
    private int PersonEndingAt(int t, int limit)
    {
        for (int i = FirstMentionAtOrAfter(_tokens.Tokens[t].Start); i < _mentions.Count && _mentions[i].FirstToken == t; i++)
        {
            int end = t + _mentions[i].TokenCount;
            if (_actors.TryGetValue(_mentions[i].ActorId, out var actor) && actor.Kind == ActorKind.Person
                && (end >= limit || !_tokens.IsWord(end)))
                return end;
        }
        return -1;
    }

    private static HashSet<string> TimeWords => SpeakerWords.Default.TimeWords;

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal)
    {
        "and", "but", "while", "whereas", "although", "though", "yet", "so", "as",
    };

    /// <summary>Skips a dateline: "GENEVA, Oct 8 (Wire) — The agency said".</summary>
    private int AfterDateline(int a, int b)
    {
        if (a >= b || !IsAllCaps(a)) return a;
        for (int t = a + 1; t < b && t < a + 12; t++)
            if (_tokens.IsPunct(t, '\u2014') || _tokens.IsPunct(t, '\u2013') || _tokens.IsPunct(t, '-') && t > a + 1)
                return SkipPunctuation(t + 1, b);
        return a;
    }

    private bool IsAllCaps(int t)
    {
        var span = _tokens.Text.AsSpan(_tokens.Tokens[t].Start, _tokens.Tokens[t].Length);
        if (span.Length < 2) return false;
        foreach (var c in span) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "when", "while", "because", "since", "if", "unless", "until", "although", "though", "whereas",
    };

    /// <summary>"China holds drills after Washington approves …": the subject follows the last subordinator with no comma after it.</summary>
    private int AfterSubordinator(int a, int b)
    {
        for (int t = b - 1; t > a; t--)
        {
            if (_tokens.IsPunct(t, ',')) return a;
            if (Subordinators.Contains(_tokens.Lower(t)) && !_tokens.IsCapitalised(t)) return t + 1;
        }
        return a;
    }

    /// <summary>"…, and the interior ministry said": the subject is in the last coordinated clause.</summary>
    private int AfterLastCoordinatedClause(int a, int b)
    {
        for (int t = b - 2; t > a; t--)
            if (_tokens.IsPunct(t, ',') && Coordinators.Contains(_tokens.Lower(t + 1)) && t + 2 < b)
                return t + 2;
        return a;
    }

    /// <summary>"On Tuesday the ministry said": skips a leading time phrase with no comma.</summary>
    private int AfterTimePhrase(int a, int b)
    {
        if (a >= b || _tokens.Lower(a) is not ("on" or "in" or "at" or "by" or "last" or "this" or "late" or "early" or "earlier")) return a;
        int t = _tokens.Lower(a) is "on" or "in" or "at" or "by" ? a + 1 : a;
        int start = t;
        while (t < b && (TimeWords.Contains(_tokens.Lower(t)) || _tokens.Tokens[t].Kind == Demarche.Core.Text.TokenKind.Number)) t++;
        return t > start ? SkipPunctuation(t, b) : a;
    }

    private bool IsInnerPunctuation(int t) => _tokens.Tokens[t].Length == 1 && _tokens.First(t) is '-' or '\'' or '\u2019' or '.' && !_tokens.IsTerminal(t);

    private bool IsTrailingAdverb(int t)
    {
        var w = _tokens.Lower(t);
        return SpeakerWords.Default.TrailingAdverbs.Contains(w)
            || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !_tokens.IsCapitalised(t) && !SpeakerWords.Default.NotAdverbs.Contains(w);
    }

    /// <summary>Where the naming words stop: a relative pronoun, an auxiliary, or a past-tense verb with an object.</summary>
    private int SubjectEnd(int a, int b)
    {
        for (int t = a + 1; t < b; t++)
        {
            var w = _tokens.Lower(t);
            if (IsSubjectEnder(t)) return t;
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !_tokens.IsCapitalised(t) && t + 1 < b
                && (ObjectStarters.Contains(_tokens.Lower(t + 1)) || _tokens.IsCapitalised(t + 1)))
                return t;
        }
        return b;
    }

    /// <summary>A verb, auxiliary or relative pronoun that ends the subject; an acronym is none ("A WHO spokesperson").</summary>
    private bool IsSubjectEnder(int t) => SubjectEnders.Contains(_tokens.Lower(t)) && !IsAllCaps(t);

    /// <summary>Whether the text lower-cased (invariant, as <c>ToLowerInvariant</c> does it, which keeps the length) is the phrase; no string made.</summary>
    private static bool LowersTo(string text, string phrase)
    {
        if (text.Length != phrase.Length) return false;
        for (int i = 0; i < text.Length; i++)
            if (char.ToLowerInvariant(text[i]) != phrase[i]) return false;
        return true;
    }

    private SpeakerPhrase? Describe(int a, int actorEnd, int textEnd)
    {
        int comma = NextComma(a, textEnd);
        int te = comma >= 0 ? comma : textEnd;
        while (te > a && !_tokens.IsWord(te - 1)) te--;
        if (te <= a) return null;
        var text = _tokens.Slice(a, te);
        var head = HeadOf(a, te);
        var actor = ChooseActor(a, actorEnd);
        // a pronoun stays a pronoun even when the actors stage resolved it, so that its speaker words come from its antecedent
        foreach (var p in _lexicon.PronounPhrases)
            if (LowersTo(text, p)) return new SpeakerPhrase(a, te, text, actor, SpeakerForm.Pronoun, head);
        if (actor is not null) return new SpeakerPhrase(a, te, text, actor, SpeakerForm.Named, head);
        if (_tokens.Lower(a) is "the" or "this" or "that" && te - a <= 5)
            return new SpeakerPhrase(a, te, text, null, SpeakerForm.Definite, head);
        return new SpeakerPhrase(a, te, text, null, SpeakerForm.Anonymous, head);
    }

    /// <summary>The head word: the last word before a preposition, a participle or a relative clause ("diplomats" in
    /// "two diplomats briefed on the visit", "diplomat" in "a Western diplomat in Tripoli").</summary>
    private string HeadOf(int a, int te)
    {
        int end = te;
        for (int t = a + 1; t < te; t++)
        {
            var w = _tokens.Lower(t);
            if (Prepositions.Contains(w) || IsSubjectEnder(t) || !_tokens.IsWord(t)
                || !_tokens.IsCapitalised(t) && w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)))
            {
                end = t;
                break;
            }
        }
        while (end > a + 1 && !_tokens.IsWord(end - 1)) end--;
        return _tokens.Lower(end - 1);
    }

    private string? ChooseActor(int a, int b)
    {
        ActorMention? first = null, person = null, affiliated = null;
        for (int i = FirstMentionAtOrAfter(_tokens.Tokens[a].Start); i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.FirstToken < a) continue;
            if (m.FirstToken >= b) break;
            var prep = PrepositionBefore(m.FirstToken, a);
            bool isPerson = _actors.TryGetValue(m.ActorId, out var actor) && actor.Kind == ActorKind.Person;
            if (prep is null)
            {
                first ??= m;
                if (isPerson) person ??= m;
            }
            else if (AffiliationPrepositions.Contains(prep)) affiliated ??= m;
        }
        return (person ?? first ?? affiliated)?.ActorId;
    }

    /// <summary>The first mention (they are ordered by start) that starts at or after the offset.</summary>
    private int FirstMentionAtOrAfter(int offset)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_mentions[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private string? PrepositionBefore(int t, int floor)
    {
        int k = t - 1;
        while (k >= floor && Determiners.Contains(_tokens.Lower(k))) k--;
        if (k < floor) return null;
        var w = _tokens.Lower(k);
        return Prepositions.Contains(w) ? w : null;
    }

    private int SkipPunctuation(int t, int limit)
    {
        while (t < limit && !_tokens.IsWord(t)) t++;
        return t;
    }

    private int NextComma(int a, int b)
    {
        for (int t = a; t < b; t++)
            if (_tokens.IsPunct(t, ',') || _tokens.IsPunct(t, '\u2014') || _tokens.IsPunct(t, '\u2013')) return t;
        return -1;
    }
}
