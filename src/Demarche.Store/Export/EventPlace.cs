using System.Globalization;

namespace Demarche.Store.Export;

/// <summary>An event's stored location read back from one packed column (name|country|admin1|lat|lon) of a merged row.</summary>
public sealed record EventPlace(string Name, string? Country, string? Admin1, double? Lat, double? Lon)
{
    /// <summary>SQL that packs an event's location into one text value (max() of it keeps one event's location whole).</summary>
    internal const string PackedSql =
        "max(CASE WHEN e.location_name IS NULL THEN NULL ELSE e.location_name || '|' || coalesce(e.location_country, '') || '|' "
        + "|| coalesce(e.location_admin1, '') || '|' || coalesce(CAST(e.location_lat AS TEXT), '') || '|' || coalesce(CAST(e.location_lon AS TEXT), '') END)";

    public static EventPlace? Unpack(string? packed)
    {
        if (packed is null) return null;
        var f = packed.Split('|');
        if (f.Length < 5) return null;
        static string? Text(string s) => s.Length == 0 ? null : s;
        static double? Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        return new EventPlace(f[0], Text(f[1]), Text(f[2]), Num(f[3]), Num(f[4]));
    }

    /// <summary>A country-wide place: the country itself (no division, named as the country).</summary>
    public bool IsCountryWide(GeoCodes geo) => Admin1 is null && geo.CountryName(Country) == Name;
}
