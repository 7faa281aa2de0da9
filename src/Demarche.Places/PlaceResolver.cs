namespace Demarche.Places;

/// <summary>
/// Picks which place a name means: a country or region over a town of the same name, a large city over a small
/// one, a place in a country or division the article names (as a place, or through its actors) over one
/// elsewhere, and the place its qualifier names ("Paris, Texas") above all. A small town (under 100,000 people)
/// is taken only when the article names its country or division as a place, or a qualifier does.
/// </summary>
public static class PlaceResolver
{
    public const int SmallTown = 100_000;

    public static Place? Choose(PlaceMention m, ArticleGeography geo)
    {
        Place? best = null;
        double bestScore = double.MinValue;
        for (int i = 0; i < m.Candidates.Count; i++) // by index: the list is an interface, its enumerator a box
        {
            var p = m.Candidates[i];
            bool qualified = m.Qualifier is { } q && q.Country == p.Country && (q.Kind == PlaceKind.Country || q.Admin1 == p.Admin1);
            if (m.Qualifier is not null && !qualified && m.Candidates.Count > 1) continue;
            bool placeEvidence = geo.NamesCountryAsPlace(p.Country) || geo.NamesAdmin1(p);
            if (p.Kind == PlaceKind.City && p.Population < SmallTown && !qualified && !placeEvidence) continue;
            double score = p.Kind switch
            {
                PlaceKind.Country => 12,
                PlaceKind.Region => 10,
                _ => 1.5 * Math.Log10(p.Population + 1) + (p.Capital ? 1.5 : 0),
            };
            if (geo.NamesCountryAsPlace(p.Country)) score += 2.5;
            if (geo.HasActorOf(p.Country)) score += 1.5;
            if (geo.NamesAdmin1(p)) score += 4;
            if (qualified) score += 10;
            if (score > bestScore) { best = p; bestScore = score; }
        }
        return best;
    }
}
