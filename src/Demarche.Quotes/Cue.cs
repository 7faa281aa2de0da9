namespace Demarche.Quotes;

/// <summary>A cue found in the text: its tokens, its words, and whether the speaker follows it ("according to X").</summary>
internal readonly record struct Cue(int Token, int Length, string Word, bool SpeakerFollows, bool DirectOnly)
{
    public int End => Token + Length;
}

/// <summary>Recognises cues of <see cref="QuoteCueLexicon"/> at a token.</summary>
internal sealed class CueFinder(QuoteCueLexicon lexicon, TokenText tokens)
{
    public Cue? At(int t, int limit)
    {
        if (t >= limit || !tokens.IsWord(t)) return null;
        var accordingTo = lexicon.AccordingTo; // indexed, not enumerated: no enumerator a token
        for (int i = 0; i < accordingTo.Count; i++)
            if (tokens.Matches(t, accordingTo[i], limit)) return new Cue(t, accordingTo[i].Length, string.Join(' ', accordingTo[i]), true, false);
        var multiWordVerbs = lexicon.MultiWordVerbs;
        for (int i = 0; i < multiWordVerbs.Count; i++)
            if (tokens.Matches(t, multiWordVerbs[i], limit) && !tokens.IsCapitalised(t))
                return new Cue(t, multiWordVerbs[i].Length, string.Join(' ', multiWordVerbs[i]), false, true);
        var w = tokens.Lower(t);
        if (lexicon.SpeechVerbs.Contains(w) && !tokens.IsCapitalised(t))
            return new Cue(t, 1, w, false, lexicon.DirectOnly.Contains(w));
        return null;
    }

    public Cue? First(int from, int limit, bool indirectOnly = false)
    {
        for (int t = from; t < limit; t++)
            if (At(t, limit) is { } c && !(indirectOnly && c.DirectOnly)) return c;
        return null;
    }

    public Cue? Last(int from, int limit)
    {
        for (int t = limit - 1; t >= from; t--)
            if (At(t, limit) is { } c) return c;
        return null;
    }
}
