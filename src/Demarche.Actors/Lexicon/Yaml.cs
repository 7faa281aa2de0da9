using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Demarche.Actors.Lexicon;

/// <summary>Small helpers to read YAML nodes without reflection (fast start-up).</summary>
internal static class Yaml
{
    public static YamlNode? Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        try { stream.Load(reader); }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public static string? Str(this YamlMappingNode map, string key) => Scalar(map.Get(key));

    public static string? Scalar(YamlNode? node)
    {
        if (node is not YamlScalarNode s || s.Value is null) return null;
        var v = s.Value.Trim();
        return v.Length == 0 || (s.Style == YamlDotNet.Core.ScalarStyle.Plain && v is "null" or "~") ? null : v;
    }

    public static IEnumerable<string> List(this YamlMappingNode map, string key)
    {
        switch (map.Get(key))
        {
            case YamlSequenceNode seq:
                foreach (var n in seq.Children)
                    if (Scalar(n) is { } v) yield return v;
                break;
            case YamlScalarNode s when Scalar(s) is { } one:
                yield return one;
                break;
        }
    }

    public static bool Bool(this YamlMappingNode map, string key) =>
        map.Str(key) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "yes");

    public static DateOnly? Date(this YamlMappingNode map, string key)
    {
        var v = map.Str(key);
        if (v is null) return null;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(v, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1800 and < 2200) return new DateOnly(y, 1, 1);
        return null;
    }
}
