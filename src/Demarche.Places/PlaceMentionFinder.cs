using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Places;

/// <summary>
/// Finds the places a sentence says something happened at: a capitalised gazetteer name after a locative word
/// ("in", "near", "outside the city of") or followed by its country ("Paris, Texas"). A name that runs on into
/// another capitalised word ("Jordan Peterson", "Baker Street", "Gaza Health Ministry"), a street, and a person's
/// name (an actor mention of a person) are not places.
/// </summary>
public sealed class PlaceMentionFinder(Gazetteer gazetteer)
{
    private static readonly WordSet Locatives = ClosedClasses.Locatives;
    // words that may stand between the locative and the name: "in the eastern city of", "near the border town of"
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = WordList.Read(DataDirectory.File("places", "words", "locative-fillers.txt")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Streets = WordList.Read(DataDirectory.File("places", "words", "street-words.txt")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // month and weekday names are also towns somewhere ("March", "May"); never places here
    private static readonly HashSet<string> NotPlaces = WordList.Read(DataDirectory.File("places", "words", "not-places.txt")).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlacesLookup = NotPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxTokens = 7;

    /// <summary>
    /// Place mentions in one sentence, in text order. <paramref name="triggerEnds"/>: where the sentence's event triggers
    /// end; a place named right after one is where the act took place ("shelled Kharkiv", "visited Honiara"), unless
    /// the name stands for an actor there ("accused Paris": the French government).
    /// </summary>
    public List<PlaceMention> Find(Document doc, Sentence s, MentionIndex? actors, IReadOnlyDictionary<string, Actor> actorById, IReadOnlySet<int>? triggerEnds = null)
    {
        var found = new List<PlaceMention>();
        var text = doc.Text;
        var tokens = doc.Tokens;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) continue;
            if (Match(doc, i, s.EndToken) is not ({ } end, { } places))
            {
                if (StateMention(actors, actorById, i) is ({ } stateEnd, { } country) && Locative(doc, i, s.FirstToken))
                {
                    found.Add(new PlaceMention(t.Start, tokens[stateEnd - 1].End, [country]));
                    i = stateEnd - 1;
                }
                continue;
            }
            var qualifier = Qualifier(doc, end, s.EndToken);
            bool runsOn = end < s.EndToken && tokens[end].Kind == TokenKind.Word && (char.IsUpper(text[tokens[end].Start]) || Streets.Contains(Lower(doc, end)));
            // a name the actors stage read as a person, an organisation or an armed group ("Fano militiamen") is no place
            bool person = actors?.AtToken(i) is { } m && actorById.TryGetValue(m.ActorId, out var a)
                && a.Kind is not (ActorKind.State or ActorKind.Government or ActorKind.Military);
            bool objectOfTrigger = i > s.FirstToken && triggerEnds?.Contains(tokens[i - 1].End) == true
                && (actors?.AtToken(i) is not { } named || actorById.TryGetValue(named.ActorId, out var st) && st.Kind is ActorKind.State or ActorKind.Government);
            if (!runsOn && !person && (qualifier is not null || objectOfTrigger || Locative(doc, i, s.FirstToken)))
                found.Add(new PlaceMention(t.Start, tokens[end - 1].End, places) { Qualifier = qualifier?.Place });
            i = (qualifier?.End ?? end) - 1;
        }
        return found;
    }

    /// <summary>The longest gazetteer name starting at token <paramref name="i"/>: its end token and places.</summary>
    public (int? End, IReadOnlyList<Place>? Places) Match(Document doc, int i, int limit)
    {
        var tokens = doc.Tokens;
        Span<char> buffer = stackalloc char[128];
        for (int j = Math.Min(limit, i + MaxTokens); j > i; j--)
        {
            var last = tokens[j - 1];
            if (last.Kind == TokenKind.Punctuation && last.Length == 1 && doc.Text[last.Start] != '.') continue;
            var name = doc.Text.AsSpan(tokens[i].Start, last.End - tokens[i].Start);
            // an ASCII name's key is written in place; any other is folded into a new string
            ReadOnlySpan<char> key = PlaceNames.TryWriteKey(name, buffer, out int length) ? buffer[..length] : PlaceNames.Key(name);
            if (j == i + 1 && NotPlacesLookup.Contains(key)) return (null, null);
            var places = gazetteer.Find(key);
            if (places.Count > 0) return (j, places);
        }
        return (null, null);
    }

    /// <summary>", Texas" / ", Ukraine" after a name: a country or first-level division that says which place it is.</summary>
    private (Place Place, int End)? Qualifier(Document doc, int end, int limit)
    {
        if (end + 1 >= limit || doc.Text[doc.Tokens[end].Start] != ',' || doc.Tokens[end].Length != 1) return null;
        if (Match(doc, end + 1, limit) is not ({ } qEnd, { } places)) return null;
        var q = places.FirstOrDefault(p => p.Kind != PlaceKind.City);
        return q is null ? null : (q, qEnd);
    }

    /// <summary>A state named by the actor lexicon ("the United States", "Britain") starting at the token.</summary>
    private (int? End, Place? Country) StateMention(MentionIndex? actors, IReadOnlyDictionary<string, Actor> actorById, int i)
    {
        if (actors?.AtToken(i) is not { } m || m.FirstToken > i || m.Role is not null) return (null, null);
        if (!actorById.TryGetValue(m.ActorId, out var a) || a.Kind != ActorKind.State || a.Country is null) return (null, null);
        return gazetteer.Country(a.Country) is { } c ? (m.EndToken, c) : (null, null);
    }

    /// <summary>Whether a locative word stands before the token, perhaps across fillers ("in the eastern city of").</summary>
    private static bool Locative(Document doc, int i, int first)
    {
        for (int k = i - 1, steps = 0; k >= first && steps < 6; k--, steps++)
        {
            var w = Lower(doc, k);
            if (Locatives.Contains(w)) return true;
            if (!Fillers.Contains(w)) return false;
        }
        return false;
    }

    /// <summary>The token's lower-case word, read on the span (a substring a look-up before).</summary>
    private static ReadOnlySpan<char> Lower(Document doc, int k) => doc.LowerText.AsSpan(doc.Tokens[k].Start, doc.Tokens[k].Length);
}
