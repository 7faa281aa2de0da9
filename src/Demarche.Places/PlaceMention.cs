namespace Demarche.Places;

/// <summary>
/// Words that name a place where something happens ("in Kharkiv", "near the town of Badme", a dateline): their
/// offsets, the places the name may be, and the country or division that qualifies it ("Paris, Texas"), if any.
/// </summary>
public sealed record PlaceMention(int Start, int End, IReadOnlyList<Place> Candidates)
{
    /// <summary>A country or first-level division named right after the place ("Paris, Texas"; "KYIV, Ukraine").</summary>
    public Place? Qualifier { get; init; }
}
