using Demarche.Core.Model;
using Demarche.Places;

namespace Demarche.Places.Tests;

/// <summary>Precision and recall of the ActionGeo country and place over events that have a gold location (or none).</summary>
public sealed class LocationScore
{
    public int Events, Given, Gold, CountryRight, PlaceRight;
    /// <summary>The events placed in another country than the gold one, to print: what was said against the gold.</summary>
    public List<string> WrongCountries { get; } = [];

    /// <summary>Adds one scored event: what Demarche said, and the gold country (null: nowhere) and place names (empty: country-wide).</summary>
    public void Add(EventLocation? said, string? goldCountry, IReadOnlyList<string> goldPlaces)
    {
        Events++;
        if (said is not null) Given++;
        if (goldCountry is not null) Gold++;
        if (said is not null && said.Country != goldCountry) WrongCountries.Add($"{said.Country}/{said.Name} for {goldCountry ?? "none"}");
        if (said is null || goldCountry is null || said.Country != goldCountry) return;
        CountryRight++;
        if (goldPlaces.Count == 0 ? said.Admin1 is null && said.Lat is not null && IsCountryWide(said) : goldPlaces.Any(p => PlaceNames.Key(p) == PlaceNames.Key(said.Name)))
            PlaceRight++;
    }

    private static bool IsCountryWide(EventLocation l) => Gazetteer.Default.Country(l.Country ?? "") is { } c && c.Name == l.Name || l.Admin1 is null;

    public double CountryPrecision => Given == 0 ? 0 : (double)CountryRight / Given;
    public double CountryRecall => Gold == 0 ? 0 : (double)CountryRight / Gold;
    public double PlacePrecision => Given == 0 ? 0 : (double)PlaceRight / Given;
    public double PlaceRecall => Gold == 0 ? 0 : (double)PlaceRight / Gold;

    public override string ToString() =>
        $"{Events} events, {Given} placed, {Gold} with a gold place: country P {CountryPrecision:0.00} R {CountryRecall:0.00}; place P {PlacePrecision:0.00} R {PlaceRecall:0.00}";
}
