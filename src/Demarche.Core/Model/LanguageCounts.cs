using System.Collections.Concurrent;

namespace Demarche.Core.Model;

/// <summary>Documents counted by language, for the summaries of analyze and ingest ("12 documents: en 10, fr 2").</summary>
public sealed class LanguageCounts
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(string language) => _counts.AddOrUpdate(language, 1, (_, n) => n + 1);

    public long Total => _counts.Values.Sum();
    public bool HasOtherThanEnglish => _counts.Keys.Any(k => k != "en");
    public long this[string language] => _counts.GetValueOrDefault(language);

    /// <summary>"12 documents: en 10, fr 2 (not English: stored without extraction)".</summary>
    public override string ToString()
    {
        var parts = string.Join(", ", _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value:N0}"));
        var total = Total;
        return $"{total:N0} document{(total == 1 ? "" : "s")}: {parts}" + (HasOtherThanEnglish ? " (not English: stored without extraction)" : "");
    }
}
