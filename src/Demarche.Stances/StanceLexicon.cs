using Demarche.Core.Data;
using Demarche.Core.Model;
using YamlDotNet.Serialization;

namespace Demarche.Stances;

/// <summary>One verb or phrase of position: its words ("*" is a slot for the addressee), its polarity, and whether
/// it is an action whose object becomes the topic's noun ("recognise a state"), or a walking away from talks or an
/// agreement that holds a stance only on them ("suspended the talks").</summary>
/// <remarks>See <see cref="CueTopics"/> for the topics a cue may take.</remarks>
public sealed record StanceCue(string[] Words, string Polarity, bool IsAction, CueTopics Topics = CueTopics.Any)
{
    /// <summary>A walking away from talks or an agreement ("suspended", "withdrew from").</summary>
    public bool IsWithdrawal => Topics == CueTopics.Agreements;

    public int LiteralCount => Words.Count(w => w != "*");
    public bool EndsInVerbIntroducer => Words[^1] is "to" or "from" or "against" or "for";
}

/// <summary>What a cue's topic must name: anything the topic check lets through, talks or an agreement (words.yaml
/// withdrawal-topic-heads: "suspended the talks"), or an issue by its head noun (topics.yaml issue-heads or a noun of
/// action: "wants a ceasefire", not "wants a point here").</summary>
public enum CueTopics { Any, Agreements, Issues }

/// <summary>The verbs of position in data/stances/verbs.yaml, indexed by their first word.</summary>
public sealed class StanceLexicon
{
    private readonly Dictionary<string, List<StanceCue>> _byFirst = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Noun, string Link), string> _nouns = [];

    public StanceLexicon(IEnumerable<StanceCue> cues, IEnumerable<string>? notTopics = null, IEnumerable<StanceCue>? nouns = null)
    {
        foreach (var n in nouns ?? [])
            if (n.Words.Length == 2) _nouns[(n.Words[0], n.Words[1])] = n.Polarity;
        NotTopics = new HashSet<string>((notTopics ?? []).Select(w => w.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var cue in cues.OrderByDescending(c => c.LiteralCount).ThenByDescending(c => c.Words.Length))
        {
            if (!_byFirst.TryGetValue(cue.Words[0], out var list)) _byFirst[cue.Words[0]] = list = [];
            list.Add(cue);
        }
    }

    /// <summary>Head nouns of topics that are words said, not issues ("the charges", "the remarks").</summary>
    public HashSet<string> NotTopics { get; }

    /// <summary>The polarity of a noun of position followed by its link word ("support for", "opposition to"), or null.</summary>
    public string? NounOfPosition(string noun, string link) => _nouns.GetValueOrDefault((noun, link));

    /// <summary>The cues that start with this lower-case word, longest first.</summary>
    public IReadOnlyList<StanceCue> StartingWith(string word) => _byFirst.TryGetValue(word, out var l) ? l : NoCues;

    private static readonly StanceCue[] NoCues = [];

    /// <summary>Whether a cue of position that takes any topic starts with this lower-case word (not "withdraw from",
    /// read only for talks and agreements, nor "want", read only for issues).</summary>
    public bool StartsPositionCue(string word) => StartsPositionCue(word, null, checkNext: false);

    /// <summary>As <see cref="StartsPositionCue(string)"/>, for a cue of several words only when the word after it,
    /// <paramref name="next"/> (lower case; null when there is none), goes on as the cue does ("sign on to", not "sign
    /// the declaration").</summary>
    public bool StartsPositionCue(string word, string? next) => StartsPositionCue(word, next, checkNext: true);

    private bool StartsPositionCue(string word, string? next, bool checkNext)
    {
        foreach (var cue in StartingWith(word))
        {
            if (cue.Topics != CueTopics.Any) continue;
            if (!checkNext || cue.Words.Length < 2 || cue.Words[1] == "*" || next == cue.Words[1]) return true;
        }
        return false;
    }

    private static StanceLexicon? _default;
    public static StanceLexicon Default => _default ??= StartupTrace.Time("stances verbs.yaml", () => Load(DataDirectory.File("stances", "verbs.yaml")));

    public static StanceLexicon Load(string path)
    {
        var yaml = DataYaml.Load(path, () => new DeserializerBuilder().Build(), YamlValues.StringLists)
                   ?? new Dictionary<string, List<string>?>();
        var copulas = yaml.TryGetValue("copulas", out var c) && c is not null ? c : [];
        IEnumerable<StanceCue> Read(string key, string polarity, bool action, CueTopics topics = CueTopics.Any) =>
            (yaml.TryGetValue(key, out var v) && v is not null ? v : [])
            .SelectMany(s => WithCopulas(s.Trim().ToLowerInvariant(), copulas))
            .Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0 && w[0] != "*")
            .Select(w => new StanceCue(w, polarity, action, topics));
        return new StanceLexicon(Read("support", StancePolarity.Support, false)
            .Concat(Read("oppose", StancePolarity.Oppose, false))
            .Concat(Read("oppose-withdrawals", StancePolarity.Oppose, false, CueTopics.Agreements))
            .Concat(Read("support-desires", StancePolarity.Support, false, CueTopics.Issues))
            .Concat(Read("support-actions", StancePolarity.Support, true)),
            yaml.TryGetValue("not-topics", out var nt) && nt is not null ? nt : [],
            Read("support-nouns", StancePolarity.Support, false).Concat(Read("oppose-nouns", StancePolarity.Oppose, false)));
    }

    /// <summary>An entry that starts with "{be}" stands for one entry per form of the copulas list ("{be} against":
    /// "is against", "remains against", "has been against" read from "been against").</summary>
    private static IEnumerable<string> WithCopulas(string entry, List<string> copulas)
    {
        const string Be = "{be} ";
        if (!entry.StartsWith(Be, StringComparison.Ordinal)) return [entry];
        var rest = entry[Be.Length..];
        return copulas.Select(form => form.Trim().ToLowerInvariant() + " " + rest);
    }
}
