using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>The cue and speaker phrase found right around one quoted passage.</summary>
internal sealed record LocalAttribution(Cue Cue, SpeakerPhrase? Phrase);

/// <summary>
/// Looks around one quoted passage for its cue and speaker: after it ("…,” said X", "…,” X said", "…,” the cable
/// read"), then before it in the same sentence ("X said: “…”", "X said it was “…”", "according to X, “…”").
/// </summary>
internal sealed class DirectQuoteReader(TokenText tokens, CueFinder cues, SpeakerPhraseReader phrases, IReadOnlyList<TextSpan> paragraphs)
{
    /// <summary>The words of a quote, counted to tell a scare quote ("anti-Israel actions") from speech.</summary>
    public int WordCount(QuoteSpan q)
    {
        var (f, e) = tokens.Within(q.Start, q.End);
        int n = 0;
        for (int t = f; t < e; t++) if (tokens.IsWord(t)) n++;
        return n;
    }

    /// <summary>
    /// Whether a quote is long enough to be someone's words for a thing: three words, or a noun phrase with its article
    /// ("“a smokescreen”"); one or two bare words ("“surgical”", "“fake news”") are scare quotes.
    /// </summary>
    public bool IsLabel(QuoteSpan q)
    {
        int n = WordCount(q);
        if (n >= 3) return true;
        var (f, _) = tokens.Within(q.Start, q.End);
        while (f < tokens.Count && !tokens.IsWord(f)) f++;
        return n == 2 && tokens.Lower(f) is "a" or "an";
    }

    /// <summary>The tokens after the closing mark up to the end of the sentence, the next quote or the paragraph.</summary>
    public (int First, int End) AfterRegion(QuoteSpan q, QuoteSpan? next)
    {
        if (q.RunsOn) return (0, 0);
        int limitOffset = next is not null && next.Paragraph == q.Paragraph ? next.OpenMark : paragraphs[q.Paragraph].End;
        var (f, e) = tokens.Within(q.AfterClose, limitOffset);
        for (int t = f; t < e; t++)
            if (tokens.IsTerminal(t)) return (f, t);
        return (f, e);
    }

    /// <summary>The tokens before the opening mark back to the sentence's start, the previous quote or the paragraph's start.</summary>
    public (int First, int End) BeforeRegion(QuoteSpan q, QuoteSpan? previous)
    {
        int floorOffset = previous is not null && previous.Paragraph == q.Paragraph ? previous.AfterClose : paragraphs[q.Paragraph].Start;
        int floor = tokens.AtOrAfter(floorOffset), open = tokens.AtOrAfter(q.OpenMark);
        int t = open - 1;
        while (t >= floor && !tokens.IsTerminal(t)) t--;
        return (t + 1, open);
    }

    /// <summary>The cue next to the quote, or null. With <paramref name="adjacentOnly"/> the cue must touch the marks.</summary>
    public LocalAttribution? Find(QuoteSpan q, QuoteSpan? previous, QuoteSpan? next, bool adjacentOnly)
    {
        // a quote that ends its sentence ("X said: “….” Y replied: “…”") looks before itself first
        if (EndsSentence(q) && FindBefore(q, previous, adjacentOnly) is { } first) return first;
        var (aFirst, aEnd) = AfterRegion(q, next);
        int s = aFirst;
        while (s < aEnd && (tokens.IsPunct(s, ',') || tokens.IsPunct(s, '\u2014') || tokens.IsPunct(s, '\u2013') || tokens.IsQuoteMark(s))) s++;
        // a short quote that runs on into its sentence ("the “peace” the envoy promised") is a scare quote, not words
        // with their speaker after them: those are set off ("“Illegal,” the minister said", "“Illegal”, he said")
        bool setOff = !adjacentOnly || EndsWithPunctuation(q) || s > aFirst;
        if (s < aEnd && setOff)
        {
            // "…,” said X" / "…,” according to X" / "…,” read the cable"
            if (cues.At(s, aEnd) is { } inverted)
                return new LocalAttribution(inverted, phrases.After(inverted.End, aEnd));
            // "…,” X said" / "…,” the cable read"
            int window = Math.Min(aEnd, s + (adjacentOnly ? 7 : 14));
            if (cues.First(s + 1, window) is { } cue && (!EndsSentence(q) || aEnd - cue.End <= 4)
                && !(cue.End < aEnd && tokens.IsPunct(cue.End, ':')))
            {
                var phrase = cue.SpeakerFollows ? phrases.After(cue.End, aEnd) : phrases.Before(s, cue.Token);
                if (phrase is not null) return new LocalAttribution(cue, phrase);
            }
        }
        return EndsSentence(q) ? null : FindBefore(q, previous, adjacentOnly);
    }

    private LocalAttribution? FindBefore(QuoteSpan q, QuoteSpan? previous, bool adjacentOnly)
    {
        var (bFirst, bEnd) = BeforeRegion(q, previous);
        // "He added:¶“…”": a quote that opens its paragraph after one that ends in a colon is introduced by it
        if (bFirst == bEnd && IntroducedByColonBefore(q, previous) is var (cFirst, cEnd) && cEnd > cFirst) (bFirst, bEnd) = (cFirst, cEnd);
        for (int limit = bEnd; limit > bFirst && cues.Last(bFirst, limit) is { } before; limit = before.Token)
        {
            if (adjacentOnly && !TouchesMark(before.End, bEnd)) return null;
            var phrase = before.SpeakerFollows ? phrases.After(before.End, NextComma(before.End, bEnd)) : phrases.Before(bFirst, before.Token);
            if (phrase is not null) return new LocalAttribution(before, phrase);
        }
        return null;
    }

    /// <summary>The last sentence of the paragraph before the quote's, with its closing colon, when that paragraph ends
    /// in a colon and holds no quote after it; else (0, 0).</summary>
    private (int First, int End) IntroducedByColonBefore(QuoteSpan q, QuoteSpan? previous)
    {
        if (q.Paragraph == 0) return (0, 0);
        var before = paragraphs[q.Paragraph - 1];
        var (f, e) = tokens.Within(before.Start, before.End);
        if (e <= f || !tokens.IsPunct(e - 1, ':') || previous is not null && previous.AfterClose > before.Start) return (0, 0);
        int t = e - 2;
        while (t >= f && !tokens.IsTerminal(t)) t--;
        return (t + 1, e);
    }

    /// <summary>Whether the quoted words end with punctuation inside the marks ("“Illegal,”").</summary>
    private bool EndsWithPunctuation(QuoteSpan q)
    {
        // the quote's text leaves out its closing punctuation: look up to the mark
        for (int e = q.AfterClose - 1; e >= q.Start; e--)
        {
            char c = tokens.Text[e];
            if (QuoteMarks.IsMark(c) || char.IsWhiteSpace(c)) continue;
            return c is '.' or '!' or '?' or '\u2026' or ',' or ';' or ':' or '\u2014' or '\u2013';
        }
        return false;
    }

    /// <summary>Whether the quoted words end with a full stop: what follows the mark may be a new sentence.</summary>
    private bool EndsSentence(QuoteSpan q)
    {
        int e = q.End - 1;
        while (e > q.Start && QuoteMarks.IsMark(tokens.Text[e])) e--;
        return tokens.Text[e] is '.' or '!' or '?' or '\u2026';
    }

    /// <summary>
    /// A quote of a few capitalised words with no cue is a title ("the film “A Winter in Kyiv”"), not speech.
    /// </summary>
    public bool LooksLikeTitle(QuoteSpan q)
    {
        var (f, e) = tokens.Within(q.Start, q.End);
        int words = 0;
        for (int t = f; t < e; t++)
        {
            if (!tokens.IsWord(t)) continue;
            words++;
            if (!tokens.IsCapitalised(t) && tokens.Tokens[t].Length > 3) return false;
        }
        return words is > 0 and <= 8;
    }

    /// <summary>The sentence's subject before a quote that has no cue ("the ministry rejected the plan as “…”").</summary>
    public SpeakerPhrase? SubjectBefore(QuoteSpan q, QuoteSpan? previous)
    {
        var (bFirst, bEnd) = BeforeRegion(q, previous);
        return bEnd - bFirst >= 2 ? phrases.Before(bFirst, bEnd) : null;
    }

    /// <summary>
    /// A short quote that gives someone's words for a thing: "called the plan “a dead end”", "called the rebels' offer
    /// of a truce “a smokescreen”", "described the talks as “constructive”": an active characterising verb at most eleven
    /// words before the mark, in its sentence, whose object comes next ("called for “restraint”" is no label).
    /// </summary>
    public bool AfterCharacterisingVerb(QuoteSpan q, QuoteCueLexicon lexicon)
    {
        int open = tokens.AtOrAfter(q.OpenMark);
        for (int t = open - 1; t >= 0 && t >= open - 12; t--)
        {
            if (tokens.IsTerminal(t) || tokens.IsQuoteMark(t) && t != open && !Possessive(t) || tokens.IsPunct(t, ';') || tokens.IsPunct(t, ':')) return false;
            if (!lexicon.Characterising.Contains(tokens.Lower(t)) || tokens.IsCapitalised(t)) continue;
            // "so-called", "was described as": a label, not someone's words
            if (t > 0 && (tokens.IsPunct(t - 1, '-') || tokens.Lower(t - 1) is "was" or "were" or "is" or "are" or "be" or "been" or "being")) return false;
            // "called for “restraint”", "called on Kyiv to …": a demand, not a label
            if (t + 1 < open && tokens.Lower(t + 1) is "for" or "on" or "off" or "up" or "in" or "upon" or "out") return false;
            return true;
        }
        return false;
    }

    /// <summary>An apostrophe glued to a plural that owns what follows ("the rebels' offer"), not a quote mark.</summary>
    private bool Possessive(int t) =>
        t > 0 && tokens.Glued(t) && tokens.IsWord(t - 1) && tokens.Lower(t - 1).EndsWith('s') && tokens.First(t) is '\'' or '\u2019';

    /// <summary>
    /// The subject of the sentence right before a quote that opens its own sentence, in the same paragraph and with
    /// no quote between: "Olga Petrova did not hide her anger. “…”".
    /// </summary>
    public SpeakerPhrase? SubjectOfSentenceBefore(QuoteSpan q, QuoteSpan? previous)
    {
        var (bFirst, bEnd) = BeforeRegion(q, previous);
        if (bEnd != bFirst || bFirst == 0 || !tokens.IsTerminal(bFirst - 1)) return null;
        int floorOffset = previous is not null && previous.Paragraph == q.Paragraph ? previous.AfterClose : paragraphs[q.Paragraph].Start;
        int floor = tokens.AtOrAfter(floorOffset), end = bFirst - 1;
        int start = end - 1;
        while (start >= floor && !tokens.IsTerminal(start)) start--;
        start++;
        return end - start >= 2 ? phrases.Before(start, end) : null;
    }

    /// <summary>Whether only a colon, a comma, "that" or up to three words ending in a colon lie between the cue and the mark.</summary>
    private bool TouchesMark(int from, int open)
    {
        if (open - from == 0) return true;
        if (open - from == 1) return tokens.IsPunct(from, ':') || tokens.IsPunct(from, ',') || tokens.Lower(from) == "that";
        return open - from <= 4 && tokens.IsPunct(open - 1, ':');
    }

    private int NextComma(int from, int limit)
    {
        for (int t = from; t < limit; t++)
            if (tokens.IsPunct(t, ',')) return t;
        return limit;
    }
}
