using Demarche.Core.Text;
namespace Demarche.Quantities;

/// <summary>
/// Reads the noun phrase after a number without part-of-speech tags: up to four words that are not function
/// words or verbs, ending before an -ed/-ing word that follows a noun ("400 trucks crossed"); the head is the
/// last word a lexicon knows as a counted noun, else the first plural-looking word, else the last word.
/// </summary>
public sealed class SubjectReader
{
    private const int MaxWords = 4;
    private static readonly WordSet PartitivePronouns = ClosedClasses.PartitivePronouns;
    private static readonly WordSet Determiners = ClosedClasses.PossessiveDeterminers;

    private readonly QuantityLexicon _lex;

    public SubjectReader(QuantityLexicon lexicon) => _lex = lexicon;

    public CountedSubject Read(TokenWords w, NumberExpression number, int limit)
    {
        int pos = number.Next;
        if (w[pos] == "of" && pos + 1 < limit)
        {
            if (number.Vague)
            {
                int p = pos + 1;
                if (Determiners.Contains(w[p])) p++;
                return Phrase(w, p, limit, partitive: false);
            }
            if (PartitivePronouns.Contains(w[pos + 1]))
                return new CountedSubject { End = pos + 2, Partitive = true, PronounPartitive = true };
            if (Determiners.Contains(w[pos + 1]))
                return Phrase(w, pos + 2, limit, partitive: true);
            return new CountedSubject { End = pos };
        }
        return Phrase(w, pos, limit, partitive: false);
    }

    private CountedSubject Phrase(TokenWords w, int pos, int limit, bool partitive)
    {
        // the words of the phrase, each as [start, end) tokens (a hyphenated compound is one word)
        Span<(int Start, int End)> buffer = stackalloc (int, int)[MaxWords]; // (no list a number)
        int count = 0;
        int i = pos;
        while (i < limit && count < MaxWords)
        {
            if (!w.IsWord(i)) break;
            string s = w[i];
            // "1,500 more troops", "200 additional officers": not the head
            if (count == 0 && s is "more" or "additional" or "extra" or "further" && w.IsWord(i + 1) && !_lex.StopWords.Contains(w[i + 1]))
            {
                i++;
                continue;
            }
            if (_lex.StopWords.Contains(s) || _lex.Units.ContainsKey(s) || IsMultiplierWord(s)) break;
            if (count > 0 && w.IsCapitalised(i) && !w.IsCapitalised(buffer[count - 1].Start)) break;
            bool verbLike = s.Length > 4 && (s.EndsWith("ed", StringComparison.Ordinal) || s.EndsWith("ing", StringComparison.Ordinal));
            if (verbLike && !IsKnownNoun(w, i, limit))
            {
                if (count > 0) break;
                // "wounded soldiers", "armed men": an adjective only when a noun follows
                int next = i + 1;
                if (!w.IsWord(next) || _lex.StopWords.Contains(w[next]) || w[next].EndsWith("ed", StringComparison.Ordinal)) break;
            }
            int end = i + 1;
            while (w.IsHyphen(end) && w.Touch(end - 1, end) && w.Touch(end, end + 1) && w.IsWord(end + 1) && end + 1 < limit) end += 2;
            buffer[count++] = (i, end);
            i = end;
        }
        if (count == 0) return new CountedSubject { End = pos, Partitive = partitive };
        ReadOnlySpan<(int Start, int End)> words = buffer[..count];

        // the head: the last known counted noun (a phrase of up to three words), else the first plural, else the last word
        (int Start, int End) head = (-1, -1);
        foreach (var (s, _) in words)
        {
            int len = KnownNounLength(w, s, words[^1].End);
            if (len > 0 && (head.Start < 0 || s + len > head.End)) head = (s, s + len);
        }
        if (head.Start < 0)
            foreach (var (s, e) in words)
                if (LooksPlural(w[e - 1])) { head = (s, e); break; }
        if (head.Start < 0) head = words[^1];
        // the phrase ends after its head ("mechanised divisions close to the border")
        int phraseEnd = Math.Max(head.End, FirstEndingAtOrAfter(words, head.End).End);
        return new CountedSubject
        {
            HeadStart = head.Start, HeadEnd = head.End, End = phraseEnd, Partitive = partitive,
            Head = w.Join(head.Start, head.End),
        };
    }

    /// <summary>The first word that ends at or after <paramref name="end"/> (a loop: no closure a phrase).</summary>
    private static (int Start, int End) FirstEndingAtOrAfter(ReadOnlySpan<(int Start, int End)> words, int end)
    {
        foreach (var word in words)
            if (word.End >= end) return word;
        throw new InvalidOperationException("no word of the phrase ends at or after its head");
    }

    private bool IsKnownNoun(TokenWords w, int i, int limit) => KnownNounLength(w, i, limit) > 0;

    /// <summary>The length of the longest counted noun (people, things, category subjects, durations) at token i.</summary>
    private int KnownNounLength(TokenWords w, int i, int limit)
    {
        int len = Math.Max(_lex.CountedThingPhrases.MatchAt(w, i, limit), _lex.People.MatchAt(w, i, limit));
        foreach (var cat in _lex.CategorySpan) len = Math.Max(len, cat.Subjects.MatchAt(w, i, limit));
        return Math.Max(len, _lex.NotCounted.MatchAt(w, i, limit));
    }

    private static bool IsMultiplierWord(string s) => s is "hundred" or "thousand" or "million" or "billion" or "trillion" or "dozen";

    private static bool LooksPlural(string s) => s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>Whether the head names people: a word of the people list, or a capitalised plural ("Palestinians").</summary>
    public bool IsPeople(TokenWords w, CountedSubject subject) =>
        subject.HasHead && (_lex.People.MatchAt(w, subject.HeadStart, subject.HeadEnd) > 0
            || _lex.PersonNouns.Contains(w[subject.HeadEnd - 1])
            || w.IsCapitalised(subject.HeadStart) && LooksPlural(w[subject.HeadEnd - 1]));

    /// <summary>
    /// Whether the head is surely not people ("meetings", "buildings", "tanks"): a lower-case noun that no people
    /// list knows, so that "three meetings were held" is not a count of detainees.
    /// </summary>
    public bool IsSurelyNotPeople(TokenWords w, CountedSubject subject)
    {
        if (!subject.HasHead || w.IsCapitalised(subject.HeadStart) || IsPeople(w, subject)) return false;
        if (_lex.CountedThings.TryGetValue(subject.Head!, out var thing)) return thing.Kind != "personnel";
        foreach (var cat in _lex.CategorySpan)
            if (cat.Subjects.MatchAt(w, subject.HeadStart, subject.HeadEnd) > 0 || cat.After.MatchAt(w, subject.HeadStart, subject.HeadEnd) > 0)
                return false;
        return true;
    }
}
