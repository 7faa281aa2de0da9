namespace Demarche.Import;

/// <summary>What an import converted and what it could not, with the reasons (counted, with a few examples each).</summary>
public sealed class ImportReport
{
    private readonly Dictionary<string, int> _converted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, List<string> Examples)> _skipped = new(StringComparer.Ordinal);
    private const int Examples = 3;

    public void Converted(string what, int n = 1) => _converted[what] = _converted.GetValueOrDefault(what) + n;

    public void Skipped(string reason, string example)
    {
        if (!_skipped.TryGetValue(reason, out var s)) _skipped[reason] = s = (0, []);
        if (s.Examples.Count < Examples) s.Examples.Add(example.Trim());
        _skipped[reason] = (s.Count + 1, s.Examples);
    }

    public int Count(string what) => _converted.GetValueOrDefault(what);
    public int SkippedCount(string reason) => _skipped.TryGetValue(reason, out var s) ? s.Count : 0;
    public int TotalSkipped => _skipped.Values.Sum(s => s.Count);

    public IEnumerable<string> Lines()
    {
        foreach (var (what, n) in _converted.OrderBy(kv => kv.Key, StringComparer.Ordinal)) yield return $"converted {n,7:N0} {what}";
        foreach (var (reason, s) in _skipped.OrderByDescending(kv => kv.Value.Count))
            yield return $"not converted {s.Count,7:N0}: {reason} (e.g. {string.Join(" | ", s.Examples)})";
    }
}
