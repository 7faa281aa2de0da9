using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Stances;

/// <summary>
/// What may head a stance's topic and how topics share a key, from data/stances/topics.yaml: nouns that name an
/// issue even when an actor owns them, nouns that name actors, nouns that only point back, and aliases.
/// </summary>
public sealed class TopicVocabulary
{
    public TopicVocabulary(IEnumerable<string> issueHeads, IEnumerable<string> actorNouns, IEnumerable<string> anaphoric,
        IEnumerable<KeyValuePair<string, string>> aliases, IEnumerable<string>? issuePhrases = null)
    {
        IssuePhrases = [.. (issuePhrases ?? []).Select(p => p.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)];
        IssueHeads = Set(issueHeads);
        ActorNouns = Set(actorNouns);
        Anaphoric = Set(anaphoric);
        // longest variant first, so "accession to the european union" wins over "european union"
        Aliases = [.. aliases.Select(kv => (Variant: kv.Key.Trim().ToLowerInvariant(), Key: kv.Value.Trim().ToLowerInvariant()))
            .Where(a => a.Variant.Length > 0).OrderByDescending(a => a.Variant.Length)];
        PaddedAliases = [.. Aliases.Select(a => (" " + a.Variant + " ", " " + a.Key + " "))];
    }

    /// <summary>Singular nouns that name an issue even with an actor as their modifier ("Russian sanctions").</summary>
    public HashSet<string> IssueHeads { get; }
    /// <summary>Singular nouns that name actors or their belongings ("ally", "shipping").</summary>
    public HashSet<string> ActorNouns { get; }
    /// <summary>Singular nouns that point back to something named elsewhere ("move", "package").</summary>
    public HashSet<string> Anaphoric { get; }
    /// <summary>Issues whose head alone would name an actor ("state of emergency", "peacekeeping force"), as lower-case words.</summary>
    public IReadOnlyList<string[]> IssuePhrases { get; }
    /// <summary>Variant phrase and the phrase it stands for, longest variant first.</summary>
    public IReadOnlyList<(string Variant, string Key)> Aliases { get; }
    /// <summary>The aliases with a space each side (" variant ", " key "), as <see cref="TopicKeys"/> replaces them.</summary>
    internal (string Variant, string Key)[] PaddedAliases { get; }

    private static HashSet<string> Set(IEnumerable<string> words) =>
        new(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);

    private static TopicVocabulary? _default;
    public static TopicVocabulary Default => _default ??= StartupTrace.Time("stances topics.yaml", () => Load(DataDirectory.File("stances", "topics.yaml")));

    public static TopicVocabulary Load(string path)
    {
        var yaml = DataYaml.Load(path, () => new DeserializerBuilder().Build(), node => YamlValues.MapOf(node, YamlValues.Untyped))
                   ?? new Dictionary<string, object?>();
        IEnumerable<string> List(string key) =>
            yaml.TryGetValue(key, out var v) && v is List<object> l ? l.Select(o => o?.ToString() ?? "") : [];
        IEnumerable<KeyValuePair<string, string>> Map(string key) =>
            yaml.TryGetValue(key, out var v) && v is Dictionary<object, object> d
                ? d.Select(kv => new KeyValuePair<string, string>(kv.Key?.ToString() ?? "", kv.Value?.ToString() ?? ""))
                : [];
        return new TopicVocabulary(List("issue-heads"), List("actor-nouns"), List("anaphoric"), Map("aliases"), List("issue-phrases"));
    }
}
