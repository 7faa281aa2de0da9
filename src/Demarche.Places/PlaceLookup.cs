namespace Demarche.Places;

/// <summary>A place a user names ("Kharkiv", "Paris, Texas", "Mali"): a country or region first, else the most populous city.</summary>
public static class PlaceLookup
{
    public static Place? Find(Gazetteer gazetteer, string name)
    {
        var parts = name.Split(',', 2, StringSplitOptions.TrimEntries);
        var candidates = gazetteer.Find(PlaceNames.Key(parts[0]));
        if (parts.Length == 2 && gazetteer.Find(PlaceNames.Key(parts[1])).FirstOrDefault(p => p.Kind != PlaceKind.City) is { } qualifier)
            candidates = candidates.Where(p => p.Country == qualifier.Country && (qualifier.Kind == PlaceKind.Country || p.Admin1 == qualifier.Admin1)).ToList();
        return candidates.OrderBy(p => p.Kind).ThenByDescending(p => p.Population).FirstOrDefault();
    }

    /// <summary>
    /// The point a user means by "near": "latitude,longitude" in degrees (48.85,2.35) or a place's name as
    /// <see cref="Find"/> reads it; null when it is neither a valid point nor a place with coordinates.
    /// </summary>
    public static (double Lat, double Lon)? Point(Gazetteer gazetteer, string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        const System.Globalization.NumberStyles number = System.Globalization.NumberStyles.Float;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length == 2 && double.TryParse(parts[0], number, culture, out var lat) && double.TryParse(parts[1], number, culture, out var lon))
            return Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 ? (lat, lon) : null;
        return Find(gazetteer, text) is { Lat: { } plat, Lon: { } plon } ? (plat, plon) : null;
    }
}
