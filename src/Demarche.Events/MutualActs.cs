using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// Acts that two sides do together (data/events/mutual-acts.tsv: a CAMEO code prefix and an entry id whose events, and those
/// of the entries made from it with more words, are mutual under that prefix, or * for every entry): meetings, talks, signed agreements, clashes. Whoever is named as the
/// receiver of such an act does it as well.
/// </summary>
public sealed class MutualActs
{
    public const string FileName = "mutual-acts.tsv";
    private readonly List<(string Prefix, string? Entry)> _acts;

    private MutualActs(List<(string, string?)> acts) => _acts = acts;

    private static readonly Lazy<MutualActs> _default = new(() => StartupTrace.Time("mutual acts", () => Load(DataDirectory.File("events", FileName))));
    public static MutualActs Default => _default.Value;

    /// <summary>The file of talks a third side hosts or brokers between parties, who thereby talk with each other (same columns).</summary>
    public const string MediatedFileName = "mediated-talks.tsv";
    private static readonly Lazy<MutualActs> _mediated = new(() => StartupTrace.Time("mediated talks", () => Load(DataDirectory.File("events", MediatedFileName))));

    /// <summary>Talks hosted, brokered or arranged between parties (data/events/mediated-talks.tsv): the parties talk with each other.</summary>
    public static MutualActs MediatedTalks => _mediated.Value;

    /// <summary>Whether an event coded <paramref name="cameo"/> by the rule <paramref name="rule"/> (its entry id, then "+" suffixes) is mutual.</summary>
    public bool IsMutual(string cameo, string rule)
    {
        int plus = rule.IndexOf('+');
        var entry = plus < 0 ? rule.AsSpan() : rule.AsSpan(0, plus);
        foreach (var (prefix, id) in _acts)
            if (cameo.StartsWith(prefix, StringComparison.Ordinal) && (id is null || IsEntryOrVariant(entry, id))) return true;
        return false;
    }

    /// <summary>Whether an entry id is <paramref name="id"/> or one made from it with more words ("sign", "sign-agreement"; not "signal").</summary>
    private static bool IsEntryOrVariant(ReadOnlySpan<char> entry, string id) =>
        entry.StartsWith(id, StringComparison.Ordinal) && (entry.Length == id.Length || entry[id.Length] == '-');

    public static MutualActs Load(string path)
    {
        var acts = new List<(string, string?)>();
        foreach (var cols in TsvFile.Read(path, 2, "code prefix, entry id start or *"))
        {
            var id = cols[1].Trim();
            acts.Add((cols[0].Trim(), id == "*" ? null : id));
        }
        return new MutualActs(acts);
    }
}
