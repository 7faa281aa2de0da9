using Demarche.Ingest;

namespace Demarche.Watch;

public sealed record WatchOptions
{
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);
    public bool FetchPages { get; init; }
    /// <summary>Feeds polled at once (each site still one request at a time).</summary>
    public int ParallelPolls { get; init; } = 16;
    /// <summary>Poll each feed once, wait for its items, and stop.</summary>
    public bool Once { get; init; }
}

/// <summary>
/// <c>watch</c> on one machine: keeps every feed on its schedule (its interval, or its back-off after failures),
/// polls the due ones a few at a time, and has their new items analysed and stored by an <see cref="ItemProcessor"/>.
/// When <c>stop</c> is cancelled it starts no new poll, finishes the rounds in hand (their items stored, their
/// feeds' state saved) and returns; <c>abort</c> gives up on those too.
/// </summary>
public sealed class FeedWatcher(FeedStates states, FeedRound round, ItemProcessor processor, WatchOptions options)
{

    public WatchCounters Counters { get; } = new();

    /// <summary>Called after every round (a feed failing, items stored): for logs.</summary>
    public Action<FeedRoundReport>? OnRound { get; init; }

    public async Task RunAsync(IReadOnlyList<string> urls, CancellationToken stop, CancellationToken abort = default)
    {
        var feeds = urls.Select(u => states.Register(u, options.Every, options.FetchPages)).ToDictionary(f => f.Url, StringComparer.Ordinal);
        Counters.Feeds = feeds.Count;
        var running = new Dictionary<string, Task<FeedRoundReport?>>(StringComparer.Ordinal);
        var polled = new HashSet<string>(StringComparer.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            var now = DateTime.UtcNow;
            var due = feeds.Values
                .Where(f => !running.ContainsKey(f.Url) && (options.Once ? !polled.Contains(f.Url) : f.IsDue(now)))
                .OrderBy(f => f.NextPoll ?? DateTime.MinValue)
                .Take(Math.Max(1, options.ParallelPolls) - running.Count)
                .ToList();
            foreach (var feed in due)
            {
                polled.Add(feed.Url);
                running[feed.Url] = RoundAsync(feed, abort);
            }
            if (options.Once && running.Count == 0 && polled.Count == feeds.Count) break;
            var nextDue = feeds.Values.Where(f => !running.ContainsKey(f.Url)).Select(f => f.NextPoll ?? now).DefaultIfEmpty(now.AddSeconds(1)).Min();
            var wait = TimeSpan.FromMilliseconds(Math.Clamp((nextDue - DateTime.UtcNow).TotalMilliseconds, 20, 1000));
            var sleep = Task.Delay(wait, stop).ContinueWith(_ => (FeedRoundReport?)null, TaskScheduler.Default);
            await Task.WhenAny(running.Values.Append(sleep)).ConfigureAwait(false);
            Collect(running, feeds);
        }
        await Task.WhenAll(running.Values).ConfigureAwait(false);
        Collect(running, feeds);
    }

    /// <summary>Takes the finished rounds' feed states into the schedule.</summary>
    private static void Collect(Dictionary<string, Task<FeedRoundReport?>> running, Dictionary<string, FeedState> feeds)
    {
        foreach (var (url, task) in running.Where(r => r.Value.IsCompleted).ToList())
        {
            running.Remove(url);
            if (task.Result is { } report) feeds[url] = report.Feed;
        }
    }

    private Task<ItemOutcome> ProcessAsync(Demarche.Input.InputItem item, CancellationToken ct) => processor.ProcessAsync(item, null, ct);

    private async Task<FeedRoundReport?> RoundAsync(FeedState feed, CancellationToken abort)
    {
        FeedRoundReport report;
        try
        {
            report = await round.RunAsync(feed, ProcessAsync, abort).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
        {
            // the store did not take the feed's state: try again after the interval, nothing is marked done
            var failed = FeedSchedule.AfterFailure(feed, DateTime.UtcNow, "the store did not answer: " + e.Message, Environment.MachineName);
            report = new FeedRoundReport(failed, false, failed.LastError, 0, 0, 0, 0, 0);
        }
        Counters.Add(report);
        OnRound?.Invoke(report);
        return report;
    }
}
