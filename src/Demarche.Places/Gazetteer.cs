using System.Globalization;
using Demarche.Core.Data;

namespace Demarche.Places;

/// <summary>
/// Places by name: countries, first-level divisions and regions, and GeoNames cities (data/places/, built by
/// scripts/places/build-gazetteer.sh). Names are looked up in their folded form (<see cref="PlaceNames.Key"/>).
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place[]> _byName;
    private readonly Dictionary<string, Place> _countries;
    private readonly HashSet<(string Country, string Admin1)> _admin1;

    private Gazetteer(Dictionary<string, Place[]> byName, Dictionary<string, Place> countries, HashSet<(string, string)> admin1, int maxWords)
    {
        _byName = byName;
        _countries = countries;
        _admin1 = admin1;
        MaxWords = maxWords;
    }

    /// <summary>The most words a name has (the longest span worth looking up).</summary>
    public int MaxWords { get; }

    public int Count => _byName.Values.Sum(p => p.Length);

    private static readonly Lazy<Gazetteer> Shared = new(() => StartupTrace.Time("gazetteer (data/places)", () => Load(DataDirectory.File("places"))));

    /// <summary>The gazetteer of data/places, loaded once on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Places of that name (folded key), or none.</summary>
    public IReadOnlyList<Place> Find(string key) => _byName.TryGetValue(key, out var p) ? p : [];

    public Place? Country(string iso3) => _countries.GetValueOrDefault(iso3);

    public bool HasAdmin1(string country, string admin1) => _admin1.Contains((country, admin1));

    public static Gazetteer Load(string folder)
    {
        var lists = new Dictionary<string, Place[]>(60_000, StringComparer.Ordinal);
        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        var admin1 = new HashSet<(string, string)>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal); // one string per country code
        string Code(string s) => codes.TryGetValue(s, out var c) ? c : codes[s] = s;
        int maxWords = 1;
        void Add(string name, Place p)
        {
            var key = PlaceNames.Key(name);
            if (key.Length == 0) return;
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = [p];
                int words = 1;
                foreach (var ch in key) if (ch == ' ') words++;
                if (words > maxWords) maxWords = words;
            }
            else if (Array.IndexOf(list, p) < 0) lists[key] = [.. list, p];
        }

        foreach (var f in TsvFile.Read(Path.Combine(folder, "countries.tsv")))
        {
            var p = new Place(f[2], Code(f[0]), null, Num(f[3]), Num(f[4]), 0, PlaceKind.Country, false);
            countries[p.Country] = p;
            Add(f[2], p);
        }
        var states = Path.Combine(folder, "..", "actors", "states.tsv");
        if (File.Exists(states))
            foreach (var f in TsvFile.Read(states))
                if (countries.TryGetValue(f[0], out var country))
                    for (int i = 1; i < Math.Min(f.Length, 3); i++) Add(f[i], country); // display and ISO names
        foreach (var f in TsvFile.Read(Path.Combine(folder, "admin1.tsv")))
        {
            var p = new Place(f[0], Code(f[1]), f[2], Num(f[3]), Num(f[4]), 0, PlaceKind.Region, false);
            admin1.Add((p.Country, f[2]));
            Add(f[0], p);
        }
        foreach (var f in TsvFile.Read(Path.Combine(folder, "regions.tsv")))
            Add(f[0], new Place(f[0], Code(f[1]), null, Num(f[2]), Num(f[3]), 0, PlaceKind.Region, false));
        var cityByName = new Dictionary<(string, string), Place>();
        foreach (var f in TsvFile.Read(Path.Combine(folder, "cities.tsv")))
        {
            // name, ascii name (when it differs), country, admin1, lat, lon, population, kind
            if (f.Length < 8) continue;
            var p = new Place(f[0], Code(f[2]), f[3].Length == 0 ? null : f[3], Num(f[4]), Num(f[5]),
                int.Parse(f[6], CultureInfo.InvariantCulture), PlaceKind.City, f[7] == "capital");
            cityByName.TryAdd((f[0], p.Country), p);
            Add(f[0], p);
            if (f[1].Length > 0) Add(f[1], p);
        }
        foreach (var f in TsvFile.Read(Path.Combine(folder, "alternates.tsv")))
            if (cityByName.TryGetValue((f[1], f[2]), out var p)) Add(f[0], p);
        return new Gazetteer(lists, countries, admin1, maxWords);
    }

    private static double? Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
