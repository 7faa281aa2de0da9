using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Quotes;

/// <summary>The words that attribute speech, read from data/quotes/cues.yaml.</summary>
public sealed class QuoteCueLexicon
{
    public QuoteCueLexicon(
        IEnumerable<string> speechVerbs, IEnumerable<string> directOnly, IEnumerable<string> accordingTo,
        IEnumerable<string> statementPhrases, IEnumerable<string> audience, IEnumerable<string> pronouns,
        IEnumerable<string> clauseOpeners, IEnumerable<string>? characterising = null)
    {
        Characterising = new HashSet<string>((characterising ?? []).Select(Normalize), StringComparer.Ordinal);
        DirectOnly = new HashSet<string>(directOnly.Select(Normalize), StringComparer.Ordinal);
        var multi = new List<string[]>();
        foreach (var v in speechVerbs.Concat(DirectOnly).Select(Normalize).Distinct())
        {
            if (v.Contains(' ')) multi.Add(v.Split(' '));
            else SpeechVerbs.Add(v);
        }
        MultiWordVerbs = multi;
        AccordingTo = accordingTo.Select(p => Normalize(p).Split(' ')).ToArray();
        StatementPhrases = statementPhrases.Select(p => Normalize(p).Split(' ')).ToArray();
        Audience = audience.Select(p => Normalize(p).Split(' ')).OrderByDescending(p => p.Length).ToArray();
        Pronouns = pronouns.Select(p => Normalize(p).Split(' ')).OrderByDescending(p => p.Length).ToArray();
        PronounPhrases = Pronouns.Select(p => string.Join(' ', p)).ToArray();
        ClauseOpeners = new HashSet<string>(clauseOpeners.Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>One-word reporting verbs (every form), direct-only ones included.</summary>
    public HashSet<string> SpeechVerbs { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<string[]> MultiWordVerbs { get; }
    /// <summary>Cues that attribute quoted words only ("read"), never a reported clause.</summary>
    public HashSet<string> DirectOnly { get; }
    public IReadOnlyList<string[]> AccordingTo { get; }
    public IReadOnlyList<string[]> StatementPhrases { get; }
    public IReadOnlyList<string[]> Audience { get; }
    public IReadOnlyList<string[]> Pronouns { get; }
    /// <summary>The pronouns' words joined by one space ("he", "the ministry"), in the order of <see cref="Pronouns"/>.</summary>
    public string[] PronounPhrases { get; }
    public HashSet<string> ClauseOpeners { get; }
    /// <summary>Verbs that give the speaker's own words for a thing ("called the plan “a dead end”"): a short quote
    /// after one of them is speech.</summary>
    public HashSet<string> Characterising { get; }

    private static string Normalize(string s) => string.Join(' ', s.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static QuoteCueLexicon? _default;

    /// <summary>The lexicon in data/quotes/cues.yaml, read once.</summary>
    public static QuoteCueLexicon Default => _default ??= StartupTrace.Time("quotes cues.yaml", () => Load(DataDirectory.File("quotes", "cues.yaml")));

    public static QuoteCueLexicon Load(string path)
    {
        var yaml = DataYaml.Load(path, () => new DeserializerBuilder().Build(), YamlValues.StringLists)
                   ?? new Dictionary<string, List<string>?>();
        IEnumerable<string> Get(string key) => yaml.TryGetValue(key, out var v) && v is not null ? v : [];
        return new QuoteCueLexicon(Get("speech-verbs"), Get("direct-only"), Get("according-to"), Get("statement-phrases"),
            Get("audience"), Get("pronouns"), Get("clause-openers"), Get("characterising"));
    }
}
