using System.Globalization;
using Demarche.Core.Data;

namespace Demarche.Actors.Lexicon;

/// <summary>Helpers over <see cref="YamlTree"/> trees: mappings, sequences and scalar strings.</summary>
internal static class Yaml
{
    public static object? Load(string path) => YamlTree.Load(path);

    public static object? Get(this Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key);

    public static string? Str(this Dictionary<string, object?> map, string key) => Scalar(map.Get(key));

    public static string? Scalar(object? node) => node is string s && s.Trim().Length > 0 ? s.Trim() : null;

    public static IEnumerable<string> List(this Dictionary<string, object?> map, string key)
    {
        switch (map.Get(key))
        {
            case List<object?> seq:
                foreach (var n in seq)
                    if (Scalar(n) is { } v) yield return v;
                break;
            case string one when Scalar(one) is { } v1:
                yield return v1;
                break;
        }
    }

    public static bool Bool(this Dictionary<string, object?> map, string key) =>
        map.Str(key) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "yes");

    public static DateOnly? Date(this Dictionary<string, object?> map, string key)
    {
        var v = map.Str(key);
        if (v is null) return null;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(v, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1800 and < 2200) return new DateOnly(y, 1, 1);
        return null;
    }
}
