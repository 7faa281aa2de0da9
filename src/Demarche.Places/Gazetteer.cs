using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Demarche.Core.Data;

namespace Demarche.Places;

/// <summary>
/// Places by name: countries, first-level divisions and regions, and GeoNames cities (data/places/, built by
/// scripts/places/build-gazetteer.sh). Names are looked up in their folded form (<see cref="PlaceNames.Key"/>).
/// The gazetteer is built once from the text files into compact tables kept in the user's cache
/// (<see cref="DataCache"/>), from which later runs map it; a place becomes an object when a lookup first finds it.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The layout of the cached tables (<see cref="PlaceRecord"/> and the order of the parts).</summary>
    private const int CacheFormat = 1;

    private readonly DataBlock _block;
    private readonly long _records, _members;
    private readonly WordTable<byte> _strings;     // every name and code once; its entry number is the string's id
    private readonly WordTable<(int First, int Count)> _byName; // folded name -> its places in _members
    private readonly WordTable<int> _countries;    // ISO 3166-1 alpha-3 -> place
    private readonly WordTable<byte> _admin1;      // "country<TAB>admin1"
    private readonly Place?[] _places;
    private readonly Place[]?[] _lists;

    private Gazetteer(DataBlock block)
    {
        _block = block;
        var header = MemoryMarshal.Cast<byte, int>(block.Bytes(0, 4 * sizeof(int)));
        MaxWords = header[0];
        Count = header[1];
        int places = header[2], members = header[3];
        long offset = 4 * sizeof(int);
        _records = offset;
        offset = Aligned(offset + (long)places * Unsafe.SizeOf<PlaceRecord>());
        _members = offset;
        block.Bytes(_members, (long)members * sizeof(int));
        offset = Aligned(offset + (long)members * sizeof(int));
        _strings = WordTable<byte>.Read(block, ref offset);
        _byName = WordTable<(int, int)>.Read(block, ref offset);
        _countries = WordTable<int>.Read(block, ref offset);
        _admin1 = WordTable<byte>.Read(block, ref offset);
        _places = new Place?[places];
        _lists = new Place[]?[_byName.Count];
    }

    /// <summary>The most words a name has (the longest span worth looking up).</summary>
    public int MaxWords { get; }

    /// <summary>The places under all names (a place with two names counts twice).</summary>
    public int Count { get; }

    private static readonly Lazy<Gazetteer> Shared = new(() => StartupTrace.Time("gazetteer (data/places)", () => Load(DataDirectory.File("places"))));

    /// <summary>The gazetteer of data/places, loaded once on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Places of that name (folded key), or none.</summary>
    public IReadOnlyList<Place> Find(string key) => Find(key.AsSpan());

    /// <summary>Places of that name (folded key), or none.</summary>
    public IReadOnlyList<Place> Find(ReadOnlySpan<char> key)
    {
        int entry = _byName.IndexOf(key);
        if (entry < 0) return [];
        if (_lists[entry] is { } known) return known;
        var (first, count) = _byName.ValueAt(entry);
        var ids = MemoryMarshal.Cast<byte, int>(_block.Bytes(_members + (long)first * sizeof(int), (long)count * sizeof(int)));
        var list = new Place[count];
        for (int i = 0; i < count; i++) list[i] = PlaceAt(ids[i]);
        return _lists[entry] = list;
    }

    public Place? Country(string iso3) => _countries.TryGetValue(iso3, out int id) ? PlaceAt(id) : null;

    public bool HasAdmin1(string country, string admin1) => _admin1.ContainsKey($"{country}\t{admin1}");

    /// <summary>A place as an object, made on first use (two threads may both make it: the records are equal).</summary>
    private Place PlaceAt(int id)
    {
        if (_places[id] is { } known) return known;
        var r = MemoryMarshal.Read<PlaceRecord>(_block.Bytes(_records + (long)id * Unsafe.SizeOf<PlaceRecord>(), Unsafe.SizeOf<PlaceRecord>()));
        var place = new Place(_strings.KeyAt(r.Name), _strings.KeyAt(r.Country), r.Admin1 < 0 ? null : _strings.KeyAt(r.Admin1),
            (r.Flags & PlaceRecord.HasLat) != 0 ? r.Lat : null, (r.Flags & PlaceRecord.HasLon) != 0 ? r.Lon : null,
            r.Population, r.Kind, (r.Flags & PlaceRecord.IsCapital) != 0);
        return _places[id] = place;
    }

    private static long Aligned(long n) => (n + 7) & ~7L;

    /// <summary>One place as the cache holds it: strings by their id in the string table.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct PlaceRecord
    {
        public const byte IsCapital = 1, HasLat = 2, HasLon = 4;
        public double Lat, Lon;
        public int Name, Country, Admin1, Population;
        public PlaceKind Kind;
        public byte Flags;
    }

    /// <summary>
    /// The gazetteer of a data/places folder (and ../actors/states.tsv for countries' display names), from the user's
    /// cache when it holds one made from these files as they are now.
    /// </summary>
    public static Gazetteer Load(string folder)
    {
        string[] sources = [.. new[] { "countries.tsv", "../actors/states.tsv", "admin1.tsv", "regions.tsv", "cities.tsv", "alternates.tsv" }
            .Select(f => Path.GetFullPath(Path.Combine(folder, f)))];
        return new Gazetteer(DataCache.Load("gazetteer", CacheFormat, sources, () => Build(folder)));
    }

    /// <summary>The cached form of the places the files hold (see <see cref="Read"/>).</summary>
    private static byte[] Build(string folder)
    {
        var (lists, countries, admin1, maxWords) = Read(folder);
        var ids = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        var records = new List<PlaceRecord>();
        var strings = new Dictionary<string, byte>(StringComparer.Ordinal);
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int StringId(string text)
        {
            if (stringIds.TryGetValue(text, out int id)) return id;
            strings[text] = 0;
            return stringIds[text] = stringIds.Count;
        }
        int Id(Place p)
        {
            if (ids.TryGetValue(p, out int id)) return id;
            records.Add(new PlaceRecord
            {
                Lat = p.Lat ?? 0, Lon = p.Lon ?? 0, Name = StringId(p.Name), Country = StringId(p.Country),
                Admin1 = p.Admin1 is null ? -1 : StringId(p.Admin1), Population = p.Population, Kind = p.Kind,
                Flags = (byte)((p.Capital ? PlaceRecord.IsCapital : 0) | (p.Lat is null ? 0 : PlaceRecord.HasLat) | (p.Lon is null ? 0 : PlaceRecord.HasLon)),
            });
            return ids[p] = records.Count - 1;
        }
        var members = new List<int>();
        var byName = new List<KeyValuePair<string, (int, int)>>(lists.Count);
        foreach (var (name, places) in lists)
        {
            byName.Add(KeyValuePair.Create(name, (members.Count, places.Length)));
            foreach (var p in places) members.Add(Id(p));
        }
        var countryIds = countries.Select(c => KeyValuePair.Create(c.Key, Id(c.Value))).ToList();
        var admin1Keys = admin1.Select(a => KeyValuePair.Create($"{a.Country}\t{a.Admin1}", (byte)0)).ToList();

        var output = new MemoryStream();
        output.Write(MemoryMarshal.AsBytes<int>([maxWords, members.Count, records.Count, members.Count]));
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(records)));
        Pad(output);
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(members)));
        Pad(output);
        WordTable<byte>.Write(output, strings, ignoreCase: false);
        WordTable<(int, int)>.Write(output, byName, ignoreCase: false);
        WordTable<int>.Write(output, countryIds, ignoreCase: false);
        WordTable<byte>.Write(output, admin1Keys, ignoreCase: false);
        return output.ToArray();
    }

    private static void Pad(Stream output) => output.Write(new byte[Aligned(output.Length) - output.Length]);

    /// <summary>The places of the text files: by folded name (in file order), countries by code, admin1 codes, the longest name's words.</summary>
    private static (Dictionary<string, Place[]> Lists, Dictionary<string, Place> Countries, HashSet<(string Country, string Admin1)> Admin1, int MaxWords) Read(string folder)
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

        foreach (var f in TsvFile.Read(Path.Combine(folder, "countries.tsv"), 5, "iso3, iso2, name, lat, lon"))
        {
            var p = new Place(f[2], Code(f[0]), null, Num(f[3]), Num(f[4]), 0, PlaceKind.Country, false);
            countries[p.Country] = p;
            Add(f[2], p);
        }
        var states = Path.Combine(folder, "..", "actors", "states.tsv");
        if (File.Exists(states))
            foreach (var f in TsvFile.Read(states, 2, "code, name"))
                if (countries.TryGetValue(f[0], out var country))
                    for (int i = 1; i < Math.Min(f.Length, 3); i++) Add(f[i], country); // display and ISO names
        foreach (var f in TsvFile.Read(Path.Combine(folder, "admin1.tsv"), 5, "name, country, code, lat, lon"))
        {
            var p = new Place(f[0], Code(f[1]), f[2], Num(f[3]), Num(f[4]), 0, PlaceKind.Region, false);
            admin1.Add((p.Country, f[2]));
            Add(f[0], p);
        }
        foreach (var f in TsvFile.Read(Path.Combine(folder, "regions.tsv"), 4, "name, country, lat, lon"))
            Add(f[0], new Place(f[0], Code(f[1]), null, Num(f[2]), Num(f[3]), 0, PlaceKind.Region, false));
        var cityByName = new Dictionary<(string, string), Place>();
        var citiesPath = Path.Combine(folder, "cities.tsv");
        foreach (var row in TsvFile.ReadNumbered(citiesPath))
        {
            // name, ascii name (when it differs), country, admin1, lat, lon, population, kind
            var f = row.Fields;
            if (f.Length < 8) throw DataFileError.At(citiesPath, row.Line, 1, $"expected 8 tab-separated fields (name, ascii name, country, admin1, lat, lon, population, kind), found {f.Length}");
            var p = new Place(f[0], Code(f[2]), f[3].Length == 0 ? null : f[3], Num(f[4]), Num(f[5]),
                TsvFile.Int(citiesPath, row, 6), PlaceKind.City, f[7] == "capital");
            cityByName.TryAdd((f[0], p.Country), p);
            Add(f[0], p);
            if (f[1].Length > 0) Add(f[1], p);
        }
        foreach (var f in TsvFile.Read(Path.Combine(folder, "alternates.tsv"), 3, "alternate name, city, country"))
            if (cityByName.TryGetValue((f[1], f[2]), out var p)) Add(f[0], p);
        return (lists, countries, admin1, maxWords);
    }

    private static double? Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
