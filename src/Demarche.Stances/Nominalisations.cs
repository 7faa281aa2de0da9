using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Stances;

/// <summary>Verbs turned into topic nouns ("recognising" -> "recognition of"), from data/stances/nominalisations.yaml.</summary>
public sealed class Nominalisations(IReadOnlyDictionary<string, string> byBase)
{
    /// <summary>Whether the word is a verb's base form in the table ("reopen", not "sanctions").</summary>
    public bool IsBase(string word) => byBase.ContainsKey(word);

    /// <summary>The noun and linking preposition for a verb in any form (recognise, recognises, recognised, recognising).</summary>
    public string? Of(string word)
    {
        var w = word.ToLowerInvariant();
        if (byBase.TryGetValue(w, out var n)) return n;
        foreach (var stem in Stems(w))
            if (byBase.TryGetValue(stem, out n)) return n;
        return null;
    }

    private static IEnumerable<string> Stems(string w)
    {
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            var s = w[..^3];
            yield return s;
            yield return s + "e";
            if (s.Length > 2 && s[^1] == s[^2]) yield return s[..^1]; // stopping -> stop
        }
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            var s = w[..^2];
            yield return s;
            yield return w[..^1];
            if (s.Length > 2 && s[^1] == s[^2]) yield return s[..^1];
        }
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal)) yield return w[..^3] + "y"; // ratified -> ratify
        if (w.EndsWith("es", StringComparison.Ordinal)) yield return w[..^2];
        if (w.EndsWith('s')) yield return w[..^1];
    }

    private static Nominalisations? _default;
    public static Nominalisations Default => _default ??= StartupTrace.Time("stances nominalisations.yaml", () => Load(DataDirectory.File("stances", "nominalisations.yaml")));

    public static Nominalisations Load(string path)
    {
        var map = DataYaml.Deserialize<Dictionary<string, string>?>(new DeserializerBuilder().Build(), path)
                  ?? new Dictionary<string, string>();
        return new Nominalisations(map.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value.Trim(), StringComparer.Ordinal));
    }
}
