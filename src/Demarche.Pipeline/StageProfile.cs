using System.Diagnostics;

namespace Demarche.Pipeline;

/// <summary>
/// Where analysis time goes: the time spent in cleaning, language detection and each annotator, and the bytes each
/// allocated, summed over the documents analysed (from any thread). An <see cref="Analyzer"/> without one times nothing.
/// </summary>
public sealed class StageProfile
{
    private readonly object _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (long Ticks, long Bytes)> _stages = [];
    private long _documents, _sentences;

    public long Documents => Interlocked.Read(ref _documents);
    public long Sentences => Interlocked.Read(ref _sentences);

    /// <summary>A mark to measure a stage from: now and the bytes this thread has allocated so far.</summary>
    public static (long Timestamp, long Bytes) Mark() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    /// <summary>Adds the time and the bytes allocated since <paramref name="start"/> (on this thread) to a stage; returns a new mark.</summary>
    public (long Timestamp, long Bytes) Add(string stage, (long Timestamp, long Bytes) start)
    {
        var now = Mark();
        lock (_lock)
        {
            if (!_stages.TryGetValue(stage, out var t)) _order.Add(stage);
            _stages[stage] = (t.Ticks + (now.Timestamp - start.Timestamp), t.Bytes + (now.Bytes - start.Bytes));
        }
        return now;
    }

    internal void CountDocument(int sentences)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _sentences, sentences);
    }

    /// <summary>Each stage in the order first seen, with its seconds, its share of all timed stages and the bytes it allocated.</summary>
    public IReadOnlyList<(string Stage, double Seconds, double Share, long Bytes)> Stages()
    {
        lock (_lock)
        {
            double total = Math.Max(1, _stages.Values.Sum(v => v.Ticks));
            return _order.Select(s => (s, _stages[s].Ticks / (double)Stopwatch.Frequency, _stages[s].Ticks / total, _stages[s].Bytes)).ToList();
        }
    }
}
