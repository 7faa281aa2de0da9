namespace Demarche.Places;

public enum PlaceKind : byte
{
    Country,
    /// <summary>A first-level division (a US state, a Swiss canton) or a region news names (Darfur, the West Bank).</summary>
    Region,
    City,
}

/// <summary>One gazetteer entry: its name, country (ISO 3166-1 alpha-3), GeoNames admin1 code, centre and population.</summary>
public sealed record Place(string Name, string Country, string? Admin1, double? Lat, double? Lon, int Population, PlaceKind Kind, bool Capital);
