using Demarche.Core.Text;
using Demarche.Core.Model;

namespace Demarche.Quotes;

/// <summary>
/// Turns the words naming a speaker into an attribution. Pronouns and titles are looked up in the mention index
/// first (the actors stage resolves them); failing that, "he"/"she" go to the nearest person named before them in
/// the paragraph (a speaker, a person mention or a capitalised name), "it"/"they" to the last institution that
/// spoke, and "the official" to the last speaker described as an official.
/// </summary>
internal sealed class SpeakerResolver(TokenText tokens, MentionIndex? index, IReadOnlyDictionary<string, Actor> actorsById, SpeakerMemory memory)
{
    /// <summary>Head words of speakers that are not one person: "the ministry", "the statement".</summary>
    private static HashSet<string> InstitutionWords => SpeakerWords.Default.InstitutionWords;

    private static readonly WordSet PlacePrepositions = ClosedClasses.PathPrepositions;

    private static HashSet<string> NameStopWords => SpeakerWords.Default.NameStopWords;

    /// <summary>The document's actors by id (<see cref="Actor.ById"/>), only read.</summary>
    private readonly IReadOnlyDictionary<string, Actor> _actors = actorsById;

    public Attribution Resolve(SpeakerPhrase phrase, string? cue, int paragraph)
    {
        switch (phrase.Form)
        {
            case SpeakerForm.Named:
            {
                // "the spokesperson" refers to the last speaker so described ("A Chinese foreign ministry spokesperson
                // said …"), even when the actors stage tied the words to a spokesperson named further back
                if (IsDescription(phrase) && memory.LastWithHead(phrase.Head, paragraph, 6) is { } described
                    && described.Speaker != phrase.ActorId && described.Speaker is not null)
                    return new Attribution(described.Speaker, phrase.Text, cue, SpeakerForm.Named, phrase.Head);
                return new Attribution(phrase.ActorId, phrase.Text, cue, SpeakerForm.Named, phrase.Head);
            }
            case SpeakerForm.Pronoun:
            {
                if ((phrase.ActorId ?? index?.AtToken(phrase.First)?.ActorId) is { } resolved
                    && !(phrase.Text.ToLowerInvariant() is "he" or "she" && UnknownNameInstead(phrase, resolved) is not null))
                {
                    var prior = memory.LastOf(resolved, paragraph, 3);
                    return new Attribution(resolved, prior?.SpeakerText ?? phrase.Text, cue, SpeakerForm.Named, prior?.Head ?? phrase.Head);
                }
                var found = phrase.Text.ToLowerInvariant() switch
                {
                    "he" or "she" or "i" => NearestPerson(phrase, paragraph),
                    "it" => NearestInstitution(phrase, paragraph, a => !IsPersonLike(a)),
                    _ => NearestInstitution(phrase, paragraph, a => !IsPersonLike(a) || IsPlural(a.Head)) ?? memory.Last(paragraph, 2),
                };
                if (found is not null) return found with { Cue = cue };
                return new Attribution(null, phrase.Text, cue, SpeakerForm.Pronoun, phrase.Head);
            }
            case SpeakerForm.Definite:
            {
                var prior = memory.LastWithHead(phrase.Head, paragraph, 6);
                // "Egypt’s foreign ministry rejected the plan. “…,” the ministry said": the actor named with the head word
                if (prior is null && OwnerOfHead(phrase) is { } owner)
                    return new Attribution(owner, phrase.Text, cue, SpeakerForm.Named, phrase.Head);
                // "Armenia accused Azerbaijan … ¶ The defence ministry said in a statement": a state's institution named
                // without its state belongs to the state the story last had speak or act
                if (prior is null && StateInstitutionHeads.Contains(phrase.Head ?? "") && NearestState(phrase, paragraph) is { } state)
                    return new Attribution(state, phrase.Text, cue, SpeakerForm.Named, phrase.Head);
                return new Attribution(prior?.Speaker, phrase.Text, cue, SpeakerForm.Definite, phrase.Head);
            }
            default:
                return new Attribution(null, phrase.Text, cue, SpeakerForm.Anonymous, phrase.Head);
        }
    }

    /// <summary>
    /// A person's name that is no actor ("Olga Petrova did not hide her anger. “…,” she wrote") standing in the
    /// pronoun's paragraph, where the actor the actors stage chose for the pronoun is not named: the nearer name wins.
    /// </summary>
    private string? UnknownNameInstead(SpeakerPhrase phrase, string resolved)
    {
        if (index is null) return null;
        int offset = tokens.Tokens[phrase.First].Start, floor = ParagraphFloor(offset, 1);
        if (LastName(floor, phrase.First) is not { ActorId: null } name) return null;
        foreach (var m in index.All)
        {
            if (m.Start >= offset) break;
            if (m.Start >= floor && m.ActorId == resolved && m.Via is not "pronoun") return null;
        }
        return name.Text;
    }

    /// <summary>"the spokesperson", "the foreign minister": a definite description of lower-case words, no name.</summary>
    private bool IsDescription(SpeakerPhrase phrase)
    {
        if (phrase.End - phrase.First is < 2 or > 5 || tokens.Lower(phrase.First) != "the") return false;
        for (int t = phrase.First + 1; t < phrase.End; t++)
            if (!tokens.IsWord(t) || tokens.IsCapitalised(t)) return false;
        return true;
    }

    private bool IsPersonLike(Attribution a)
    {
        if (a.Speaker is not null && _actors.TryGetValue(a.Speaker, out var actor) && actor.Kind == ActorKind.Person) return true;
        if (a.Head is null || InstitutionWords.Contains(a.Head) || IsPlural(a.Head)) return false;
        if (a.Speaker is not null && _actors.TryGetValue(a.Speaker, out var other) && a.SpeakerText is not null
            && string.Equals(other.Name, a.SpeakerText, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static bool IsPlural(string? head) =>
        head is not null && head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && head is not ("his" or "its");

    /// <summary>The nearest person before the pronoun, in its paragraph or the one before, else up to three paragraphs
    /// back ("Lena Varga arrived … ¶ The meeting began late. ¶ “…,” she said").</summary>
    private Attribution? NearestPerson(SpeakerPhrase phrase, int paragraph) =>
        NearestPerson(phrase, paragraph, 1) ?? NearestPerson(phrase, paragraph, 3);

    private Attribution? NearestPerson(SpeakerPhrase phrase, int paragraph, int back)
    {
        int offset = tokens.Tokens[phrase.First].Start;
        Attribution? best = null;
        int bestOffset = -1;
        for (int i = memory.Entries.Count - 1; i >= 0; i--)
        {
            var e = memory.Entries[i];
            if (e.Paragraph < paragraph - back) break;
            if (e.Offset >= offset || !IsPersonLike(e.Attribution) || e.Attribution.Form == SpeakerForm.Pronoun) continue;
            if (e.Offset > bestOffset) { best = e.Attribution; bestOffset = e.Offset; }
        }
        // a person named after the last speaker: "Among the marchers was Nino Abashidze, 34, ... “…,” she said."
        int floor = Math.Max(bestOffset + 1, ParagraphFloor(offset, back));
        if (LastName(floor, phrase.First) is { } name)
        {
            Attribution? known = null;
            for (int i = memory.Entries.Count - 1; i >= 0 && known is null && memory.Entries[i].Paragraph >= paragraph - 6; i--)
                if (memory.Entries[i].Attribution.SpeakerText?.Contains(name.Text, StringComparison.Ordinal) == true) known = memory.Entries[i].Attribution;
            return known ?? new Attribution(name.ActorId, name.Text, null, name.ActorId is null ? SpeakerForm.Anonymous : SpeakerForm.Named, name.Text);
        }
        return best;
    }

    /// <summary>The nearest institution before "it"/"they": a speaker, or an actor that opens a sentence
    /// ("Egypt’s foreign ministry rejected the report. “…,” it said").</summary>
    private Attribution? NearestInstitution(SpeakerPhrase phrase, int paragraph, Func<Attribution, bool> fits)
    {
        int offset = tokens.Tokens[phrase.First].Start;
        Attribution? best = null;
        int bestOffset = -1;
        for (int i = memory.Entries.Count - 1; i >= 0; i--)
        {
            var e = memory.Entries[i];
            if (e.Paragraph < paragraph - 2) break;
            if (e.Offset < offset && e.Attribution.Form != SpeakerForm.Pronoun && fits(e.Attribution) && e.Offset > bestOffset)
                (best, bestOffset) = (e.Attribution, e.Offset);
        }
        if (index is null) return best;
        int floor = Math.Max(bestOffset + 1, ParagraphFloor(offset, 1));
        int first = tokens.AtOrAfter(floor);
        for (int t = phrase.First - 1; t >= first; t--)
        {
            if (index.AtToken(t) is not { } m || m.FirstToken != t) continue;
            if (_actors.TryGetValue(m.ActorId, out var actor) && actor.Kind == ActorKind.Person) continue;
            int before = t - 1;
            if (before >= 0 && tokens.Lower(before) is "the") before--;
            if (before < 0 || tokens.IsTerminal(before) || tokens.Text.AsSpan(tokens.Tokens[before].End, tokens.Tokens[t].Start - tokens.Tokens[before].End).Contains('\n'))
                return new Attribution(m.ActorId, tokens.Slice(m.FirstToken, m.EndToken), null, SpeakerForm.Named, tokens.Lower(m.EndToken - 1));
        }
        return best;
    }

    /// <summary>Heads of a state's own institutions ("the defence ministry", "the government", "the army").</summary>
    private static HashSet<string> StateInstitutionHeads => SpeakerWords.Default.StateInstitutionHeads;

    private bool IsStateLike(string? id) =>
        id is not null && _actors.TryGetValue(id, out var a) && a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military;

    /// <summary>The state that last spoke in this paragraph or the two before, else the last state or government named at
    /// the start of a clause there ("— Armenia accused …").</summary>
    private string? NearestState(SpeakerPhrase phrase, int paragraph)
    {
        int offset = tokens.Tokens[phrase.First].Start;
        for (int i = memory.Entries.Count - 1; i >= 0; i--)
        {
            var e = memory.Entries[i];
            if (e.Paragraph < paragraph - 2) break;
            if (e.Offset < offset && IsStateLike(e.Attribution.Speaker)) return e.Attribution.Speaker;
        }
        if (index is null) return null;
        int first = tokens.AtOrAfter(ParagraphFloor(offset, 2));
        for (int t = phrase.First - 1; t >= first; t--)
        {
            if (index.AtToken(t) is not { } m || m.FirstToken != t || !IsStateLike(m.ActorId)) continue;
            int before = t - 1;
            if (before >= 0 && tokens.Lower(before) is "the") before--;
            if (before < 0 || tokens.IsTerminal(before) || tokens.IsPunct(before, '\u2014') || tokens.IsPunct(before, '\u2013')
                || tokens.Text.AsSpan(tokens.Tokens[before].End, tokens.Tokens[t].Start - tokens.Tokens[before].End).Contains('\n'))
                return m.ActorId;
        }
        return null;
    }

    /// <summary>The actor (not a person) named with the head word earlier in this paragraph or the one before:
    /// "Egypt’s foreign ministry" for "the ministry".</summary>
    private string? OwnerOfHead(SpeakerPhrase phrase)
    {
        if (index is null) return null;
        int floor = tokens.AtOrAfter(ParagraphFloor(tokens.Tokens[phrase.First].Start, 1));
        for (int t = phrase.First - 1; t >= floor; t--)
        {
            if (tokens.Lower(t) != phrase.Head) continue;
            for (int k = t; k >= floor && k >= t - 4; k--)
            {
                if (index.AtToken(k) is not { } m) continue;
                // "Kenji Sato, a spokesman for …" describes a person; "the ministry" is never one
                if (_actors.TryGetValue(m.ActorId, out var actor) && actor.Kind == ActorKind.Person && InstitutionWords.Contains(phrase.Head)) break;
                return m.ActorId;
            }
        }
        return null;
    }

    /// <summary>Two line breaks back per paragraph (<paramref name="back"/> = 1: the start of the paragraph before when
    /// paragraphs are single lines, of this one when a blank line parts them).</summary>
    private int ParagraphFloor(int offset, int back)
    {
        int breaks = 0, i = offset - 1;
        for (; i >= 0; i--)
            if (tokens.Text[i] == '\n' && ++breaks == 2 * back) break;
        return Math.Max(0, i);
    }

    private sealed record Name(string Text, string? ActorId);

    /// <summary>The last person mention or capitalised name of two or more words in [floor, pronoun).</summary>
    private Name? LastName(int floor, int pronounToken)
    {
        int first = tokens.AtOrAfter(floor);
        for (int t = pronounToken - 1; t >= first; t--)
        {
            if (index?.AtToken(t) is { } m)
            {
                if (_actors.TryGetValue(m.ActorId, out var actor) && actor.Kind == ActorKind.Person)
                    return new Name(tokens.Slice(m.FirstToken, m.EndToken), m.ActorId);
                continue;
            }
            if (!IsNameWord(t) || t - 1 < first || !IsNameWord(t - 1)) continue;
            int end = t + 1, start = t - 1;
            while (start - 1 >= first && IsNameWord(start - 1)) start--;
            bool institution = false;
            for (int k = start; k < end; k++)
                if (InstitutionWords.Contains(tokens.Lower(k)) || index?.AtToken(k) is not null) institution = true;
            bool afterPreposition = start - 1 >= 0 && PlacePrepositions.Contains(tokens.Lower(start - 1));
            if (!institution && !afterPreposition) return new Name(tokens.Slice(start, end), null);
            t = start;
        }
        return null;
    }

    private bool IsNameWord(int t) =>
        tokens.IsWord(t) && tokens.IsCapitalised(t) && !NameStopWords.Contains(tokens.Text.Substring(tokens.Tokens[t].Start, tokens.Tokens[t].Length));
}
