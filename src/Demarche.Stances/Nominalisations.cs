using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Stances;

/// <summary>Verbs turned into topic nouns ("recognising" -> "recognition of"), from data/stances/nominalisations.yaml.</summary>
public sealed class Nominalisations
{
    private readonly IReadOnlyDictionary<string, string> _byBase;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public Nominalisations(IReadOnlyDictionary<string, string> byBase)
    {
        _byBase = byBase;
        _bySpan = new Dictionary<string, string>(byBase, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the word is a verb's base form in the table ("reopen", not "sanctions").</summary>
    public bool IsBase(string word) => _byBase.ContainsKey(word);

    /// <summary>The noun and linking preposition for a verb in any form (recognise, recognises, recognised, recognising).</summary>
    public string? Of(string word)
    {
        var w = word.ToLowerInvariant();
        if (_byBase.TryGetValue(w, out var n)) return n;
        // the stems, in this order: -ing (recognising -> recognis, recognise; stopping -> stop), -ed (ratified ->
        // ratifi, ratifie; stopped -> stop), -ied/-ies -> -y, -es, -s; each looked up without making a string
        Span<char> buf = w.Length < 64 ? stackalloc char[w.Length + 1] : new char[w.Length + 1];
        var span = w.AsSpan();
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            var s = span[..^3];
            if (Find(s, out n)) return n;
            s.CopyTo(buf);
            buf[s.Length] = 'e';
            if (Find(buf[..(s.Length + 1)], out n)) return n;
            if (s.Length > 2 && s[^1] == s[^2] && Find(s[..^1], out n)) return n; // stopping -> stop
        }
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            var s = span[..^2];
            if (Find(s, out n) || Find(span[..^1], out n)) return n;
            if (s.Length > 2 && s[^1] == s[^2] && Find(s[..^1], out n)) return n;
        }
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            span[..^3].CopyTo(buf);
            buf[w.Length - 3] = 'y';
            if (Find(buf[..(w.Length - 2)], out n)) return n; // ratified -> ratify
        }
        if (w.EndsWith("es", StringComparison.Ordinal) && Find(span[..^2], out n)) return n;
        if (w.EndsWith('s') && Find(span[..^1], out n)) return n;
        return null;
    }

    private bool Find(ReadOnlySpan<char> stem, out string noun) => _bySpan.TryGetValue(stem, out noun!);

    private static Nominalisations? _default;
    public static Nominalisations Default => _default ??= StartupTrace.Time("stances nominalisations.yaml", () => Load(DataDirectory.File("stances", "nominalisations.yaml")));

    public static Nominalisations Load(string path)
    {
        var map = DataYaml.Load(path, () => new DeserializerBuilder().Build(), node => YamlValues.MapOf(node, value => YamlValues.String(value)!))
                  ?? new Dictionary<string, string>();
        return new Nominalisations(map.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value.Trim(), StringComparer.Ordinal));
    }
}
