using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Text;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    /// <summary>Sector words whose people are often foreigners where they are ("diplomats in Beijing", "refugees in Lebanon").</summary>
    private static readonly WordSet NotLocalSectorWords = WordList.Set("actors", "not-local-sector-words.txt");

    /// <summary>Whether a word of the lexicon at k is one of <see cref="NotLocalSectorWords"/> ("embassy", "envoys").</summary>
    private bool IsNotLocalWord(int k) => k >= 0 && k < _tok.Length && _wordLen[k] > 0 && NotLocalSectorWords.Contains(LowRange(k, k + _wordLen[k]));

    /// <summary>Words of a state's governing body, which "the … in X" names anywhere in a sentence: data/actors/words/governing-bodies.txt.</summary>
    private static readonly WordSet GoverningBodies = WordList.Set("actors", "words", "governing-bodies.txt");

    /// <summary>
    /// "Security forces in Guinea tortured …", "Rebels in the Ivory Coast dismissed …", "Opposition groups in Zimbabwe
    /// demand …", "A foreign ministry spokesperson in Beijing called …": a sector noun that opens its sentence, followed by "in" and a state, is that state's sector. Only at
    /// the start of a sentence (where it is the subject): "deployed forces in Lebanon" names where, not whose.
    /// </summary>
    private int TryLocatedSector(int i)
    {
        // elsewhere in a sentence only a state's governing body: "criticised the new government in Lima", "accused the
        // regime in Damascus" ("deployed forces in Lebanon" names where, not whose)
        bool start = AtSentenceStart(i);
        if (!start && !Is(i, "the")) return -1;
        int k = i;
        if (Is(k, "the") || Is(k, "a") || Is(k, "an")) k++;
        // at most one modifier before the sector word ("Islamist rebels"), which no dictionary names
        if (!HasWord(k) && IsWord(k) && _nameLen[k] == 0 && !IsAny(k, StopWords)) k++;
        if (WordOf(k, LexKind.SectorWord) is not { } sector) return -1;
        int end = k + _wordLen[k];
        // "a foreign ministry spokesperson in Beijing": a sector word may name the body of the one after it
        for (int more = 0; more < 2 && WordOf(end, LexKind.SectorWord) is { } next; more++)
        {
            k = end;
            sector = next;
            end = k + _wordLen[k];
        }
        if (NotLocalSectorWords.Contains(LowRange(k, end))) return -1;
        if (!start && !GoverningBodies.Contains(LowRange(k, end))) return -1;
        // "opposition groups", "police officers": a plain plural noun may follow the sector word
        if (!Is(end, "in") && IsLowerWord(end) && !IsAny(end, StopWords) && Low(end) is [.., 's']) end++;
        if (!Is(end, "in")) return -1;
        int j = end + 1;
        if (Is(j, "the")) j++;
        if (j >= _tok.Length || _nameLen[j] == 0) return -1;
        var state = NameOf(j, v => v.Kind is LexKind.StateName or LexKind.StatePlace or LexKind.StateSeat);
        if (state is null || HasName(j, v => v.Kind is LexKind.Person or LexKind.Organisation)) return -1;
        int stateEnd = j + _nameLen[j];
        var st = _data.States[state.Target];
        if (!StateReadingHolds(j, stateEnd, state, st.Ambiguous) || IsPossessive(stateEnd)) return -1;
        Mention(StateActor(st.Code), j, stateEnd, "dictionary", "place");
        Mention(SectorActor(st.Code, sector.Target), i, stateEnd, "sector", TextOf(k, k + _wordLen[k]).ToLowerInvariant());
        Cover(i, stateEnd);
        return stateEnd;
    }
}
