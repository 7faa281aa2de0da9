using Demarche.Cleaning;
using Demarche.Core.Data;

namespace Demarche.Places;

/// <summary>
/// <see cref="IPlaceCountries"/> from the gazetteer: a country, a first-level division or region, or a city of at least
/// <see cref="PlaceResolver.SmallTown"/> people; a name whose large places lie in more than one country is none.
/// After a locative word (<see cref="CountryOfTown"/>) also a town of at least <see cref="Town"/> people, unless the
/// name is more often an ordinary word (<paramref name="isCommonWord"/>: "in Bath", "on Mission").
/// </summary>
public sealed class GazetteerPlaceCountries(Func<Gazetteer> gazetteer, Func<string, bool>? isCommonWord = null) : IPlaceCountries
{
    /// <summary>Over <see cref="Gazetteer.Default"/>, loaded on the first look-up, with the words of the cleaning lexicon.</summary>
    public static GazetteerPlaceCountries Default { get; } = new(() => Gazetteer.Default, word => CleaningResources.Default.Lexicon.IsCommonerAsWord(word));

    /// <summary>The fewest people of a town named after a locative word whose name alone places it in its country.</summary>
    public const int Town = 15_000;

    public string? CountryOf(string name)
    {
        string? country = null;
        foreach (var p in gazetteer().Find(PlaceNames.Key(name)))
        {
            if (p.Kind == PlaceKind.City && p.Population < PlaceResolver.SmallTown) continue;
            if (country is not null && country != p.Country) return null;
            country = p.Country;
        }
        return country;
    }

    /// <summary>
    /// <see cref="CountryOf"/>; else, when no large place has the name, the country of its towns of at least
    /// <see cref="Town"/> people when they all lie in one and the name is not more often an ordinary word.
    /// </summary>
    public string? CountryOfTown(string name)
    {
        if (CountryOf(name) is { } large) return large;
        if (isCommonWord is not null && isCommonWord(name)) return null;
        string? country = null;
        foreach (var p in gazetteer().Find(PlaceNames.Key(name)))
        {
            if (p.Kind != PlaceKind.City || p.Population >= PlaceResolver.SmallTown) return null;
            if (p.Population < Town) continue;
            if (country is not null && country != p.Country) return null;
            country = p.Country;
        }
        return country;
    }
}
