using System.Globalization;
using Demarche.Core.Data;

namespace Demarche.Store.Export;

/// <summary>
/// What GDELT's geography columns need of a place: FIPS 10-4 country codes (data/places/fips10-4.tsv), country
/// names and centres (countries.tsv) and first-level division names (admin1.tsv). Loaded once, on first use.
/// </summary>
public sealed class GeoCodes
{
    private readonly Dictionary<string, string> _fips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, double? Lat, double? Lon, string Iso2)> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _admin1 = [];

    private static readonly Lazy<GeoCodes> Shared = new(() => Load(DataDirectory.File("places")));
    public static GeoCodes Default => Shared.Value;

    public static GeoCodes Load(string folder)
    {
        var g = new GeoCodes();
        foreach (var f in TsvFile.Read(Path.Combine(folder, "fips10-4.tsv"), 2, "iso3, fips")) g._fips[f[0]] = f[1];
        foreach (var f in TsvFile.Read(Path.Combine(folder, "countries.tsv"), 5, "iso3, iso2, name, lat, lon")) g._countries[f[0]] = (f[2], Num(f[3]), Num(f[4]), f[1]);
        foreach (var f in TsvFile.Read(Path.Combine(folder, "admin1.tsv"), 5, "name, country, code, lat, lon")) g._admin1[(f[1], f[2])] = f[0];
        return g;
    }

    public string? Fips(string? iso3) => iso3 is not null && _fips.TryGetValue(iso3, out var f) ? f : null;
    public string? Iso2(string? iso3) => iso3 is not null && _countries.TryGetValue(iso3, out var c) ? c.Iso2 : null;
    public string? CountryName(string? iso3) => iso3 is not null && _countries.TryGetValue(iso3, out var c) ? c.Name : null;
    public (double? Lat, double? Lon) CountryCentre(string iso3) => _countries.TryGetValue(iso3, out var c) ? (c.Lat, c.Lon) : (null, null);
    public string? Admin1Name(string? iso3, string? admin1) => iso3 is not null && admin1 is not null && _admin1.TryGetValue((iso3, admin1), out var n) ? n : null;
    public bool IsCountry(string code) => _fips.ContainsKey(code);

    private static double? Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
