using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>A reported clause and the phrase naming who reported it.</summary>
internal sealed record ReportedClause(int Start, int End, Cue Cue, SpeakerPhrase Phrase);

/// <summary>
/// Reads reported speech in a sentence without quote marks: "X said (that) …", "X told reporters …",
/// "X says …", "…, saying …", "according to X, …" and "…, according to X".
/// </summary>
internal sealed class IndirectSpeechReader(TokenText tokens, CueFinder cues, SpeakerPhraseReader phrases, QuoteCueLexicon lexicon)
{
    private const int MinClauseWords = 4;

    private static readonly WordSet Passive = ClosedClasses.PassiveMarkers;
    private static readonly WordSet ObjectPronouns = ClosedClasses.ObjectPronouns;
    private static HashSet<string> AdjunctStarters => SpeakerWords.Default.AdjunctStarters;

    private static readonly WordSet NotSpeech = ClosedClasses.AdjunctPrepositions;

    private static HashSet<string> TimeNouns => SpeakerWords.Default.TimeNouns;

    public ReportedClause? Read(Sentence sentence)
    {
        int f = sentence.FirstToken, e = sentence.EndToken;
        while (e > f && (tokens.IsTerminal(e - 1) || tokens.IsQuoteMark(e - 1) || tokens.IsPunct(e - 1, ')'))) e--;
        if (e - f < MinClauseWords + 2) return null;
        return AccordingTo(f, e) ?? ReportingVerb(f, e);
    }

    private ReportedClause? AccordingTo(int f, int e)
    {
        for (int t = f; t < e; t++)
        {
            if (cues.At(t, e) is not { SpeakerFollows: true } cue) continue;
            if (t == f || t == f + 1 && lexicon.ClauseOpeners.Contains(tokens.Lower(f)))
            {
                int comma = NextComma(cue.End, e);
                if (comma < 0 || phrases.After(cue.End, comma) is not { } phrase) return null;
                return Clause(comma + 1, e, cue, phrase);
            }
            if (t > f && tokens.IsPunct(t - 1, ','))
            {
                int end = NextComma(cue.End, e);
                if (phrases.After(cue.End, end < 0 ? e : end) is not { } phrase) return null;
                return Clause(f, t - 1, cue, phrase);
            }
        }
        return null;
    }

    private ReportedClause? ReportingVerb(int f, int e)
    {
        for (int t = f + 1; t < e; t++)
        {
            if (cues.At(t, e) is not { SpeakerFollows: false, DirectOnly: false } cue) continue;
            if (Passive.Contains(tokens.Lower(t - 1))) continue;
            SpeakerPhrase? phrase;
            if (cue.Word.EndsWith("ing", StringComparison.Ordinal))
            {
                if (!tokens.IsPunct(t - 1, ',')) continue;
                phrase = phrases.Before(f, t - 1);
                // "He also rejected the demand that Armenia change …, saying …": who says is the sentence's subject
                if (phrase is not { ActorId: not null } && phrase is not { Form: SpeakerForm.Pronoun } && phrases.After(f, t - 1) is { } subject
                    && (subject.ActorId is not null || subject.Form == SpeakerForm.Pronoun))
                    phrase = subject;
            }
            else
            {
                if (ClauseBefore(f, t, e, cue) is { } inverted) return inverted;
                phrase = phrases.Before(f, t);
            }
            if (phrase is null) continue;
            int k = SkipObject(cue, e);
            if (k < e && NotSpeech.Contains(tokens.Lower(k))) continue; // "pledged to", "responded by"
            return Clause(k, e, cue, phrase);
        }
        return null;
    }

    /// <summary>"…, the health ministry said (on Friday)(, as …)": the clause comes first, the speaker after its comma.</summary>
    private ReportedClause? ClauseBefore(int f, int cueToken, int e, Cue cue)
    {
        int comma = -1;
        for (int t = cueToken - 1; t > f && t >= cueToken - 9; t--)
            if (tokens.IsPunct(t, ',')) { comma = t; break; }
        if (comma < 0 || comma - f < MinClauseWords + 1) return null;
        int after = cue.End;
        if (after + 1 < e && tokens.Lower(after) is "on" or "last" or "this" or "late" or "early" or "earlier" && TimeNouns.Contains(tokens.Lower(after + 1))) after += 2;
        else if (after < e && tokens.Lower(after) is "today" or "yesterday") after++;
        if (after < e && !tokens.IsPunct(after, ',')) return null;
        if (phrases.Before(comma + 1, cueToken) is not { } phrase) return null;
        return Clause(f, comma, cue, phrase);
    }

    /// <summary>Skips what stands between the verb and the clause: "told reporters", "said in a statement that", "that".</summary>
    private int SkipObject(Cue cue, int e)
    {
        int k = cue.End;
        if (cue.Word is "told" or "tell" or "tells" or "telling")
        {
            bool skipped = false;
            foreach (var phrase in lexicon.Audience)
                if (tokens.Matches(k, phrase, e)) { k += phrase.Length; skipped = true; break; }
            if (!skipped && k < e && ObjectPronouns.Contains(tokens.Lower(k))) k++;
            else if (!skipped)
            {
                if (k < e && tokens.Lower(k) == "the") k++;
                int n = 0;
                while (k < e && n < 4 && tokens.IsCapitalised(k)) { k++; n++; }
            }
        }
        if (k < e && AdjunctStarters.Contains(tokens.Lower(k)))
        {
            for (int t = k; t < e && t < k + 10; t++)
                if (tokens.Lower(t) == "that") return t + 1;
        }
        // "said on Tuesday the group …", "said last week it …"
        if (k + 1 < e && tokens.Lower(k) is "on" or "last" or "this" or "late" or "early" or "earlier" && TimeNouns.Contains(tokens.Lower(k + 1))) k += 2;
        while (k < e && (tokens.IsPunct(k, ',') || tokens.IsPunct(k, ':'))) k++;
        if (k < e && tokens.Lower(k) == "that") k++;
        return k;
    }

    private ReportedClause? Clause(int k, int e, Cue cue, SpeakerPhrase phrase)
    {
        k = AfterDateline(k, e);
        while (k < e && !tokens.IsWord(k)) k++;
        while (e > k && !tokens.IsWord(e - 1)) e--;
        int words = 0;
        for (int t = k; t < e; t++) if (tokens.IsWord(t)) words++;
        if (words < MinClauseWords) return null;
        return new ReportedClause(tokens.Tokens[k].Start, tokens.Tokens[e - 1].End, cue, phrase);
    }

    /// <summary>Skips a dateline: "GENEVA, Oct 8 (Wire) — ".</summary>
    private int AfterDateline(int k, int e)
    {
        if (k >= e || tokens.Tokens[k].Length < 2 || tokens.Text.AsSpan(tokens.Tokens[k].Start, tokens.Tokens[k].Length).ContainsAnyInRange('a', 'z'))
            return k;
        for (int t = k + 1; t < e && t < k + 14; t++)
            if (tokens.IsPunct(t, '\u2014') || tokens.IsPunct(t, '\u2013') || tokens.IsPunct(t, '-') && t > k + 1 && !tokens.IsWord(t - 1))
                return t + 1;
        return k;
    }

    private int NextComma(int from, int limit)
    {
        for (int t = from; t < limit; t++)
            if (tokens.IsPunct(t, ',')) return t;
        return -1;
    }
}
