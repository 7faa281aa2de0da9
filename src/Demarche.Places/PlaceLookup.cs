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
}
