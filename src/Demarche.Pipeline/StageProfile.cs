using System.Diagnostics;

namespace Demarche.Pipeline;

/// <summary>
/// Where analysis time goes: the time spent in cleaning, language detection and each annotator, summed over the
/// documents analysed (from any thread). An <see cref="Analyzer"/> without one times nothing.
/// </summary>
public sealed class StageProfile
{
    private readonly object _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _ticks = [];
    private long _documents, _sentences;

    public long Documents => Interlocked.Read(ref _documents);
    public long Sentences => Interlocked.Read(ref _sentences);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to a stage and returns now.</summary>
    public long Add(string stage, long startTimestamp)
    {
        long now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (!_ticks.TryGetValue(stage, out var t)) _order.Add(stage);
            _ticks[stage] = t + (now - startTimestamp);
        }
        return now;
    }

    internal void CountDocument(int sentences)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _sentences, sentences);
    }

    /// <summary>Each stage in the order first seen, with its seconds and its share of all timed stages.</summary>
    public IReadOnlyList<(string Stage, double Seconds, double Share)> Stages()
    {
        lock (_lock)
        {
            double total = Math.Max(1, _ticks.Values.Sum());
            return _order.Select(s => (s, _ticks[s] / (double)Stopwatch.Frequency, _ticks[s] / total)).ToList();
        }
    }
}
