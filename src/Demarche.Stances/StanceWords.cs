using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Stances;

/// <summary>
/// The closed word lists of the stances stage (determiners, negations, words that end a topic, amounts …), from
/// data/stances/words.yaml: one named list each, so a user can read and edit them without rebuilding.
/// </summary>
public sealed class StanceWords(IReadOnlyDictionary<string, List<string>> lists, string source)
{
    /// <summary>The list as a set of words (case-sensitive unless asked otherwise).</summary>
    public HashSet<string> Set(string name, bool ignoreCase = false) =>
        new(List(name), ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>The list in file order; a list the file lacks is an error naming the file and the list.</summary>
    public string[] List(string name) =>
        lists.TryGetValue(name, out var l) ? [.. l.Where(w => w.Length > 0)]
            : throw new InvalidDataException($"{source}: the list '{name}' is missing");

    private static StanceWords? _default;
    public static StanceWords Default => _default ??= StartupTrace.Time("stances words.yaml", () => Load(DataDirectory.File("stances", "words.yaml")));

    public static StanceWords Load(string path)
    {
        var yaml = DataYaml.Load(path, () => new DeserializerBuilder().Build(), YamlValues.StringLists)
                   ?? new Dictionary<string, List<string>?>();
        return new StanceWords(yaml.ToDictionary(kv => kv.Key, kv => (kv.Value ?? []).Select(w => w.ToLowerInvariant()).ToList(), StringComparer.Ordinal), path);
    }
}
