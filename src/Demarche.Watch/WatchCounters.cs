using System.Collections.Concurrent;

namespace Demarche.Watch;

/// <summary>What <c>watch</c> reports on its status line: polls, unchanged answers, failing feeds, items per minute.</summary>
public sealed class WatchCounters
{
    private long _polls, _unchanged, _pollFailures, _stored, _duplicates, _itemFailures, _retry;
    private readonly ConcurrentDictionary<string, string> _failing = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(DateTime At, int Stored)> _recent = new();

    public int Feeds { get; set; }
    public long Polls => Interlocked.Read(ref _polls);
    public long Unchanged => Interlocked.Read(ref _unchanged);
    public long PollFailures => Interlocked.Read(ref _pollFailures);
    public long Stored => Interlocked.Read(ref _stored);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long ItemFailures => Interlocked.Read(ref _itemFailures);
    public long Retry => Interlocked.Read(ref _retry);

    /// <summary>Feeds whose last poll failed, with the error.</summary>
    public IReadOnlyDictionary<string, string> Failing => _failing;

    public void Add(FeedRoundReport r)
    {
        Interlocked.Increment(ref _polls);
        if (r.Unchanged) Interlocked.Increment(ref _unchanged);
        if (r.Error is { } e)
        {
            Interlocked.Increment(ref _pollFailures);
            _failing[r.Feed.Url] = e;
        }
        else _failing.TryRemove(r.Feed.Url, out _);
        Interlocked.Add(ref _stored, r.Stored);
        Interlocked.Add(ref _duplicates, r.Duplicates);
        Interlocked.Add(ref _itemFailures, r.Failed);
        Interlocked.Add(ref _retry, r.Retry);
        if (r.Stored > 0) _recent.Enqueue((DateTime.UtcNow, r.Stored));
    }

    /// <summary>Documents stored in the last minute.</summary>
    public int StoredLastMinute()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        while (_recent.TryPeek(out var head) && head.At < since) _recent.TryDequeue(out _);
        return _recent.Sum(r => r.Stored);
    }

    public string StatusLine() =>
        $"{Feeds} feeds, {Polls:N0} polls ({Unchanged:N0} unchanged), {Stored:N0} stored ({StoredLastMinute():N0}/min), "
        + $"{Duplicates:N0} duplicates, {ItemFailures:N0} items failed, {Failing.Count} feeds failing";
}
