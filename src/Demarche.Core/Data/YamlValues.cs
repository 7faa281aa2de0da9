using System.Globalization;

namespace Demarche.Core.Data;

/// <summary>
/// The values of a <see cref="YamlTree"/> tree as YamlDotNet's typed reading makes them (for
/// <see cref="DataYaml.Load{T}(string, Func{YamlDotNet.Serialization.IDeserializer}, Func{object?, T})"/>): a
/// mapping's value by key, string lists and maps, numbers in the invariant culture. A value of another kind than asked
/// is an <see cref="InvalidDataException"/> (the caller then reads the file with YamlDotNet, which says where it is wrong).
/// </summary>
public static class YamlValues
{
    /// <summary>The mapping (null: none, as an empty file or an empty value).</summary>
    public static Dictionary<string, object?>? Map(object? node) => node switch
    {
        null => null,
        Dictionary<string, object?> map => map,
        _ => throw Kind("a mapping", node),
    };

    /// <summary>Whether the mapping holds the key (a property YamlDotNet would set), and its value.</summary>
    public static bool TryGet(Dictionary<string, object?>? map, string key, out object? value)
    {
        value = null;
        return map is not null && map.TryGetValue(key, out value);
    }

    public static string? String(object? node) => node switch
    {
        null => null,
        string s => s,
        _ => throw Kind("a string", node),
    };

    /// <summary>A list of strings (an item may be null, as YamlDotNet reads a plain ~ or empty item).</summary>
    public static List<string>? Strings(object? node) => node switch
    {
        null => null,
        List<object?> list => list.ConvertAll(item => String(item)!),
        _ => throw Kind("a list", node),
    };

    /// <summary>A mapping of names to string lists (a Dictionary&lt;string, List&lt;string&gt;?&gt;? to YamlDotNet).</summary>
    public static Dictionary<string, List<string>?>? StringLists(object? node) => MapOf(node, Strings);

    /// <summary>A mapping of strings to <typeparamref name="TValue"/> (in file order).</summary>
    public static Dictionary<string, TValue>? MapOf<TValue>(object? node, Func<object?, TValue> value)
    {
        if (Map(node) is not { } map) return null;
        var result = new Dictionary<string, TValue>(map.Count);
        foreach (var (key, item) in map) result.Add(key, value(item));
        return result;
    }

    /// <summary>A value as YamlDotNet reads it into an object: strings, List&lt;object&gt; and Dictionary&lt;object, object&gt;.</summary>
    public static object? Untyped(object? node) => node switch
    {
        Dictionary<string, object?> map => map.ToDictionary(kv => (object)kv.Key, kv => Untyped(kv.Value)),
        List<object?> list => list.ConvertAll(Untyped),
        _ => node,
    };

    public static double Double(object? node) =>
        double.Parse(String(node) ?? throw Kind("a number", node), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Int(object? node) =>
        int.Parse(String(node) ?? throw Kind("a whole number", node), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static InvalidDataException Kind(string expected, object? node) =>
        new($"expected {expected}, found {node switch { null => "nothing", string => "a string", List<object?> => "a list", _ => "a mapping" }}");
}
