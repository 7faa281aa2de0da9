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

    public string? CountryOf(string name) => Countries(name).Large;

    /// <summary>
    /// <see cref="CountryOf"/> when a large place has the name; else the country of its towns of at least
    /// <see cref="Town"/> people when they all lie in one and the name is not more often an ordinary word.
    /// </summary>
    public string? CountryOfTown(string name)
    {
        var (large, anyLarge, town) = Countries(name);
        if (anyLarge) return large;
        return isCommonWord is not null && isCommonWord(name) ? null : town;
    }

    /// <summary>
    /// One pass over the places of a name: the country of its large places (null when none or several), whether it has
    /// any, and the country of its towns of at least <see cref="Town"/> people (null when none or several).
    /// </summary>
    private (string? Large, bool AnyLarge, string? Town) Countries(string name)
    {
        string? large = null, town = null;
        bool anyLarge = false, largeSplit = false, townSplit = false;
        // the key written in a stack buffer (a name beyond it, or not ASCII, folded into a new string), the places read by
        // index (a key, a builder and an enumerator were made a look-up)
        Span<char> buffer = stackalloc char[64];
        ReadOnlySpan<char> key = PlaceNames.TryWriteKey(name, buffer, out int length) ? buffer[..length] : PlaceNames.Key(name);
        var places = gazetteer().Find(key);
        for (int i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Kind != PlaceKind.City || p.Population >= PlaceResolver.SmallTown)
            {
                anyLarge = true;
                largeSplit |= large is not null && large != p.Country;
                large = p.Country;
            }
            else if (p.Population >= Town)
            {
                townSplit |= town is not null && town != p.Country;
                town = p.Country;
            }
        }
        return (largeSplit ? null : large, anyLarge, townSplit ? null : town);
    }
}
