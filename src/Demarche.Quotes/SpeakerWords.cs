using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Quotes;

/// <summary>The word classes of data/quotes/speaker-words.yaml that steer the reading of speaker phrases, read once.</summary>
internal sealed class SpeakerWords
{
    public required HashSet<string> InstitutionWords { get; init; }
    public required HashSet<string> NameStopWords { get; init; }
    public required HashSet<string> IntroWords { get; init; }
    public required HashSet<string> SubjectEnders { get; init; }
    public required HashSet<string> TimeWords { get; init; }
    public required HashSet<string> TimeNouns { get; init; }
    public required HashSet<string> AdjunctStarters { get; init; }
    public required HashSet<string> TrailingAdverbs { get; init; }
    public required HashSet<string> NotAdverbs { get; init; }
    public required HashSet<string> StateInstitutionHeads { get; init; }

    private static readonly Lazy<SpeakerWords> Shared = new(() => StartupTrace.Time("quotes speaker-words.yaml", () => Load(DataDirectory.File("quotes", "speaker-words.yaml"))));

    public static SpeakerWords Default => Shared.Value;

    public static SpeakerWords Load(string path)
    {
        var yaml = DataYaml.Load(path, () => new DeserializerBuilder().Build(), YamlValues.StringLists)
                   ?? new Dictionary<string, List<string>?>();
        HashSet<string> Get(string key, StringComparer comparer) =>
            new(yaml.TryGetValue(key, out var v) && v is not null ? v.Select(w => w.Trim()) : [], comparer);
        HashSet<string> Lower(string key) =>
            new(yaml.TryGetValue(key, out var v) && v is not null ? v.Select(w => w.Trim().ToLowerInvariant()) : [], StringComparer.Ordinal);
        return new SpeakerWords
        {
            InstitutionWords = Get("institution-heads", StringComparer.OrdinalIgnoreCase),
            NameStopWords = Get("name-stop-words", StringComparer.Ordinal),
            IntroWords = Lower("intro-words"),
            SubjectEnders = Lower("subject-enders"),
            TimeWords = Lower("time-words"),
            TimeNouns = Lower("time-nouns"),
            AdjunctStarters = Lower("adjunct-starters"),
            TrailingAdverbs = Lower("trailing-adverbs"),
            NotAdverbs = Lower("not-adverbs"),
            StateInstitutionHeads = Lower("state-institution-heads"),
        };
    }
}
