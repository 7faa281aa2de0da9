using Demarche.Core.Data;

namespace Demarche.Places;

/// <summary>
/// <see cref="IPlaceCountries"/> from the gazetteer: a country, a first-level division or region, or a city of at least
/// <see cref="PlaceResolver.SmallTown"/> people; a name whose large places lie in more than one country is none.
/// </summary>
public sealed class GazetteerPlaceCountries(Func<Gazetteer> gazetteer) : IPlaceCountries
{
    /// <summary>Over <see cref="Gazetteer.Default"/>, loaded on the first look-up.</summary>
    public static GazetteerPlaceCountries Default { get; } = new(() => Gazetteer.Default);

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
}
