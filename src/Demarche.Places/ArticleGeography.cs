using Demarche.Core.Model;

namespace Demarche.Places;

/// <summary>
/// What an article says of where it is: the countries and first-level divisions it names as places without doubt
/// (a country, a region, a city whose every namesake is in one country), and the countries of its state actors.
/// Ambiguous names ("Paris" in a Texas story) are read against it.
/// </summary>
public sealed class ArticleGeography
{
    private readonly HashSet<string> _placeCountries = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _admin1 = [];
    private readonly HashSet<string> _actorCountries = new(StringComparer.Ordinal);

    /// <param name="actorMentions">When given, only actors named other than as a place count ("Tripoli" read as
    /// Libya's capital is no evidence that the article is about Libya).</param>
    public ArticleGeography(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<Actor> actors, MentionIndex? actorMentions = null)
    {
        // lists read by index (their enumerators were boxed)
        var namedNotAsPlace = actorMentions is null ? null : NamedNotAsPlace(actorMentions.All);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Qualifier is { } q) Note(q);
            if (OneCountry(m.Candidates)) Note(m.Candidates[0]);
        }
        for (int i = 0; i < actors.Count; i++)
            if (actors[i] is var a && a.Country is { } c && a.Kind is ActorKind.State or ActorKind.Government or ActorKind.Military
                && (namedNotAsPlace is null || namedNotAsPlace.Contains(a.Id)))
                _actorCountries.Add(c);
        if (namedNotAsPlace is not null) Forget(namedNotAsPlace);
    }

    /// <summary>A thread's set of actor ids, read only while the constructor runs (it was made a document).</summary>
    [ThreadStatic] private static HashSet<string>? _namedNotAsPlace;
    private const int KeptIds = 1024;

    /// <summary>The actors named other than as a place: the thread's set, until <see cref="Forget"/>.</summary>
    private static HashSet<string> NamedNotAsPlace(IReadOnlyList<ActorMention> mentions)
    {
        var ids = _namedNotAsPlace ?? new HashSet<string>(StringComparer.Ordinal);
        _namedNotAsPlace = null;
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Role != "place") ids.Add(mentions[i].ActorId);
        return ids;
    }

    /// <summary>Gives the set back to the thread, empty (no document's ids stay reachable); one a long document grew is dropped.</summary>
    private static void Forget(HashSet<string> ids)
    {
        bool grown = ids.Count > KeptIds;
        ids.Clear();
        if (!grown) _namedNotAsPlace = ids;
    }

    /// <summary>Whether the candidates are all in one country (and there is one at least).</summary>
    private static bool OneCountry(IReadOnlyList<Place> candidates)
    {
        if (candidates.Count == 0) return false;
        for (int i = 1; i < candidates.Count; i++)
            if (!string.Equals(candidates[i].Country, candidates[0].Country, StringComparison.Ordinal)) return false;
        return true;
    }

    private void Note(Place p)
    {
        _placeCountries.Add(p.Country);
        if (p.Admin1 is { } a) _admin1.Add((p.Country, a));
    }

    public bool NamesCountryAsPlace(string country) => _placeCountries.Contains(country);
    public bool NamesAdmin1(Place p) => p.Admin1 is { } a && _admin1.Contains((p.Country, a));
    public bool HasActorOf(string country) => _actorCountries.Contains(country);
}
