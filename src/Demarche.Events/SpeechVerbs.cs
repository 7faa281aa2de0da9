using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// Verbs of speech and the role their reported clause plays for the event coder (data/events/speech-verbs.tsv:
/// lemma, tab, role): "demand" (a reported must/should is a demand), "announce" (a reported will/would hostile act
/// is a threat), "vow" (a vowed hostile act is a threat).
/// </summary>
public sealed class SpeechVerbs
{
    public const string FileName = "speech-verbs.tsv";
    private readonly HashSet<(string Lemma, string Role)> _pairs;

    private readonly HashSet<string> _lemmas;

    private SpeechVerbs(HashSet<(string, string)> pairs)
    {
        _pairs = pairs;
        _lemmas = pairs.Select(p => p.Item1).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly Lazy<SpeechVerbs> _default = new(() => StartupTrace.Time("speech verbs", () => Load(DataDirectory.File("events", FileName))));
    public static SpeechVerbs Default => _default.Value;

    public bool Has(string lemma, string role) => _pairs.Contains((lemma, role));

    /// <summary>Whether the lemma is listed as a verb of speech in any role.</summary>
    public bool IsSpeech(string lemma) => _lemmas.Contains(lemma);

    public static SpeechVerbs Load(string path)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var cols in TsvFile.Read(path, 2, "lemma, role"))
        {
            pairs.Add((cols[0].Trim(), cols[1].Trim()));
        }
        return new SpeechVerbs(pairs);
    }
}
